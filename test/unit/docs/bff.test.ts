// @vitest-environment node
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFastpassClient } from '../../../src';
import { createFastpassMockServer, FASTPASS_MOCK_ACCESS_TOKEN, FASTPASS_MOCK_APP_ID, type FastpassMockServer } from '../../../src/testing/node';

// The documentation's backend-for-frontend snippets (docs/snippets/bff: Hono and Express), run as written: each app in
// front of the mock Authing over real HTTP, and the library's own client as the page uses it (the app's path as appHost,
// no token), through a "browser" that adds the session cookie and Fetch Metadata.

type Fetch = typeof fetch;
/** Hands a request to the app as a server would, and returns its answer. */
type Send = (request: Request) => Promise<Response>;

let authing: FastpassMockServer;
let startSession: (accessToken: string) => string;
/** Every answer the page got, written out (status, headers, body), for the search for the token. */
const answers: string[] = [];

beforeAll(async () => {
  authing = await createFastpassMockServer({ port: 0 });
  // What the snippets read from the server's environment, set before they load.
  process.env.AUTHING_APP_HOST = authing.url;
  process.env.AUTHING_APP_ID = FASTPASS_MOCK_APP_ID;
  ({ startSession } = await import('../../../docs/snippets/bff/session'));
});
afterEach(() => authing.mock.reset());
afterAll(async () => {
  await authing.close();
  expect(answers.length).toBeGreaterThan(0);
  expect(answers.filter((text) => text.includes(FASTPASS_MOCK_ACCESS_TOKEN))).toEqual([]);
});

/** What a browser adds to the page's same-origin call: the site's cookie and Fetch Metadata (and Origin on a POST). */
function asBrowser(send: Send, base: string, { cookie, site = 'same-origin' }: { cookie?: string; site?: string }): Fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const headers = new Headers(request.headers);
    if (cookie) headers.set('cookie', cookie);
    headers.set('sec-fetch-site', site);
    if (request.method !== 'GET') headers.set('origin', site === 'same-origin' ? base : 'https://evil.example');
    const response = await send(new Request(request, { headers }));
    answers.push(JSON.stringify({ status: response.status, headers: [...response.headers], body: await response.clone().text() }));
    return response;
  };
}

/** Starts a session as the snippets' sign-in does, and returns the cookie the browser then sends. */
const signedIn = () => startSession(FASTPASS_MOCK_ACCESS_TOKEN).split(';')[0]!;

const apps: { name: string; start: () => Promise<{ base: string; send: Send; stop: () => Promise<void> }> }[] = [
  {
    name: 'Hono (docs/snippets/bff/hono.ts)',
    start: async () => {
      const { default: app } = await import('../../../docs/snippets/bff/hono');
      // Hono's app is a fetch function: Bun, Deno, workers and @hono/node-server call it with each Request.
      const base = 'http://app.localhost:8787';
      return { base, send: async (request) => app.fetch(request), stop: async () => {} };
    },
  },
  {
    name: 'Express (docs/snippets/bff/express.ts)',
    start: async () => {
      const { default: app } = await import('../../../docs/snippets/bff/express');
      const server: Server = await new Promise((resolve) => {
        const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
      });
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      return { base, send: (request) => fetch(request), stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
    },
  },
];

describe.each(apps)('given the backend for frontend on $name, in front of the mock Authing', ({ start }) => {
  let app: Awaited<ReturnType<typeof start>>;
  beforeAll(async () => {
    app = await start();
  });
  afterAll(() => app.stop());

  const pageClient = (fetchAsBrowser: Fetch) => createFastpassClient({ appHost: `${app.base}/api/fastpass`, appId: FASTPASS_MOCK_APP_ID, fetch: fetchAsBrowser, lang: 'en-US' });

  it('should get the page a code and its status, Authing getting the token the server holds, and the page no token', async () => {
    const pageRequests: Request[] = [];
    const send: Send = (request) => {
      pageRequests.push(request.clone());
      return app.send(request);
    };
    const client = pageClient(asBrowser(send, app.base, { cookie: signedIn() }));

    const info = await client.geneFastpassQrcodeInfo({ options: { scope: 'openid profile' } });
    expect(info).toMatchObject({ appId: FASTPASS_MOCK_APP_ID, apiHost: authing.url, user: { displayName: '张三' } });
    expect(await client.getAppLoginQrCodeStatus({ qrcodeId: info.qrcodeId })).toEqual({ status: 'PENDING' });
    authing.mock.scan(info.qrcodeId);
    expect(await client.getAppLoginQrCodeStatus({ qrcodeId: info.qrcodeId })).toMatchObject({ status: 'SCANNED' });

    expect(pageRequests.map((request) => `${request.method} ${new URL(request.url).pathname}`)).toEqual([
      'POST /api/fastpass/api/v3/gene-fastpass-qrcode-info',
      'GET /api/fastpass/api/v3/get-app-login-qrcode-status',
      'GET /api/fastpass/api/v3/get-app-login-qrcode-status',
    ]);
    expect(pageRequests.filter((request) => request.headers.has('authorization'))).toEqual([]);
    expect(authing.mock.requests.map((request) => [request.method, request.path, request.headers.authorization, request.headers['x-authing-app-id']])).toEqual([
      ['POST', '/api/v3/gene-fastpass-qrcode-info', FASTPASS_MOCK_ACCESS_TOKEN, FASTPASS_MOCK_APP_ID],
      ['GET', '/api/v3/get-app-login-qrcode-status', FASTPASS_MOCK_ACCESS_TOKEN, FASTPASS_MOCK_APP_ID],
      ['GET', '/api/v3/get-app-login-qrcode-status', FASTPASS_MOCK_ACCESS_TOKEN, FASTPASS_MOCK_APP_ID],
    ]);
    expect(authing.mock.requests[0]!.body, 'the page\'s body, passed on').toEqual({ options: { scope: 'openid profile' } });
    // Nothing of the browser's request goes on to Authing: no cookie, no Origin, no Fetch Metadata.
    for (const request of authing.mock.requests) expect(Object.keys(request.headers).filter((name) => ['cookie', 'origin', 'sec-fetch-site'].includes(name))).toEqual([]);
  });

  it("should answer a page with no session with Authing's 401 envelope in an HTTP 200, and ask Authing nothing", async () => {
    const response = await asBrowser(app.send, app.base, {})(`${app.base}/api/fastpass/api/v3/gene-fastpass-qrcode-info`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ statusCode: 401, apiCode: 2020 });
    await expect(pageClient(asBrowser(app.send, app.base, {})).geneFastpassQrcodeInfo()).rejects.toMatchObject({ kind: 'unauthorized' });
    expect(authing.mock.requests).toEqual([]);
  });

  it('should refuse a call from another site (Sec-Fetch-Site: cross-site) with 403, signed in or not, and ask Authing nothing', async () => {
    const response = await asBrowser(app.send, app.base, { cookie: signedIn(), site: 'cross-site' })(`${app.base}/api/fastpass/api/v3/gene-fastpass-qrcode-info`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(authing.mock.requests).toEqual([]);
  });
});
