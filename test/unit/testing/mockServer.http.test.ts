// @vitest-environment node
import { createServer as createNetServer, connect } from 'node:net';
import { createFastpassClient } from '../../../src/api/client';
import { FastpassError } from '../../../src/api/errors';
import {
  createFastpassMockServer,
  FASTPASS_MOCK_ACCESS_TOKEN,
  FASTPASS_MOCK_APP_ACCESS_TOKEN,
  FASTPASS_MOCK_APP_ID,
  FASTPASS_MOCK_OTHER_ACCESS_TOKEN,
  FASTPASS_MOCK_USER,
  type FastpassMockServer,
} from '../../../src/testing/node';
import { createFastpassMockServer as browserCreateFastpassMockServer } from '../../../src/testing';
import { encodeFastpassPayload } from '../../../src/api/payload';
import { isSafePhotoUrl } from '../../../src/components/parts/isSafePhotoUrl';
import { BAD_INPUT_CASES, NOT_SIGNED_IN_BY_LANG, sendCase } from './badInput.cases';

let server: FastpassMockServer;
let clockBroken = false;
const onError = vi.fn();
beforeAll(async () => {
  server = await createFastpassMockServer({
    port: 0,
    onError,
    // A clock that can be made to throw: a stand-in for any bug inside a handler.
    now: () => {
      if (clockBroken) throw new Error('the clock broke');
      return Date.now();
    },
  });
});
afterEach(() => {
  clockBroken = false;
  onError.mockClear();
  server.mock.reset();
});
afterAll(() => server.close());

const userHeaders = { authorization: FASTPASS_MOCK_ACCESS_TOKEN, 'x-authing-app-id': FASTPASS_MOCK_APP_ID };
const post = (path: string, body: unknown, headers: Record<string, string> = userHeaders) =>
  fetch(`${server.url}${path}`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body) });
const newCode = async () => ((await (await post('/api/v3/gene-fastpass-qrcode-info', {})).json()) as { data: { qrcodeId: string } }).data.qrcodeId;
const clientFor = (token = FASTPASS_MOCK_ACCESS_TOKEN, lang?: string) =>
  createFastpassClient({ appHost: server.url, appId: FASTPASS_MOCK_APP_ID, getAccessToken: () => token, lang, timeoutMs: 2_000 });

/** Whether something accepts connections on the port. */
const isListening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

