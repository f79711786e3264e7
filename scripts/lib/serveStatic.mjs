// A static file server on localhost for our own checks (the bench page, the static Storybook): plain
// `node:http`, nothing cached, no file outside the folder ever served. Service workers need a secure
// context, and `localhost` is one.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** The file `pathname` names under `root` (a folder's index.html), or undefined when there is none or it is outside. */
function fileFor(root, pathname) {
  const file = resolve(root, `.${pathname}`);
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  try {
    const stats = statSync(file);
    if (stats.isFile()) return file;
    if (stats.isDirectory() && statSync(join(file, 'index.html')).isFile()) return join(file, 'index.html');
  } catch {
    // Missing: a 404.
  }
  return undefined;
}

/**
 * Serves the folder `root` at `base` (a path that starts and ends with `/`): `<base>a/b.js` is
 * `<root>/a/b.js`, a folder answers with its index.html, and anything outside `base` or `root` is a 404.
 * `onRequest` sees every request's decoded path. Resolves once listening, with the origin
 * (`http://localhost:<port>`) and `close()`.
 *
 * @param {string} root
 * @param {{ base?: string, onRequest?: (path: string) => void }} [options]
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export function serveStatic(root, { base = '/', onRequest = () => {} } = {}) {
  if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`serveStatic: base must start and end with "/", got ${base}`);
  const folder = resolve(root);
  const server = createServer((request, response) => {
    let path;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end('bad path');
      return;
    }
    onRequest(path);
    const file = path.startsWith(base) && !path.includes('\0') ? fileFor(folder, path.slice(base.length - 1)) : undefined;
    if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(file ? 405 : 404, { 'content-type': 'text/plain; charset=utf-8' }).end(file ? 'method not allowed' : 'not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).on('error', () => response.destroy()).pipe(response);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({ origin: `http://localhost:${port}`, close: () => new Promise((closed) => server.close(() => closed())) });
    });
  });
}
