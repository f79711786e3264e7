// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '../../../scripts/lib/serveStatic.mjs';

// The server the bench page and the static Storybook check are served from. Paths are sent raw (not
// through `fetch`, whose URL parser would tidy `..` away before the server ever saw it).
function get(origin: string, path: string, method = 'GET') {
  return new Promise<{ status: number; type: string | undefined; body: string }>((resolve, reject) => {
    const { hostname, port } = new URL(origin);
    const req = request({ host: hostname, port, path, method }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, type: response.headers['content-type'], body }));
    });
    req.on('error', reject);
    req.end();
  });
}

let outer: string;

beforeAll(() => {
  outer = mkdtempSync(join(tmpdir(), 'serve-static-'));
  writeFileSync(join(outer, 'secret.txt'), 'SECRET');
  mkdirSync(join(outer, 'site', 'sub'), { recursive: true });
  writeFileSync(join(outer, 'site', 'index.html'), '<p>home</p>');
  writeFileSync(join(outer, 'site', 'app.js'), 'export {};');
  writeFileSync(join(outer, 'site', 'sub', 'index.html'), '<p>sub</p>');
});
afterAll(() => rmSync(outer, { recursive: true, force: true }));

describe('given a folder served under a sub-path', () => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  const seen: string[] = [];
  beforeAll(async () => {
    server = await serveStatic(join(outer, 'site'), { base: '/docs/', onRequest: (path) => seen.push(path) });
  });
  afterAll(() => server.close());

  it('should serve its files with their content types, and a folder as its index.html', async () => {
    expect(server.origin).toMatch(/^http:\/\/localhost:\d+$/);
    await expect(get(server.origin, '/docs/app.js')).resolves.toEqual({ status: 200, type: 'text/javascript; charset=utf-8', body: 'export {};' });
    await expect(get(server.origin, '/docs/')).resolves.toMatchObject({ status: 200, type: 'text/html; charset=utf-8', body: '<p>home</p>' });
    await expect(get(server.origin, '/docs/sub/')).resolves.toMatchObject({ status: 200, body: '<p>sub</p>' });
  });

  it('should answer 404 outside the sub-path and for a missing file', async () => {
    await expect(get(server.origin, '/app.js')).resolves.toMatchObject({ status: 404 });
    await expect(get(server.origin, '/docs/missing.js')).resolves.toMatchObject({ status: 404 });
  });

  it('should never serve a file outside the folder', async () => {
    for (const path of ['/docs/../secret.txt', '/docs/..%2fsecret.txt', '/docs/%2e%2e%2fsecret.txt', '/docs/sub/..%2f..%2fsecret.txt']) {
      const response = await get(server.origin, path);
      expect(response.status, path).toBe(404);
      expect(response.body, path).not.toContain('SECRET');
    }
  });

  it('should answer only GET and HEAD', async () => {
    await expect(get(server.origin, '/docs/app.js', 'HEAD')).resolves.toMatchObject({ status: 200, body: '' });
    await expect(get(server.origin, '/docs/app.js', 'POST')).resolves.toMatchObject({ status: 405 });
  });

  it('should report each request’s decoded path', async () => {
    await get(server.origin, '/docs/caf%C3%A9.js');
    expect(seen).toContain('/docs/café.js');
  });
});

describe('given a folder served at the root', () => {
  it('should serve it from / and still keep to the folder', async () => {
    const server = await serveStatic(join(outer, 'site'));
    try {
      await expect(get(server.origin, '/app.js')).resolves.toMatchObject({ status: 200, body: 'export {};' });
      await expect(get(server.origin, '/..%2fsecret.txt')).resolves.toMatchObject({ status: 404 });
    } finally {
      await server.close();
    }
  });
});
