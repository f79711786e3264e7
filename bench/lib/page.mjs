// The bench page, built with Vite from bench/page/ against the package's dist/, and served on localhost
// (service workers need a secure context) with the mock's service worker at the site root.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { BENCH, PACKAGE_ALIASES, REPO } from './paths.mjs';

/**
 * `production`: React's production build, for timings. `profiling`: React's profiling build, in which
 * <Profiler> reports commits (the production build leaves it silent), for the idle bench.
 */
export const FLAVOURS = ['production', 'profiling'];

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
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png' };

/** Serves the built pages under /production/ and /profiling/, and /mockServiceWorker.js from public/. */
export function servePages(outRoot) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname));
    let file = path === '/mockServiceWorker.js' ? join(REPO, 'public/mockServiceWorker.js') : join(outRoot, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(outRoot) && !file.endsWith('mockServiceWorker.js')) file = '';
    if (!file || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ origin: `http://localhost:${port}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}
