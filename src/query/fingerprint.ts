/**
 * A short, stable fingerprint of a string: different inputs get different fingerprints, and the input
 * cannot be read back from it. Used where a secret must be told apart without being written down: an
 * access token in a query key (keys show up in devtools and dehydrated HTML), a code in the DOM.
 * FNV-1a over two 32-bit lanes with different offsets: not a secret-keeping hash, and it need not be;
 * collisions between two live sessions in one browser are far beyond reach.
 */
export function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return `s${a.toString(36)}${b.toString(36)}`;
}