describe('given the mock Authing over real HTTP', () => {
  it('should listen on loopback and name itself as the codes apiHost', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  describe("when the library's own client follows the whole flow", () => {
    it('should create a code and follow it PENDING → SCANNED → AUTHORIZED, with the wire as Authing sees it', async () => {
      const client = clientFor(FASTPASS_MOCK_ACCESS_TOKEN, 'en-US');

      const info = await client.geneFastpassQrcodeInfo({ options: { scope: 'openid profile' } });
      expect(info).toMatchObject({ apiHost: server.url, appId: FASTPASS_MOCK_APP_ID, user: { id: FASTPASS_MOCK_USER.id, displayName: '张三' } });
      expect(await client.getAppLoginQrCodeStatus({ qrcodeId: info.qrcodeId })).toEqual({ status: 'PENDING' });

      server.mock.scan();
      expect(await client.getAppLoginQrCodeStatus({ qrcodeId: info.qrcodeId })).toMatchObject({ status: 'SCANNED', briefUserInfo: { displayName: '张三' } });
      server.mock.confirm(info.qrcodeId);
      expect(await client.getAppLoginQrCodeStatus({ qrcodeId: info.qrcodeId })).toMatchObject({ status: 'AUTHORIZED', ticket: `mock-ticket-${info.qrcodeId}` });

      const [gene, status] = server.mock.requests;
      expect(server.mock.requests).toHaveLength(4);
      expect(gene).toMatchObject({
        endpoint: 'geneFastpassQrcodeInfo',
        method: 'POST',
        url: `${server.url}/api/v3/gene-fastpass-qrcode-info`,
        body: { options: { scope: 'openid profile' } },
        headers: expect.objectContaining({
          authorization: FASTPASS_MOCK_ACCESS_TOKEN,
          'x-authing-app-id': FASTPASS_MOCK_APP_ID,
          'x-authing-lang': 'en-US',
          'content-type': 'application/json',
          host: new URL(server.url).host,
        }),
        aborted: false,
        answeredAt: expect.any(Number),
      });
      expect(status).toMatchObject({ method: 'GET', query: { qrcodeId: info.qrcodeId }, body: undefined });
    });

    it("should answer its photos as data: URLs, which a page's img-src 'self' https: data: allows (its own http: address is not), and the card loads", async () => {
      const info = await clientFor().geneFastpassQrcodeInfo();
      const photos = [info.user.photo, info.userpool.photo];
      for (const photo of photos) {
        // `data:` is a scheme the policy names; an http: URL of another origin matches neither 'self' nor https:.
        expect(new URL(photo).protocol).toBe('data:');
        expect(photo.startsWith('data:image/svg+xml,')).toBe(true);
        // The card's own check (data:image/…, no whitespace or control characters): it draws the photo, not initials.
        expect(isSafePhotoUrl(photo)).toBe(true);
      }
      expect(decodeURIComponent(info.user.photo)).toContain('>张</text>');
      // Who scanned, and the apps the token app lists, are inline too.
      await fetch(`${server.url}/__fastpass-mock/scan`, { method: 'POST', body: JSON.stringify({ qrcodeId: info.qrcodeId }) });
      const status = await clientFor().getAppLoginQrCodeStatus({ qrcodeId: info.qrcodeId });
      expect(status.briefUserInfo?.photo.startsWith('data:image/svg+xml,')).toBe(true);
      const apps = await fetch(`${server.url}/api/v3/get-fastpass-client-apps?qrcodeId=${info.qrcodeId}&appId=${FASTPASS_MOCK_APP_ID}`, {
        headers: { authorization: FASTPASS_MOCK_APP_ACCESS_TOKEN, 'x-authing-app-id': FASTPASS_MOCK_APP_ID },
      });
      const logos = ((await apps.json()) as { data: { relationApps: Array<{ logo?: string }> } }).data.relationApps.flatMap(({ logo }) => logo ?? []);
      expect(logos.length).toBeGreaterThan(0);
      expect(logos.every((logo) => logo.startsWith('data:image/svg+xml,'))).toBe(true);
      // The payload carries the photos: kept short, the code stays at version 19 or below at level L (792 bytes; a real
      // answer is about 578, version 16), which the default 200 px plate draws at 2 px a module with no warning.
      expect(new TextEncoder().encode(encodeFastpassPayload(info)).length).toBeLessThanOrEqual(792);
    });

    it("should let the client see Authing's 401 as kind unauthorized, and a fault's 429 with Retry-After", async () => {
      await expect(clientFor('signed-out').geneFastpassQrcodeInfo()).rejects.toMatchObject({ kind: 'unauthorized', apiCode: 2020 });

      server.mock.fail({ type: 'rate-limit', retryAfterSeconds: 3 });
      const error = await clientFor().geneFastpassQrcodeInfo().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FastpassError);
      expect(error).toMatchObject({ kind: 'api', httpStatus: 429, statusCode: 429 });
    });

    it("should fail the connection for a network fault, as a network does, and serve the next request", async () => {
      server.mock.fail({ type: 'network' });
      await expect(clientFor().geneFastpassQrcodeInfo()).rejects.toMatchObject({ kind: 'network' });
      expect((await clientFor().geneFastpassQrcodeInfo()).qrcodeId).toEqual(expect.any(String));
    });

    it('should record a request the client gave up on as aborted', async () => {
      server.mock.fail({ type: 'hang' });
      const controller = new AbortController();
      const pending = clientFor().geneFastpassQrcodeInfo(undefined, { signal: controller.signal });
      await vi.waitFor(() => expect(server.mock.requests).toHaveLength(1));
      controller.abort();
      await expect(pending).rejects.toMatchObject({ kind: 'aborted' });
      await vi.waitFor(() => expect(server.mock.requests[0]!.aborted).toBe(true));
      expect(server.mock.codes()).toEqual([]);
    });
  });

  describe('when a page on another origin calls it (CORS)', () => {
    const origin = 'http://localhost:5173';

    it("should answer the preflight with 204, the page's origin and the headers it asked for", async () => {
      const response = await fetch(`${server.url}/api/v3/gene-fastpass-qrcode-info`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type,x-authing-app-id,x-authing-lang' },
      });
      expect(response.status).toBe(204);
      expect(Object.fromEntries(response.headers)).toMatchObject({
        'access-control-allow-origin': origin,
        'access-control-allow-methods': 'GET, POST, OPTIONS',
        'access-control-allow-headers': 'authorization,content-type,x-authing-app-id,x-authing-lang',
        'access-control-max-age': '600',
        vary: 'origin',
      });
      expect(await response.text()).toBe('');
      expect(server.mock.requests).toEqual([]);
    });

    it("should allow Authing's headers when the preflight lists none, and a private-network request", async () => {
      const response = await fetch(`${server.url}/api/v3/get-app-login-qrcode-status`, {
        method: 'OPTIONS',
        headers: { origin: 'https://app.example.com', 'access-control-request-method': 'GET', 'access-control-request-private-network': 'true' },
      });
      const allowed = (response.headers.get('access-control-allow-headers') ?? '').split(/,\s*/);
      expect(allowed).toEqual(expect.arrayContaining(['authorization', 'content-type', 'x-authing-app-id', 'x-authing-lang']));
      expect(response.headers.get('access-control-allow-private-network')).toBe('true');
      expect(response.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    });

    it('should put the origin, exposed Retry-After and vary on every answer: success, error, fault, 404 and control', async () => {
      server.mock.fail({ type: 'rate-limit', retryAfterSeconds: 9 }, { endpoint: 'getAppLoginQrcodeStatus' });
      const answers = await Promise.all([
        fetch(`${server.url}/api/v3/gene-fastpass-qrcode-info`, { method: 'POST', headers: { ...userHeaders, origin }, body: '{}' }),
        fetch(`${server.url}/api/v3/gene-fastpass-qrcode-info`, { method: 'POST', headers: { origin }, body: '{}' }),
        fetch(`${server.url}/api/v3/get-app-login-qrcode-status?qrcodeId=x`, { headers: { ...userHeaders, origin } }),
        fetch(`${server.url}/nowhere`, { headers: { origin } }),
        fetch(`${server.url}/__fastpass-mock/codes`, { headers: { origin } }),
      ]);
      expect(answers.map((r) => r.status)).toEqual([200, 200, 429, 404, 200]);
      for (const response of answers) {
        expect(response.headers.get('access-control-allow-origin')).toBe(origin);
        expect(response.headers.get('access-control-expose-headers')).toBe('retry-after');
        expect(response.headers.get('vary')).toBe('origin');
      }
      expect(answers[2]!.headers.get('retry-after')).toBe('9');
    });

    it('should allow any origin when the request names none (curl, a server)', async () => {
      const response = await fetch(`${server.url}/__fastpass-mock`);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
    });
  });

  describe('when it gets bad input', () => {
    it.each(BAD_INPUT_CASES.map((c) => [c.name, c] as const))('should answer %s as the in-process mock does', async (_name, testCase) => {
      const qrcodeId = await newCode();

      const response = await sendCase(server.url, testCase, qrcodeId);

      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ ...testCase.expected, requestId: expect.any(String) });
      expect(server.mock.codes()).toEqual([expect.objectContaining({ qrcodeId, status: 'PENDING' })]);
    });

    it.each(NOT_SIGNED_IN_BY_LANG)('should speak %s', async (lang, message) => {
      const response = await fetch(`${server.url}/api/v3/gene-fastpass-qrcode-info`, { method: 'POST', headers: { 'x-authing-app-id': FASTPASS_MOCK_APP_ID, 'x-authing-lang': lang } });
      expect(await response.json()).toMatchObject({ statusCode: 401, apiCode: 2020, message });
    });

    it.each([
      ['GET', '/api/v3/no-such-endpoint?x=1', 'Cannot GET /api/v3/no-such-endpoint?x=1'],
      ['GET', '/api/v3/gene-fastpass-qrcode-info', 'Cannot GET /api/v3/gene-fastpass-qrcode-info'],
      ['POST', '/', 'Cannot POST /'],
      ['DELETE', '/api/v3/qrcode-app-login', 'Cannot DELETE /api/v3/qrcode-app-login'],
    ])('should answer %s %s with HTTP 404 and a JSON body as NestJS does', async (method, path, message) => {
      const response = await fetch(`${server.url}${path}`, { method, headers: userHeaders });
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toBe('application/json');
      expect(await response.json()).toEqual({ statusCode: 404, message, error: 'Not Found' });
      expect(server.mock.requests).toEqual([]);
    });

    it('should answer a handler that throws with a 500 envelope, and keep serving', async () => {
      const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
      await newCode();
      clockBroken = true;
      const inMock = await post('/api/v3/gene-fastpass-qrcode-info', {}, { ...userHeaders, 'x-authing-lang': 'ja-JP' });
      const inControl = await fetch(`${server.url}/__fastpass-mock/codes`);
      clockBroken = false;

      expect(inMock.status).toBe(500);
      expect(await inMock.json()).toEqual({ statusCode: 500, message: 'サーバー内部エラー', requestId: expect.any(String) });
      expect(logged).toHaveBeenCalledOnce();
      expect(inControl.status).toBe(500);
      expect(await inControl.json()).toMatchObject({ statusCode: 500, message: '服务器内部错误' });
      expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'the clock broke' }));

      expect((await post('/api/v3/gene-fastpass-qrcode-info', {})).status).toBe(200);
      expect(server.mock.codes()).toHaveLength(2);
    });

    it('should answer a body over the limit with 413, and bytes that are not HTTP with 400, and keep serving', async () => {
      const tooLarge = await fetch(`${server.url}/api/v3/gene-fastpass-qrcode-info`, {
        method: 'POST',
        headers: { ...userHeaders, 'content-type': 'application/json' },
        body: JSON.stringify({ options: { context: { blob: 'x'.repeat(1024 * 1024) } } }),
      });
      expect(tooLarge.status).toBe(413);
      expect(await tooLarge.json()).toMatchObject({ statusCode: 413 });

      const raw = await new Promise<string>((resolve, reject) => {
        const socket = connect(Number(new URL(server.url).port), '127.0.0.1', () => socket.write('NOT HTTP AT ALL\r\n\r\n'));
        let text = '';
        socket.on('data', (chunk) => (text += chunk.toString()));
        socket.once('close', () => resolve(text));
        socket.once('error', reject);
      });
      expect(raw).toMatch(/^HTTP\/1\.1 400 Bad Request/);

      expect(server.mock.requests.map((r) => r.endpoint)).toEqual([]);
      expect((await post('/api/v3/gene-fastpass-qrcode-info', {})).status).toBe(200);
    });
  });

  describe('when many clients call at once', () => {
    it('should answer each on its own: distinct codes, right users, no request lost', async () => {
      const tokens = Array.from({ length: 24 }, (_, i) => (i % 2 === 0 ? FASTPASS_MOCK_ACCESS_TOKEN : FASTPASS_MOCK_OTHER_ACCESS_TOKEN));
      server.mock.setLatency(20);
      const infos = await Promise.all(tokens.map((token) => clientFor(token).geneFastpassQrcodeInfo()));
      const statuses = await Promise.all(infos.map((info) => clientFor().getAppLoginQrCodeStatus({ qrcodeId: info.qrcodeId })));

      expect(new Set(infos.map((info) => info.qrcodeId)).size).toBe(24);
      expect(infos.map((info) => info.user.displayName)).toEqual(tokens.map((t) => (t === FASTPASS_MOCK_ACCESS_TOKEN ? '张三' : 'Li Si')));
      expect(statuses.every((s) => s.status === 'PENDING')).toBe(true);
      expect(server.mock.requests).toHaveLength(48);
      expect(server.mock.requests.every((r) => r.answeredAt !== undefined && !r.aborted)).toBe(true);
    });
  });

  describe('when a suite drives it through the control endpoints', () => {
    const control = (path: string, body?: unknown) =>
      fetch(`${server.url}/__fastpass-mock${path}`, { method: body === undefined ? 'GET' : 'POST', body: body === undefined ? null : JSON.stringify(body) });
    const status = async (qrcodeId: string) => {
      const response = await fetch(`${server.url}/api/v3/get-app-login-qrcode-status?qrcodeId=${qrcodeId}`, { headers: userHeaders });
      return ((await response.json()) as { data: { status: string } }).data.status;
    };

    it('should describe itself: app host, app id, tokens, endpoints', async () => {
      const response = await control('');
      expect(response.status).toBe(200);
      const info = await response.json();
      expect(info).toMatchObject({ appHost: server.url, apiHost: server.url, appId: FASTPASS_MOCK_APP_ID });
      expect(info.accessTokens).toEqual([
        { token: FASTPASS_MOCK_ACCESS_TOKEN, role: 'user', user: { id: FASTPASS_MOCK_USER.id, displayName: '张三' } },
        expect.objectContaining({ token: FASTPASS_MOCK_OTHER_ACCESS_TOKEN, role: 'other-user' }),
        expect.objectContaining({ token: FASTPASS_MOCK_APP_ACCESS_TOKEN, role: 'token-app' }),
      ]);
      expect(info.endpoints.map((e: { path: string }) => e.path)).toContain('/api/v3/gene-fastpass-qrcode-info');
    });

    it('should play the token app: scan (as someone), confirm, cancel, expire, on the newest code or a named one', async () => {
      const first = await newCode();
      const second = await newCode();

      const scanned = await control('/scan', { by: { displayName: 'Wang Wu', photo: '' } });
      expect(scanned.status).toBe(200);
      expect(await scanned.json()).toMatchObject({ qrcodeId: second, status: 'SCANNED', scannedBy: { displayName: 'Wang Wu' } });
      expect((await control('/confirm', {})).status).toBe(200);
      expect(await status(second)).toBe('AUTHORIZED');

      expect((await control('/cancel', { qrcodeId: first })).status).toBe(200);
      expect(await status(first)).toBe('CANCELLED');
      const third = await newCode();
      expect((await fetch(`${server.url}/__fastpass-mock/expire`, { method: 'POST' })).status).toBe(200);
      expect(await status(third)).toBe('EXPIRED');

      const codes = await (await control('/codes')).json();
      expect(codes.map((c: { qrcodeId: string; status: string }) => [c.qrcodeId, c.status])).toEqual([
        [first, 'CANCELLED'],
        [second, 'AUTHORIZED'],
        [third, 'EXPIRED'],
      ]);
    });

    it('should say why a move cannot be made: 404 for no code, 409 for a forbidden transition, 400 for a bad body', async () => {
      expect(await (await control('/scan', {})).json()).toEqual({ error: 'No QR code has been created yet.' });
      const qrcodeId = await newCode();
      expect((await control('/scan', { qrcodeId: 'nope' })).status).toBe(404);
      const early = await control('/confirm', { qrcodeId });
      expect(early.status).toBe(409);
      expect((await early.json()).error).toContain('PENDING');
      const notJson = await fetch(`${server.url}/__fastpass-mock/scan`, { method: 'POST', body: '{nope' });
      expect([notJson.status, (await notJson.json()).error]).toEqual([400, 'The body is not JSON.']);
      const wrongType = await control('/scan', { qrcodeId: 42 });
      expect(wrongType.status).toBe(400);
      expect((await wrongType.json()).error).toMatch(/^Invalid body: qrcodeId/);
      expect(await status(qrcodeId)).toBe('PENDING');
    });

    it('should list what went over the wire, inject faults, revoke a session and reset', async () => {
      expect((await control('/fail', { fault: { type: 'server-error', httpStatus: 503 }, endpoint: 'geneFastpassQrcodeInfo', times: 2 })).status).toBe(204);
      expect((await post('/api/v3/gene-fastpass-qrcode-info', {})).status).toBe(503);
      expect((await post('/api/v3/gene-fastpass-qrcode-info', {})).status).toBe(503);
      expect((await post('/api/v3/gene-fastpass-qrcode-info', {})).status).toBe(200);
      expect((await control('/fail', { fault: { type: 'teapot' } })).status).toBe(400);
      expect((await control('/fail', { fault: { type: 'rate-limit' }, times: 0 })).status).toBe(400);

      const requests = await (await control('/requests')).json();
      expect(requests).toHaveLength(3);
      expect(requests[0]).toMatchObject({ endpoint: 'geneFastpassQrcodeInfo', method: 'POST', body: {}, headers: { authorization: FASTPASS_MOCK_ACCESS_TOKEN } });

      expect((await control('/revoke-session', { token: FASTPASS_MOCK_ACCESS_TOKEN })).status).toBe(204);
      expect(await (await post('/api/v3/gene-fastpass-qrcode-info', {})).json()).toMatchObject({ apiCode: 2020 });

      expect((await control('/reset', {})).status).toBe(204);
      expect(await (await control('/requests')).json()).toEqual([]);
      expect(await (await control('/codes')).json()).toEqual([]);
      expect((await post('/api/v3/gene-fastpass-qrcode-info', {})).status).toBe(200);
    });

    it('should delay every answer when asked', async () => {
      expect((await control('/latency', { ms: 80 })).status).toBe(204);
      const started = performance.now();
      await newCode();
      expect(performance.now() - started).toBeGreaterThanOrEqual(75);
    });
  });
});

