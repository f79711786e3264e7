/**
 * A short, stable fingerprint of an access token for query keys: different tokens get different keys,
 * and the key never holds the token itself (query keys show up in devtools and dehydrated HTML).
 * FNV-1a over 53 bits: not a secret-keeping hash, and it need not be; it only tells sessions apart.
 */
export function sessionFingerprint(token: string): string {
  // Two 32-bit FNV-1a lanes with different offsets, joined: collisions between two live sessions
  // in one browser are then far beyond reach.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ token.length;
  for (let i = 0; i < token.length; i += 1) {
    const c = token.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return `s${a.toString(36)}${b.toString(36)}`;
}
