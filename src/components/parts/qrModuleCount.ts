import type { FastpassErrorCorrectionLevel } from '../../query/qrCapacity';

// The QR version that qrcode.react (its bundled qrcodegen, by Project Nayuki) picks for a string, known without drawing
// it, so that server HTML can size the code on whole pixels (qrcode.react does not export its encoder). Its rule:
// `QrSegment.makeSegments` makes one segment of the whole string, numeric, alphanumeric or bytes (UTF-8), and
// `QrCode.encodeSegments` takes the smallest version from 1 whose data codewords hold the segment's bits. It may then
// raise the error correction level within that version (`boostLevel`), which never changes the version. A unit test
// compares this with the viewBox qrcode.react renders, for every level and all kinds of strings.

// qrcodegen's ECC_CODEWORDS_PER_BLOCK and NUM_ERROR_CORRECTION_BLOCKS (ISO/IEC 18004 table 9) as qrcodegen writes them:
// rows L, M, Q, H, indexed by version (index 0 unused). Written the same, they cost an app little: its bundle holds
// qrcode.react's copy, which gzip finds.
// prettier-ignore
const ECC_CODEWORDS_PER_BLOCK = [
  [-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
  [-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28],
  [-1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
  [-1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
];
// prettier-ignore
const NUM_ERROR_CORRECTION_BLOCKS = [
  [-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25],
  [-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49],
  [-1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68],
  [-1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81],
];

const encoder = new TextEncoder();

/**
 * The width of the QR code qrcode.react draws for `value` at `level`, in modules, without its quiet zone: 17 + 4 × the
 * version. A value too long for version 40 gives 177 (qrcode.react throws on it; the hook never draws one).
 */
export function qrModuleCount(value: string, level: FastpassErrorCorrectionLevel): number {
  const ecl = 'LMQH'.indexOf(level);
  // The segment's length, the widths of its character count field in versions 1–9, 10–26 and 27–40, and its data bits.
  // (An empty string is no segment for qrcodegen and an empty one here: version 1 either way.)
  let count = value.length;
  let countBits = [10, 12, 14];
  let dataBits = Math.floor(count / 3) * 10 + [0, 4, 7][count % 3]!;
  if (!/^\d*$/.test(value)) {
    if (/^[\dA-Z $%*+./:-]*$/.test(value)) {
      countBits = [9, 11, 13];
      dataBits = Math.floor(count / 2) * 11 + (count % 2) * 6;
    } else {
      count = encoder.encode(value).length;
      countBits = [8, 16, 16];
      dataBits = count * 8;
    }
  }
  let version = 1;
  for (; version < 40; version += 1) {
    const ccBits = countBits[Math.floor((version + 7) / 17)]!;
    // qrcodegen's getNumRawDataModules: the modules left for data once finder, timing and alignment patterns, format
    // and version information are placed; whole codewords of them, less the error correction codewords.
    const align = Math.floor(version / 7) + 2;
    const raw = (16 * version + 128) * version + 64 - (version < 2 ? 0 : (25 * align - 10) * align - 55 + (version < 7 ? 0 : 36));
    const capacity = (Math.floor(raw / 8) - ECC_CODEWORDS_PER_BLOCK[ecl]![version]! * NUM_ERROR_CORRECTION_BLOCKS[ecl]![version]!) * 8;
    if (count < 2 ** ccBits && 4 + ccBits + dataBits <= capacity) break;
  }
  return 17 + 4 * version;
}
