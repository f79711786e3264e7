// The sizes a browser downloads: minified bytes, gzip -9 (as size-limit measures) and brotli -11.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export function sizesOf(code) {
  const buffer = Buffer.isBuffer(code) ? code : Buffer.from(code, 'utf8');
  return {
    min: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
    }).length,
  };
}

export const addSizes = (a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
export const subtractSizes = (a, b) => ({ min: a.min - b.min, gzip: a.gzip - b.gzip, brotli: a.brotli - b.brotli });
export const ZERO_SIZES = { min: 0, gzip: 0, brotli: 0 };

/** Kilobytes as size-limit counts them: 1 KB = 1000 bytes. */
export const kb = (bytes) => `${(bytes / 1000).toFixed(2)} KB`;
