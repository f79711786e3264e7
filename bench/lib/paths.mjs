import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const BENCH = fileURLToPath(new URL('../', import.meta.url));

/** Imports of the package resolve to the built files, as in a consumer's app. */
export const PACKAGE_ALIASES = [
  { find: /^react-fastpass-qrcode$/, replacement: `${REPO}dist/index.js` },
  { find: /^react-fastpass-qrcode\/testing$/, replacement: `${REPO}dist/testing.js` },
  { find: /^react-fastpass-qrcode\/styles\.css$/, replacement: `${REPO}dist/styles.css` },
];

/** The consumer apps that the bundle measurements build (`bundle.mjs`). */
export const CONSUMER = fileURLToPath(new URL('../consumer/', import.meta.url));
