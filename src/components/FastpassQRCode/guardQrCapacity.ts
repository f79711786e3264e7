import { FastpassError } from '../../api/errors';
import type { UseFastpassQrcodeResult } from '../../hooks/fastpassState';
import type { FastpassErrorCorrectionLevel } from './FastpassQRCodeDisplayProps';

/** The most bytes a QR code holds (version 40, byte mode), by error correction level (ISO/IEC 18004). */
export const QR_BYTE_CAPACITY: Record<FastpassErrorCorrectionLevel, number> = { L: 2953, M: 2331, Q: 1663, H: 1273 };

const encoder = new TextEncoder();

/**
 * A payload too large for any QR code at `level` makes qrcode.react throw during render. Turn it into
 * the `error` state instead (kind `invalid-response`: the server sent more than a code can carry).
 */
export function guardQrCapacity(result: UseFastpassQrcodeResult, level: FastpassErrorCorrectionLevel): UseFastpassQrcodeResult {
  if (result.payload === undefined) return result;
  const bytes = encoder.encode(result.payload).length;
  const capacity = QR_BYTE_CAPACITY[level];
  if (bytes <= capacity) return result;
  return {
    ...result,
    state: 'error',
    payload: undefined,
    expiresAt: undefined,
    scannedBy: undefined,
    error: new FastpassError(
      'invalid-response',
      `The code's data is ${bytes} bytes: more than a QR code holds at level ${level} (${capacity} bytes).`,
    ),
  };
}
