// @vitest-environment node
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FastpassError } from '../../../src/api/errors';
import { DEFAULT_HANDLER_TIMEOUT_MS, DEFAULT_TIMEOUT_MS } from '../../../src/api/withTimeout';
import { FASTPASS_MOCK_ACCESS_TOKEN } from '../../../src/testing/node';
import { answer, browserFetch, expectSilenceAndNoToken, handlerFor, pageClient, requestTo, setupAuthingOverHttp, SITE } from './harness';

const authing = setupAuthingOverHttp();
expectSilenceAndNoToken();

const GENE = '/api/fastpass/api/v3/gene-fastpass-qrcode-info';
const STATUS = '/api/fastpass/api/v3/get-app-login-qrcode-status?qrcodeId=q';
const TOKEN = FASTPASS_MOCK_ACCESS_TOKEN;
const postGene = () => requestTo(GENE, { method: 'POST', body: '{}', headers: { origin: SITE } });

/** A stand-in for Authing (or what answers on its URL) that says whatever a test wants, over real HTTP. */
async function startUpstream(respond: (req: IncomingMessage, res: ServerResponse) => void) {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    respond(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve())));
  return { url, hits, close };
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const { url, close } = await startUpstream(() => {});
  await close();
  return Number(new URL(url).port);
}

/** The errors given to onError, with the check that none holds the token in any form a log line would show. */
function collectErrors() {
  const errors: Error[] = [];
  const onError = (error: Error) => void errors.push(error);
  const expectNoToken = () => {
    for (const error of errors) {
      const written = [error.message, error.stack ?? '', JSON.stringify(error), JSON.stringify(Object.entries(error)), String(error.cause ?? '')].join('\n');
      expect(written).not.toContain(TOKEN);
    }
  };
  return { errors, onError, expectNoToken };
}

describe('given an Authing that never answers', () => {
  it('should answer 504 within timeoutMs, abort the call to Authing, and tell onError', async () => {
    const { errors, onError, expectNoToken } = collectErrors();
    authing.server.mock.fail({ type: 'hang' });
    // The handler's clock is faked, so that no assertion rests on how fast this machine is: it answers on its own
    // timer, not a moment before 200 ms, and at 200 ms without anything else moving it.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let response: Response;
    try {
      let settled = false;
      const pending = answer(handlerFor(authing.server, { timeoutMs: 200, onError }), postGene()).finally(() => (settled = true));
      // Not vi.waitFor: under fake timers it moves the clock itself.
      while (authing.server.mock.requests.length === 0) await new Promise((resolve) => setImmediate(resolve));
      await vi.advanceTimersByTimeAsync(199);
      expect(settled).toBe(false);
      expect(authing.server.mock.requests[0]!.aborted).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      // The answer is on its way at 200 ms: a few turns of the event loop (no clock) bring it.
      for (let turn = 0; turn < 100 && !settled; turn += 1) await new Promise((resolve) => setImmediate(resolve));
      expect(settled).toBe(true);
      response = await pending;
      // Authing sees the call go away: an explicit signal, waited for under the same fake clock, so that a timer the
      // HTTP stack set meanwhile runs rather than being dropped with the fake clock.
      for (let turn = 0; turn < 100 && !authing.server.mock.requests[0]!.aborted; turn += 1) {
        await vi.advanceTimersByTimeAsync(100);
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      vi.useRealTimers();
    }
    expect(authing.server.mock.requests[0]!.aborted).toBe(true);
    expect(response.status).toBe(504);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await response.json();
    expect(body).toEqual({ statusCode: 504, message: 'Gateway timeout: Authing did not answer within 200 ms.', requestId: expect.any(String) });
    expect(errors).toEqual([expect.objectContaining({ name: 'FastpassError', kind: 'timeout', requestId: body.requestId })]);
    expect(errors[0]!.message).toBe(`Authing did not answer POST ${authing.server.url}/api/v3/gene-fastpass-qrcode-info within 200 ms.`);
    expectNoToken();
  });

  it('should wait its 8 s default (DEFAULT_HANDLER_TIMEOUT_MS, under the browser client\'s 12 s), not a moment less', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      authing.server.mock.fail({ type: 'hang' });
      let settled = false;
      const pending = answer(handlerFor(authing.server), postGene()).finally(() => (settled = true));
      // Not vi.waitFor: under fake timers it moves the clock itself.
      while (authing.server.mock.requests.length === 0) await new Promise((resolve) => setImmediate(resolve));
      expect(DEFAULT_HANDLER_TIMEOUT_MS).toBe(8_000);
      expect(DEFAULT_HANDLER_TIMEOUT_MS).toBeLessThan(DEFAULT_TIMEOUT_MS);
      await vi.advanceTimersByTimeAsync(DEFAULT_HANDLER_TIMEOUT_MS - 1);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      for (let turn = 0; turn < 100 && !settled; turn += 1) await new Promise((resolve) => setImmediate(resolve));
      expect(settled).toBe(true);
      expect((await pending).status).toBe(504);
    } finally {
      vi.useRealTimers();
    }
  });

  it("should let the page's client read the 504 as kind api", async () => {
    authing.server.mock.fail({ type: 'hang' });
    const client = pageClient(browserFetch(handlerFor(authing.server, { timeoutMs: 100 })));
    await expect(client.getAppLoginQrCodeStatus({ qrcodeId: 'q' })).rejects.toMatchObject({ kind: 'api', httpStatus: 504, statusCode: 504 });
  });
});

