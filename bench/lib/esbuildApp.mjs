// The consumer app as an esbuild user builds it: one minified ES module for the browser, production React,
// the package's imports resolved to dist/ as Vite's builds resolve them (PACKAGE_ALIASES). esbuild folds
// `process.env.NODE_ENV` where it is written, but not a module-level constant derived from it in another
// module: this build shows whether the package's development checks still vanish there.
import { build } from 'esbuild';
import { join } from 'node:path';
import { sizesOf, ZERO_SIZES, addSizes } from './compress.mjs';
import { CONSUMER, PACKAGE_ALIASES } from './paths.mjs';

/** esbuild's `alias` maps package names only; a resolve hook takes the same table as the Vite builds. */
const packageFromDist = {
  name: 'react-fastpass-qrcode-from-dist',
  setup(context) {
    context.onResolve({ filter: /^react-fastpass-qrcode(\/|$)/ }, ({ path }) => {
      const alias = PACKAGE_ALIASES.find(({ find }) => find.test(path));
      return alias ? { path: alias.replacement } : undefined;
    });
  },
};

/** Builds one entry of `bench/consumer/` in memory; returns JS and CSS sizes and the JS itself. */
export async function buildAppWithEsbuild(entry) {
  const { outputFiles } = await build({
    absWorkingDir: CONSUMER,
    entryPoints: [join(CONSUMER, entry)],
    outdir: join(CONSUMER, 'esbuild-out'),
    write: false,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [packageFromDist],
    logLevel: 'error',
  });
  const js = outputFiles.filter((file) => file.path.endsWith('.js'));
  const css = outputFiles.filter((file) => file.path.endsWith('.css'));
  return {
    js: js.reduce((sum, file) => addSizes(sum, sizesOf(Buffer.from(file.contents))), ZERO_SIZES),
    css: css.reduce((sum, file) => addSizes(sum, sizesOf(Buffer.from(file.contents))), ZERO_SIZES),
    code: js.map((file) => file.text).join(''),
  };
}
