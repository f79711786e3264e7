// size-limit (`npm test`): the two bundle budgets from bench/budgets.mjs, measured as closely as size-limit
// can to how `npm run bench` measures them (bench/README.md, section 1).
//
// How the two measurements differ. The bench builds a real app with Vite that renders `FastpassProvider`
// + `<FastpassQRCode>` from dist/: "added" is that app in one bundle minus the same app without Fastpass,
// and "own code" is the library's chunk when the app is split one chunk per package. size-limit bundles
// `import { FastpassProvider, FastpassQRCode }` from dist/ with esbuild into an ES module, the packages
// below left out, minus esbuild's cost of an empty project. So (1) size-limit bundles and minifies with
// esbuild, the bench with Vite's rolldown and oxc, whose output is smaller; (2) size-limit gzips the added
// code on its own, while the bench's difference of two gzipped apps lets it compress against React's and
// TanStack Query's code; and (3) the bench's own-code chunk carries the imports and exports that tie it
// to the other chunks, which size-limit's bundle has not. (1) and (2) outweigh (3): size-limit reads
// higher on both, so with the same limits it is the stricter gate. `npm run bench` prints both side by side.
import { BUDGETS } from './bench/budgets.mjs';

/** size-limit's unit: 1 KB = 1000 B, as the budgets count. */
const kb = (bytes) => `${bytes / 1000} KB`;
const IMPORT = '{ FastpassProvider, FastpassQRCode }';
// The peers (react, react-dom, @tanstack/react-query, msw) are left out of every check by size-limit
// itself; they are listed here anyway so that each check says what it leaves out. esbuild leaves a
// package's subpaths out with it (`zod` takes `zod/mini`, `react` takes `react/jsx-runtime`).
const APP_ALREADY_HAS = ['react', 'react-dom', '@tanstack/react-query'];
/** An ES module, as a Vite app's chunks are: esbuild's default here, an IIFE, reads up to a few hundred bytes more. */
const asModule = (config) => ({ ...config, format: 'esm' });

export default [
  {
    name: 'the library’s own code (FastpassProvider + FastpassQRCode, every dependency left out)',
    path: 'dist/index.js',
    import: IMPORT,
    ignore: [...APP_ALREADY_HAS, 'qrcode.react', 'zod'],
    limit: kb(BUDGETS.bundle.ownCodeGzip),
    gzip: true,
    modifyEsbuildConfig: asModule,
  },
  {
    name: 'JS added to an app that already has React and TanStack Query (with qrcode.react and zod/mini)',
    path: 'dist/index.js',
    import: IMPORT,
    ignore: APP_ALREADY_HAS,
    limit: kb(BUDGETS.bundle.addedGzip),
    gzip: true,
    modifyEsbuildConfig: asModule,
  },
];