describe('given an Authing that cannot be reached', () => {
  it('should answer 502 at once, keep the cause from the page and give it to onError', async () => {
    const { errors, onError, expectNoToken } = collectErrors();
    const port = await closedPort();
    const handler = handlerFor(authing.server, { appHost: `http://127.0.0.1:${port}`, onError });

    const response = await answer(handler, requestTo(STATUS));

    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({ statusCode: 502, message: 'Bad gateway: Authing could not be reached.', requestId: expect.any(String) });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(FastpassError);
    expect(errors[0]).toMatchObject({ kind: 'network' });
    expect(errors[0]!.message).toMatch(new RegExp(`^Could not reach Authing at GET http://127\\.0\\.0\\.1:${port}/api/v3/get-app-login-qrcode-status: fetch failed ← .*ECONNREFUSED`));
    expectNoToken();
  });

  it('should not follow a redirect with the token, and answer 502', async () => {
    const elsewhere = await startUpstream((_req, res) => res.end('{}'));
    const redirecting = await startUpstream((_req, res) => res.writeHead(307, { location: `${elsewhere.url}/api/v3/gene-fastpass-qrcode-info` }).end());
    const { errors, onError } = collectErrors();
    try {
      const response = await answer(handlerFor(authing.server, { appHost: redirecting.url, onError }), postGene());
      expect(response.status).toBe(502);
      expect(response.headers.has('location')).toBe(false);
      expect(redirecting.hits).toEqual(['POST /api/v3/gene-fastpass-qrcode-info']);
      expect(elsewhere.hits).toEqual([]);
      expect(errors[0]).toMatchObject({ kind: 'invalid-response', httpStatus: 307 });
    } finally {
      await Promise.all([elsewhere.close(), redirecting.close()]);
    }
  });
});

describe('given a page that goes away', () => {
  it("should abort the call to Authing with the request's own signal", async () => {
    authing.server.mock.fail({ type: 'hang' });
    const page = new AbortController();
    const request = new Request(postGene(), { signal: page.signal });
    const pending = answer(handlerFor(authing.server, { timeoutMs: 5_000 }), request);
    await vi.waitFor(() => expect(authing.server.mock.requests).toHaveLength(1));

    page.abort();

    expect((await pending).status).toBe(499);
    await vi.waitFor(() => expect(authing.server.mock.requests[0]!.aborted).toBe(true));
  });

  it('should send nothing for a request already aborted', async () => {
    const page = new AbortController();
    page.abort();
    const response = await answer(handlerFor(authing.server), new Request(requestTo(STATUS), { signal: page.signal }));
    expect(response.status).toBe(499);
    expect(authing.server.mock.requests).toEqual([]);
  });
});

