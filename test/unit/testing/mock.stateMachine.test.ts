// @vitest-environment node
import {
  createFastpassMock,
  FASTPASS_MOCK_ACCESS_TOKEN,
  FASTPASS_MOCK_APP_ACCESS_TOKEN,
  FASTPASS_MOCK_APP_HOST,
  FASTPASS_MOCK_APP_ID,
  FASTPASS_MOCK_OTHER_ACCESS_TOKEN,
  FASTPASS_MOCK_OTHER_USER,
  FASTPASS_MOCK_PHOTO_BASE,
  FASTPASS_MOCK_RELATION_APPS,
  FASTPASS_MOCK_USER,
} from '../../../src/testing';
import { setupServer } from 'msw/node';

let clock = 1_700_000_000_000;
const mock = createFastpassMock({ now: () => clock, lifetimeMs: 120_000 });
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => mock.reset());
afterAll(() => server.close());

/** Calls the mock the way a web page or the token app does, and returns the parsed envelope. */
async function call(
  path: string,
  { method = 'GET', token = FASTPASS_MOCK_ACCESS_TOKEN, appId = FASTPASS_MOCK_APP_ID, body, lang }: {
    method?: string;
    token?: string | null;
    appId?: string;
    body?: unknown;
    lang?: string;
  } = {},
) {
  const headers: Record<string, string> = { 'x-authing-app-id': appId };
  if (token !== null) headers.authorization = token;
  if (lang) headers['x-authing-lang'] = lang;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${FASTPASS_MOCK_APP_HOST}${path}`, {
    method,
    headers,
    body: body === undefined ? null : JSON.stringify(body),
  });
  return { httpStatus: response.status, headers: response.headers, json: (await response.json()) as Record<string, any> };
}

const newCode = async (token = FASTPASS_MOCK_ACCESS_TOKEN) =>
  (await call('/api/v3/gene-fastpass-qrcode-info', { method: 'POST', body: {}, token })).json.data as { qrcodeId: string };
const statusOf = async (qrcodeId: string) =>
  (await call(`/api/v3/get-app-login-qrcode-status?qrcodeId=${encodeURIComponent(qrcodeId)}`)).json.data as Record<string, unknown>;

describe('given the mock Authing', () => {
  describe('when a signed-in page creates a code', () => {
    it('should answer a success envelope naming the session user, and a code that starts PENDING', async () => {
      const { httpStatus, json } = await call('/api/v3/gene-fastpass-qrcode-info', { method: 'POST', body: {} });
      expect(httpStatus).toBe(200);
      expect(json).toMatchObject({ statusCode: 200, message: '操作成功', data: { user: FASTPASS_MOCK_USER, appId: FASTPASS_MOCK_APP_ID } });
      expect(json.requestId).toEqual(expect.any(String));
      expect(await statusOf(json.data.qrcodeId)).toEqual({ status: 'PENDING' });
    });

    it('should name the user of the token that asked', async () => {
      const code = (await call('/api/v3/gene-fastpass-qrcode-info', { method: 'POST', body: {}, token: FASTPASS_MOCK_OTHER_ACCESS_TOKEN })).json;
      expect(code.data.user).toEqual(FASTPASS_MOCK_OTHER_USER);
    });

    it('should give every code its own id', async () => {
      const a = await newCode();
      const b = await newCode();
      expect(a.qrcodeId).not.toBe(b.qrcodeId);
      expect(mock.codes().map((c) => c.qrcodeId)).toEqual([a.qrcodeId, b.qrcodeId]);
    });

    it('should answer in English when asked with x-authing-lang', async () => {
      const { json } = await call('/api/v3/gene-fastpass-qrcode-info', { method: 'POST', body: {}, token: null, lang: 'en-US' });
      expect(json.message).toBe('Not signed in: access denied');
    });

    it('should refuse a scope without openid as Authing does', async () => {
      const { json } = await call('/api/v3/gene-fastpass-qrcode-info', { method: 'POST', body: { options: { scope: 'profile' } } });
      expect(json.statusCode).toBe(400);
    });
  });

  describe("when Authing's own checks fail", () => {
    it.each([
      ['no token', null],
      ['an unknown token', 'nobody'],
    ])('should answer %s with statusCode 401 and apiCode 2020 in an HTTP 200 envelope', async (_name, token) => {
      for (const path of ['/api/v3/gene-fastpass-qrcode-info', '/api/v3/get-app-login-qrcode-status?qrcodeId=x']) {
        const { httpStatus, json } = await call(path, { method: path.includes('gene') ? 'POST' : 'GET', token, body: path.includes('gene') ? {} : undefined });
        expect(httpStatus).toBe(200);
        expect(json).toMatchObject({ statusCode: 401, apiCode: 2020, message: '尚未登录，无访问权限' });
      }
      expect(mock.codes()).toHaveLength(0);
    });

    it('should answer an unknown app id with apiCode 2011', async () => {
      const { httpStatus, json } = await call('/api/v3/gene-fastpass-qrcode-info', { method: 'POST', body: {}, appId: 'other-app' });
      expect(httpStatus).toBe(200);
      expect(json).toMatchObject({ statusCode: 404, apiCode: 2011 });
    });

    it('should answer 401 once a session is revoked', async () => {
      mock.revokeSession(FASTPASS_MOCK_ACCESS_TOKEN);
      const { json } = await call('/api/v3/gene-fastpass-qrcode-info', { method: 'POST', body: {} });
      expect(json.apiCode).toBe(2020);
    });

    it('should answer an unknown qrcodeId with 404', async () => {
      const { json } = await call('/api/v3/get-app-login-qrcode-status?qrcodeId=nope');
      expect(json.statusCode).toBe(404);
    });
  });

  describe('when the test controls play the token app', () => {
    it('should go PENDING → SCANNED (with who scanned) → AUTHORIZED (with a ticket)', async () => {
      const { qrcodeId } = await newCode();
      mock.scan();
      expect(await statusOf(qrcodeId)).toEqual({
        status: 'SCANNED',
        briefUserInfo: { displayName: FASTPASS_MOCK_USER.displayName, photo: FASTPASS_MOCK_USER.photo },
      });
      mock.confirm(qrcodeId);
      expect(await statusOf(qrcodeId)).toMatchObject({ status: 'AUTHORIZED', ticket: expect.any(String) });
    });

    it('should go PENDING → SCANNED → CANCELLED', async () => {
      const { qrcodeId } = await newCode();
      mock.scan(qrcodeId, { displayName: 'Someone else', photo: '' });
      expect(await statusOf(qrcodeId)).toMatchObject({ status: 'SCANNED', briefUserInfo: { displayName: 'Someone else' } });
      mock.cancel();
      expect(await statusOf(qrcodeId)).toEqual({ status: 'CANCELLED' });
    });

    it('should expire on demand', async () => {
      const { qrcodeId } = await newCode();
      mock.expire();
      expect(await statusOf(qrcodeId)).toEqual({ status: 'EXPIRED' });
    });

    it('should throw a clear error for a transition the state machine forbids', async () => {
      expect(() => mock.scan()).toThrow(/no QR code has been created yet/);
      const { qrcodeId } = await newCode();
      expect(() => mock.confirm()).toThrow(`Cannot confirm QR code ${qrcodeId}: it is PENDING.`);
      mock.cancel();
      expect(() => mock.scan()).toThrow(/it is CANCELLED/);
      expect(() => mock.scan('missing')).toThrow(/no QR code missing/);
    });
  });

  describe('when the lifetime passes', () => {
    it('should keep a code PENDING until its lifetime and answer EXPIRED from then on', async () => {
      const { qrcodeId } = await newCode();
      clock += 119_999;
      expect(await statusOf(qrcodeId)).toEqual({ status: 'PENDING' });
      clock += 1;
      expect(await statusOf(qrcodeId)).toEqual({ status: 'EXPIRED' });
      expect(() => mock.scan()).toThrow(/it is EXPIRED/);
    });

    it('should follow fake timers when no clock is given', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      try {
        const timed = createFastpassMock({ lifetimeMs: 1_000 });
        server.use(...timed.handlers);
        const { qrcodeId } = (await call('/api/v3/gene-fastpass-qrcode-info', { method: 'POST', body: {} })).json.data;
        vi.advanceTimersByTime(1_000);
        expect(timed.latestCode()).toMatchObject({ qrcodeId, status: 'EXPIRED' });
      } finally {
        vi.useRealTimers();
        server.resetHandlers();
      }
    });
  });

  describe('when the token app calls its own endpoints', () => {
    it('should list the client apps of a code', async () => {
      const { qrcodeId } = await newCode();
      const { json } = await call(`/api/v3/get-fastpass-client-apps?qrcodeId=${qrcodeId}&appId=${FASTPASS_MOCK_APP_ID}`, {
        token: FASTPASS_MOCK_APP_ACCESS_TOKEN,
      });
      expect(json).toMatchObject({ statusCode: 200, data: { relationApps: FASTPASS_MOCK_RELATION_APPS } });
    });

    it('should authorize with qrcode-app-login and answer a token set', async () => {
      const { qrcodeId } = await newCode();
      const { json } = await call('/api/v3/qrcode-app-login', {
        method: 'POST',
        token: FASTPASS_MOCK_APP_ACCESS_TOKEN,
        body: { qrcodeId, action: 'APP_LOGIN' },
      });
      expect(json).toMatchObject({ statusCode: 200, data: { access_token: expect.any(String), token_type: 'Bearer' } });
      expect(await statusOf(qrcodeId)).toMatchObject({ status: 'AUTHORIZED', ticket: expect.any(String) });
    });

    it('should scan, confirm and cancel through change-qrcode-status', async () => {
      const first = await newCode();
      const change = (qrcodeId: string, action: string) =>
        call('/api/v3/change-qrcode-status', { method: 'POST', token: FASTPASS_MOCK_APP_ACCESS_TOKEN, body: { qrcodeId, action } });

      expect((await change(first.qrcodeId, 'SCAN')).json.statusCode).toBe(200);
      expect(await statusOf(first.qrcodeId)).toMatchObject({ status: 'SCANNED' });
      expect((await change(first.qrcodeId, 'CONFIRM')).json.statusCode).toBe(200);
      expect(await statusOf(first.qrcodeId)).toMatchObject({ status: 'AUTHORIZED' });

      const second = await newCode();
      expect((await change(second.qrcodeId, 'CANCEL')).json.statusCode).toBe(200);
      expect(await statusOf(second.qrcodeId)).toEqual({ status: 'CANCELLED' });
    });

    it('should refuse a forbidden transition and a malformed body with statusCode 400', async () => {
      const { qrcodeId } = await newCode();
      const confirmEarly = await call('/api/v3/change-qrcode-status', {
        method: 'POST',
        token: FASTPASS_MOCK_APP_ACCESS_TOKEN,
        body: { qrcodeId, action: 'CONFIRM' },
      });
      expect(confirmEarly.json).toMatchObject({ statusCode: 400, message: expect.stringContaining('PENDING') });
      const bad = await call('/api/v3/qrcode-app-login', { method: 'POST', token: FASTPASS_MOCK_APP_ACCESS_TOKEN, body: { qrcodeId, action: 'NOPE' } });
      expect(bad.json.statusCode).toBe(400);
      expect(await statusOf(qrcodeId)).toEqual({ status: 'PENDING' });
    });

    it('should need a signed-in token app', async () => {
      const { qrcodeId } = await newCode();
      const { json } = await call('/api/v3/qrcode-app-login', { method: 'POST', token: null, body: { qrcodeId, action: 'APP_LOGIN' } });
      expect(json.apiCode).toBe(2020);
    });
  });

  describe('when a page loads the photos the codes name', () => {
    it('should serve them as images, so they load with no network', async () => {
      const response = await fetch(FASTPASS_MOCK_USER.photo);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/svg+xml');
      expect(await response.text()).toContain('<svg');
      expect((await fetch(`${FASTPASS_MOCK_PHOTO_BASE}nobody.svg`)).status).toBe(404);
    });
  });

  describe('when it records requests', () => {
    it('should keep method, path, query, headers and body of each', async () => {
      await call('/api/v3/get-app-login-qrcode-status?qrcodeId=abc', { lang: 'zh-CN' });
      expect(mock.requests).toEqual([
        expect.objectContaining({
          endpoint: 'getAppLoginQrcodeStatus',
          method: 'GET',
          path: '/api/v3/get-app-login-qrcode-status',
          query: { qrcodeId: 'abc' },
          headers: expect.objectContaining({ 'x-authing-lang': 'zh-CN', authorization: FASTPASS_MOCK_ACCESS_TOKEN }),
          body: undefined,
          aborted: false,
        }),
      ]);
    });

    it('should forget everything on reset', async () => {
      await newCode();
      mock.fail({ type: 'network' }, { times: 5 });
      mock.revokeSession(FASTPASS_MOCK_ACCESS_TOKEN);
      mock.reset();
      expect(mock.codes()).toEqual([]);
      expect(mock.requests).toEqual([]);
      expect((await call('/api/v3/gene-fastpass-qrcode-info', { method: 'POST', body: {} })).json.statusCode).toBe(200);
    });
  });
});
