// The files both bundle gates measure (`npm run bench`, and size-limit in `npm test` through `.size-limit.js`),
// written by `node bench/bundle.mjs --emit .bundle-sizes`. Kept apart from bundle.mjs so that size-limit
// loads its configuration without loading Vite and esbuild.

/** The folder, relative to the repository, that `npm test`'s "bundle budgets" step writes and size-limit reads. */
export const BUNDLE_SIZES_DIR = '.bundle-sizes';

/**
 * The library's chunk of the split Vite app (its own code), and the app in one bundle with and without
 * Fastpass, as Vite's rolldown and oxc built it and as esbuild did (what the package adds is each pair's
 * difference).
 */
export const MEASURED_FILES = {
  ownCode: 'own-code.js',
  app: 'app-with-fastpass.js',
  appWithout: 'app-without-fastpass.js',
  esbuildApp: 'esbuild-app-with-fastpass.js',
  esbuildAppWithout: 'esbuild-app-without-fastpass.js',
};
