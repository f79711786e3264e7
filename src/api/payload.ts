import type { FastpassQrcodeInfo } from './schemas';

/**
 * The hook's default `encode`: Authing's answer to `geneFastpassQrcodeInfo` (the `data` object exactly as sent), as
 * compact JSON. For a server or a script that holds that answer; a page reads `payload` from `useFastpassQrcode`, whose
 * result holds nothing else of the code to encode. Authing's token app parses the codes it scans as JSON, and keeping
 * unknown fields lets a newer server keep working. It never adds anything the server did not send (above all, never the access token).
 */
export function encodeFastpassPayload(info: FastpassQrcodeInfo): string {
  return JSON.stringify(info);
}