describe("given a runtime's fetch and its cache", () => {
  it("should ask for no-store and no redirect, on both endpoints (Next.js 14's Data Cache would keep a poll's first answer)", async () => {
    const inits: RequestInit[] = [];
    const recording: typeof fetch = (input, init) => (inits.push(init ?? {}), fetch(input, init));
    const handler = handlerFor(authing.server, { fetch: recording });
    await answer(handler, postGene());
    await answer(handler, requestTo(STATUS));
    expect(inits.map(({ cache, redirect, method }) => ({ cache, redirect, method }))).toEqual([
      { cache: 'no-store', redirect: 'manual', method: 'POST' },
      { cache: 'no-store', redirect: 'manual', method: 'GET' },
    ]);
  });

  it('should go again without the field where the runtime refuses it (older Cloudflare Workers), and not try it again', async () => {
    const calls: (RequestCache | undefined)[] = [];
    const olderWorkers: typeof fetch = async (input, init) => {
      calls.push(init?.cache);
      if (init?.cache !== undefined) throw new TypeError("The 'cache' field on 'RequestInitializerDict' is not implemented.");
      return fetch(input, init);
    };
    const handler = handlerFor(authing.server, { fetch: olderWorkers });
    const first = await answer(handler, postGene());
    const second = await answer(handler, requestTo(STATUS));
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(calls).toEqual(['no-store', undefined, undefined]);
    expect(authing.server.mock.requests).toHaveLength(2);
  });
});

describe("given Authing's headers", () => {
  it('should pass on content-type and retry-after only: no set-cookie, no server, no CORS, no length or encoding of its own', async () => {
    const upstream = await startUpstream((_req, res) => {
      res.writeHead(429, {
        'content-type': 'application/json; charset=utf-8',
        'retry-after': '12',
        'set-cookie': ['authing_session=abc; Path=/; HttpOnly', 'tracking=1'],
        server: 'nginx/1.25',
        'x-powered-by': 'Express',
        'access-control-allow-origin': '*',
        'access-control-allow-credentials': 'true',
        'strict-transport-security': 'max-age=1',
        'x-authing-request-id': 'req-1',
        'cache-control': 'public, max-age=3600',
        vary: 'origin',
      });
      res.end(JSON.stringify({ statusCode: 429, message: 'slow down', requestId: 'req-1' }));
    });
    try {
      const response = await answer(handlerFor(authing.server, { appHost: upstream.url }), requestTo(STATUS));
      expect(response.status).toBe(429);
      expect(Object.fromEntries(response.headers)).toEqual({
        'content-type': 'application/json; charset=utf-8',
        'retry-after': '12',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; frame-ancestors 'none'; sandbox",
      });
      expect(response.headers.getSetCookie()).toEqual([]);
      expect(await response.json()).toEqual({ statusCode: 429, message: 'slow down', requestId: 'req-1' });
    } finally {
      await upstream.close();
    }
  });

  it('should pass a body it need not change byte for byte, and a 204 with no body', async () => {
    const raw = '{ "statusCode": 200,\n  "message": "ok", "data": { "status": "PENDING", "big": 12345678901234567890 } }';
    let status = 200;
    const upstream = await startUpstream((_req, res) => (status === 204 ? res.writeHead(204).end() : res.writeHead(200, { 'content-type': 'application/json' }).end(raw)));
    try {
      const passed = await answer(handlerFor(authing.server, { appHost: upstream.url }), requestTo(STATUS));
      expect(await passed.text()).toBe(raw);
      status = 204;
      const empty = await answer(handlerFor(authing.server, { appHost: upstream.url }), requestTo(STATUS));
      expect([empty.status, await empty.text()]).toEqual([204, '']);
    } finally {
      await upstream.close();
    }
  });
});

