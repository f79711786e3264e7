// The bench page, built with Vite from bench/page/ against the package's dist/, beside the mock's service
// worker at the site root; bench/run.mjs serves the folder on localhost (service workers need a secure context).
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { BENCH, PACKAGE_ALIASES, REPO } from './paths.mjs';

/**
 * `production`: React's production build, for timings. `profiling`: React's profiling build, in which
 * <Profiler> reports commits (the production build leaves it silent), for the idle bench.
 */
export const FLAVOURS = ['production', 'profiling'];

/** Builds both flavours into `outRoot/<flavour>/`, with the mock's service worker at `outRoot/`. */
export async function buildBenchPages(outRoot) {
  await Promise.all(
    FLAVOURS.map((flavour) =>
      build({
        configFile: false,
        envFile: false,
        root: join(BENCH, 'page'),
        base: `/${flavour}/`,
        publicDir: false,
        logLevel: 'error',
        mode: 'production',
        plugins: [react()],
        resolve: {
          alias: [...PACKAGE_ALIASES, ...(flavour === 'profiling' ? [{ find: /^react-dom\/client$/, replacement: 'react-dom/profiling' }] : [])],
        },
        build: {
          outDir: join(outRoot, flavour),
          emptyOutDir: true,
          minify: true,
          sourcemap: false,
          reportCompressedSize: false,
          rolldownOptions: { onwarn: () => {} },
        },
      }),
    ),
  );
  copyFileSync(join(REPO, 'public/mockServiceWorker.js'), join(outRoot, 'mockServiceWorker.js'));
}
