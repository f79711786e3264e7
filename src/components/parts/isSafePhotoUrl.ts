/** Longer photo URLs are refused unread: avatars are small, and a huge string must not cost a scan. */
export const MAX_PHOTO_URL_LENGTH = 512 * 1024;

// Whole-string match: an http(s) URL with a host, or an image data URL. No whitespace or control
// characters anywhere, so that "java\tscript:" and " javascript:" tricks cannot slip through.
// eslint-disable-next-line no-control-regex -- control characters are exactly what it refuses
const SAFE_PHOTO_URL = /^(?:https?:\/\/[^\s/?#\\]|data:image\/[a-z0-9.+-]+[;,])[^\u0000-\u0020\u007f-\u009f]*$/i;

/**
 * Whether a photo URL from the server may become an `<img src>`: only `https:`, `http:` and
 * `data:image/…` URLs are. Everything else (`javascript:`, `data:text/html`, protocol-relative
 * `//host`, relative paths) falls back to initials.
 */
export function isSafePhotoUrl(url: unknown): url is string {
  return typeof url === 'string' && url.length <= MAX_PHOTO_URL_LENGTH && SAFE_PHOTO_URL.test(url);
}
