import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { cardInHtml, CODE_PATH, codeRequests, expect, STATUS_PATH, test } from './fixtures';
import { SERVER_ENV } from './settings';

// This package is CommonJS (`npm init -y`): Playwright runs this file as such, where the folder is __dirname.
const exampleDir = join(__dirname, '..');

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

/**
 * A GET as a browser's navigation sends it (`Sec-Fetch-Mode: navigate`). Node's `fetch` cannot: it sends
 * `Sec-Fetch-Mode: cors` whatever it is told, and the loader would rightly take it for a data request.
 */
function navigate(url: string, cookie: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { headers: { cookie, 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', reject).end();
  });
}

test.describe('react-router-serve, after serving the Fastpass routes', () => {
  let server: ChildProcess | undefined;
  test.afterEach(() => {
    if (server?.exitCode === null) server.kill('SIGKILL');
  });

  test('exits promptly on SIGTERM: the prefetches leave no timer behind', async ({ mock }) => {
    const port = await freePort();
    server = spawn(join(exampleDir, 'node_modules/.bin/react-router-serve'), ['./build/server/index.mjs'], {
      cwd: exampleDir,
      env: { ...process.env, ...SERVER_ENV, PORT: String(port), NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const listening = `http://localhost:${port}`;
    let output = '';
    await new Promise<void>((resolve, reject) => {
      server!.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
        output += chunk;
        if (output.includes(listening)) resolve();
      });
      server!.once('exit', (code) => reject(new Error(`react-router-serve exited with ${code} before listening:\n${output}`)));
    });

    const signIn = await fetch(`${listening}/login`, { method: 'POST', redirect: 'manual' });
    expect(signIn.status).toBe(302);
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;

    // Both loaders prefetch a code; the resource route forwards a code request and a status poll.
    for (const path of ['/account', '/account/bff']) {
      const { status, body } = await navigate(`${listening}${path}`, cookie);
      expect(status, path).toBe(200);
      expect(body, path).toMatch(cardInHtml('pending'));
    }
    const headers = { cookie, 'content-type': 'application/json', 'x-authing-app-id': SERVER_ENV.FASTPASS_APP_ID };
    const minted = await fetch(`${listening}/api/fastpass${CODE_PATH}`, { method: 'POST', headers, body: '{}' });
    const { data } = (await minted.json()) as { data: { qrcodeId: string } };
    const status = await fetch(`${listening}/api/fastpass${STATUS_PATH}?qrcodeId=${encodeURIComponent(data.qrcodeId)}`, { headers });
    expect(await status.json()).toMatchObject({ statusCode: 200, data: { status: 'PENDING' } });
    expect(codeRequests(mock)).toHaveLength(3);

    const started = performance.now();
    server.kill('SIGTERM');
    const [code, signal] = (await once(server, 'exit')) as [number | null, NodeJS.Signals | null];
    const seconds = (performance.now() - started) / 1000;
    test.info().annotations.push({ type: 'exit after SIGTERM', description: `${seconds.toFixed(2)} s` });

    expect({ code, signal }, 'a clean exit, not a kill').toEqual({ code: 0, signal: null });
    expect(seconds).toBeLessThan(5);
  });
});
