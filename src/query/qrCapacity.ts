import { FastpassError } from '../api/errors';

/** qrcode.react's error correction levels: L 7 %, M 15 %, Q 25 %, H 30 % of the code can be lost. */
export type FastpassErrorCorrectionLevel = 'L' | 'M' | 'Q' | 'H';

/**
 * The level codes are drawn at unless `level` says otherwise: L, because a screen does not smudge or tear like paper,
 * and the lowest level is the sparsest code (a realistic 578-byte answer is QR version 16, 81 modules, at L; version
 * 19, 93 modules, at M), so its modules are larger at any size, which is what a phone camera needs most.
 */
export const DEFAULT_LEVEL: FastpassErrorCorrectionLevel = 'L';

/** The most bytes a QR code holds (version 40, byte mode), by error correction level (ISO/IEC 18004). */
export const QR_BYTE_CAPACITY: Record<FastpassErrorCorrectionLevel, number> = { L: 2953, M: 2331, Q: 1663, H: 1273 };

const encoder = new TextEncoder();

/**
 * Why `payload` cannot be drawn as a QR code at `level`, or undefined when it can. qrcode.react throws
 * during render on a payload too large for any version; this makes it the `error` state instead (kind
 * `invalid-response`: the server sent more than a code can carry).
 */
export function checkQrCapacity(payload: string, level: FastpassErrorCorrectionLevel): FastpassError | undefined {
  const capacity = QR_BYTE_CAPACITY[level];
  // Every UTF-8 byte is at least one character: a short payload needs no encoding to pass.
  if (payload.length * 3 <= capacity) return undefined;
  const bytes = encoder.encode(payload).length;
  if (bytes <= capacity) return undefined;
  return new FastpassError('invalid-response', `The code's data is ${bytes} bytes: more than a QR code holds at level ${level} (${capacity} bytes).`);
}
