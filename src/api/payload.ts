import type { FastpassQrcodeInfo } from './schemas';

/**
 * The default QR payload: the `data` object exactly as Authing sent it, as compact JSON. Authing's token
 * app parses the codes it scans as JSON, and keeping unknown fields lets a newer server keep working.
 * It never adds anything the server did not send (above all, never the access token).
 */
export function encodeFastpassPayload(info: FastpassQrcodeInfo): string {
  return JSON.stringify(info);
}