describe('given an Authing (or a gateway) that echoes the token', () => {
  const echo = (body: (token: string) => string, contentType = 'application/json') =>
    startUpstream((req, res) => res.writeHead(200, { 'content-type': contentType }).end(body(String(req.headers.authorization))));

  it.each([
    ['in the message and the requestId', (t: string) => JSON.stringify({ statusCode: 403, message: `bad token ${t}`, requestId: t })],
    ['deep in data, and as a key', (t: string) => JSON.stringify({ statusCode: 200, message: 'ok', data: { status: 'PENDING', echo: [{ header: t }], [t]: 1 } })],
    ['\\u-escaped, as some serializers write it', (t: string) => `{"statusCode":403,"message":"${[...t].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}"}`],
    ['in a body cut off mid-JSON', (t: string) => `{"statusCode":403,"message":"token ${t} is`],
  ])('should take it out when it comes %s', async (_name, body) => {
    const upstream = await echo(body);
    try {
      const response = await answer(handlerFor(authing.server, { appHost: upstream.url }), requestTo(STATUS));
      const text = await response.text();
      expect(text).not.toContain(TOKEN);
      expect(text).toContain('[access token]');
      expect(JSON.stringify(JSON.parse(text.endsWith('is') ? '{}' : text))).not.toContain(TOKEN);
    } finally {
      await upstream.close();
    }
  });

  it("should take it out of a proxy's HTML error page", async () => {
    const upstream = await echo((t) => `<html><body>401: ${t} refused</body></html>`, 'text/html');
    try {
      const response = await answer(handlerFor(authing.server, { appHost: upstream.url }), requestTo(STATUS));
      expect(await response.text()).toBe('<html><body>401: [access token] refused</body></html>');
      expect(response.headers.get('content-security-policy')).toContain('sandbox');
    } finally {
      await upstream.close();
    }
  });

  it('should pass nothing on, and answer 502, when the token stands where no string does', async () => {
    const digits = '12345678901234567890';
    const upstream = await startUpstream((_req, res) => res.end(`{"statusCode":200,"message":"ok","data":{"n":${digits}}}`));
    const { errors, onError } = collectErrors();
    try {
      const response = await answer(handlerFor(authing.server, { appHost: upstream.url, getAccessToken: () => digits, onError }), requestTo(STATUS));
      expect(response.status).toBe(502);
      expect(await response.text()).not.toContain(digits);
      expect(errors).toEqual([expect.objectContaining({ kind: 'invalid-response' })]);
      expect(errors[0]!.message).not.toContain(digits);
    } finally {
      await upstream.close();
    }
  });
});

describe('given onError', () => {
  it('should get the error getAccessToken threw, as the cause of an unauthorized FastpassError', async () => {
    const { errors, onError } = collectErrors();
    const storeDown = new Error('the session store is down');
    const response = await answer(handlerFor(authing.server, { onError, getAccessToken: () => Promise.reject(storeDown) }), requestTo(STATUS));
    expect(await response.json()).toMatchObject({ statusCode: 401, apiCode: 2020 });
    expect(errors).toEqual([expect.objectContaining({ kind: 'unauthorized', cause: storeDown })]);
  });

  it('should get a bug as an Error with the token scrubbed from message and stack, and the page a 500', async () => {
    const { errors, onError, expectNoToken } = collectErrors();
    // A fetch that breaks its contract and repeats the request's headers in what it throws.
    const brokenFetch = (async (_input: RequestInfo | URL, init?: RequestInit) => ({
      status: 200,
      text: async () => '{}',
      headers: {
        get() {
          throw new Error(`cannot read headers of ${JSON.stringify(init?.headers)}`);
        },
      },
    })) as unknown as typeof fetch;

    const response = await answer(handlerFor(authing.server, { fetch: brokenFetch, onError }), requestTo(STATUS));

    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ statusCode: 500, message: 'Internal server error.', requestId: expect.any(String) });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain('"authorization":"[access token]"');
    expect(errors[0]!.stack).toContain('[access token]');
    expectNoToken();
  });

  it('should answer the page even when onError itself throws', async () => {
    authing.server.mock.fail({ type: 'network' });
    const onError = vi.fn(() => {
      throw new Error('the logger is down');
    });
    const response = await answer(handlerFor(authing.server, { onError }), requestTo(STATUS));
    expect(response.status).toBe(502);
    expect(onError).toHaveBeenCalledOnce();
  });
});