describe('given the browser build of the testing entry', () => {
  it('should reject with a clear "Node only" error instead of reaching for node:http', async () => {
    await expect(browserCreateFastpassMockServer({ port: 0 })).rejects.toThrow(/createFastpassMockServer runs in Node only/);
  });
});

describe('given a server that is started and closed', () => {
  it('should free its port on close, even with a request held open, and close only once', async () => {
    const own = await createFastpassMockServer();
    const port = Number(new URL(own.url).port);
    own.mock.fail({ type: 'hang' });
    const held = fetch(`${own.url}/api/v3/gene-fastpass-qrcode-info`, { method: 'POST', headers: userHeaders, body: '{}' });
    await vi.waitFor(() => expect(own.mock.requests).toHaveLength(1));

    await Promise.all([own.close(), own.close()]);

    await expect(held).rejects.toThrow(TypeError);
    expect(own.mock.requests[0]!.aborted).toBe(true);
    expect(await isListening(port)).toBe(false);
    const again = createNetServer();
    await new Promise<void>((resolve, reject) => again.once('error', reject).listen(port, '127.0.0.1', resolve));
    await new Promise((resolve) => again.close(resolve));
  });

  it('should keep only the newest maxRequests and forget a finished code after codeRetentionMs, over HTTP too', async () => {
    let clock = 1_700_000_000_000;
    const own = await createFastpassMockServer({ maxRequests: 3, codeRetentionMs: 40, now: () => clock });
    try {
      const client = createFastpassClient({ appHost: own.url, appId: FASTPASS_MOCK_APP_ID, getAccessToken: () => FASTPASS_MOCK_ACCESS_TOKEN });
      const { qrcodeId } = await client.geneFastpassQrcodeInfo();
      for (let i = 0; i < 4; i += 1) expect(await client.getAppLoginQrCodeStatus({ qrcodeId })).toEqual({ status: 'PENDING' });
      const logged = await (await fetch(`${own.url}/__fastpass-mock/requests`)).json();
      expect(logged.map((r: { endpoint: string }) => r.endpoint)).toEqual(Array(3).fill('getAppLoginQrcodeStatus'));
      expect(own.mock.requests).toHaveLength(3);

      own.mock.cancel();
      expect(await client.getAppLoginQrCodeStatus({ qrcodeId })).toEqual({ status: 'CANCELLED' });
      clock += 40;
      await expect(client.getAppLoginQrCodeStatus({ qrcodeId })).rejects.toMatchObject({ kind: 'api', statusCode: 404 });
      expect(await (await fetch(`${own.url}/__fastpass-mock/codes`)).json()).toEqual([]);
    } finally {
      await own.close();
    }
  });

  it('should refuse an option the mock refuses, and give the port back', async () => {
    const probe = createNetServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as { port: number }).port;
    await new Promise((resolve) => probe.close(resolve));

    await expect(createFastpassMockServer({ port, maxRequests: -1 })).rejects.toThrow(/maxRequests must be a whole number/);
    expect(await isListening(port)).toBe(false);
  });

  it('should refuse a port in use with EADDRINUSE, and a port that is not one', async () => {
    const port = Number(new URL(server.url).port);
    await expect(createFastpassMockServer({ port })).rejects.toMatchObject({ code: 'EADDRINUSE', message: `Port ${port} on 127.0.0.1 is in use.` });
    await expect(createFastpassMockServer({ port: 65_536 })).rejects.toThrow(TypeError);
    await expect(createFastpassMockServer({ port: 1.5 })).rejects.toThrow(/port must be an integer/);
  });

  it('should take its options: app id, sessions, lifetime, apiHost, and no control endpoints', async () => {
    const own = await createFastpassMockServer({
      appId: 'app-2',
      sessions: { 'tok-2': { id: 'u2', displayName: 'Zhao Liu', photo: 'https://example.com/z.png' } },
      lifetimeMs: 50,
      apiHost: 'https://mock.example.com/',
      controlEndpoints: false,
    });
    try {
      const client = createFastpassClient({ appHost: own.url, appId: 'app-2', getAccessToken: () => 'tok-2' });
      const info = await client.geneFastpassQrcodeInfo();
      expect(info).toMatchObject({ appId: 'app-2', apiHost: 'https://mock.example.com', user: { displayName: 'Zhao Liu', photo: 'https://example.com/z.png' } });
      // Its 50 ms lifetime passes: the code expires (with the default 5 minutes this would time out).
      await vi.waitFor(async () => expect(await client.getAppLoginQrCodeStatus({ qrcodeId: info.qrcodeId })).toEqual({ status: 'EXPIRED' }), { timeout: 5_000, interval: 25 });
      expect((await fetch(`${own.url}/__fastpass-mock`)).status).toBe(404);
    } finally {
      await own.close();
    }
  });
});
