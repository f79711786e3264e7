// @vitest-environment node
import { FASTPASS_MOCK_ACCESS_TOKEN, FASTPASS_MOCK_APP_ID, FASTPASS_MOCK_OTHER_ACCESS_TOKEN } from '../../../src/testing/node';
import { answer, browserFetch, expectSilenceAndNoToken, handlerFor, MOUNT, pageClient, requestTo, setupAuthingOverHttp, SITE } from './harness';

const authing = setupAuthingOverHttp();
expectSilenceAndNoToken();

describe('given the backend for frontend in front of Authing, and the page’s client holding no token', () => {
  it('should follow code → PENDING → scan → SCANNED → AUTHORIZED, Authing getting the server-held token as its Node SDK sends it', async () => {
    const { mock, url } = authing.server;
    const handler = handlerFor(authing.server);
    const seenByHandler: Request[] = [];
    const client = pageClient(browserFetch(async (request) => (seenByHandler.push(request.clone()), handler(request))), 'en-US');

    const info = await client.geneFastpassQrcodeInfo({ options: { scope: 'openid profile', context: { from: 'account page' } } });
    expect(info).toMatchObject({ appId: FASTPASS_MOCK_APP_ID, apiHost: url, user: { displayName: '张三' } });
    expect(await client.getAppLoginQrCodeStatus({ qrcodeId: info.qrcodeId })).toEqual({ status: 'PENDING' });
    mock.scan(info.qrcodeId);
    expect(await client.getAppLoginQrCodeStatus({ qrcodeId: info.qrcodeId })).toMatchObject({ status: 'SCANNED', briefUserInfo: { displayName: '张三' } });
    mock.confirm(info.qrcodeId);
    expect(await client.getAppLoginQrCodeStatus({ qrcodeId: info.qrcodeId })).toMatchObject({ status: 'AUTHORIZED', ticket: `mock-ticket-${info.qrcodeId}` });

    // The page's side: to its own origin, under the mount, and no authorization header, ever.
    expect(seenByHandler.map((r) => `${r.method} ${r.url}`)).toEqual([
      `POST ${MOUNT}/api/v3/gene-fastpass-qrcode-info`,
      ...Array.from({ length: 3 }, () => `GET ${MOUNT}/api/v3/get-app-login-qrcode-status?qrcodeId=${info.qrcodeId}`),
    ]);
    expect(seenByHandler.filter((r) => r.headers.has('authorization'))).toEqual([]);

    // Authing's side: exactly what its Node SDK sends, with the token the server holds for this cookie.
    expect(mock.requests).toHaveLength(4);
    const [gene, ...polls] = mock.requests;
    expect(gene).toMatchObject({ method: 'POST', url: `${url}/api/v3/gene-fastpass-qrcode-info`, body: { options: { scope: 'openid profile', context: { from: 'account page' } } } });
    for (const request of mock.requests) {
      expect(request.headers).toMatchObject({ authorization: FASTPASS_MOCK_ACCESS_TOKEN, 'x-authing-app-id': FASTPASS_MOCK_APP_ID, 'x-authing-lang': 'en-US' });
      // Nothing of the browser's request goes on: no cookie, no Origin, no Fetch Metadata.
      expect(Object.keys(request.headers).filter((name) => ['cookie', 'origin', 'sec-fetch-site'].includes(name))).toEqual([]);
    }
    expect(gene!.headers['content-type']).toBe('application/json');
    for (const poll of polls) {
      expect(poll).toMatchObject({ method: 'GET', query: { qrcodeId: info.qrcodeId }, body: undefined });
      expect(poll.headers).not.toHaveProperty('content-type');
    }
  });

  it("should send each user's own token: the session cookie decides whose code it is", async () => {
    const handler = handlerFor(authing.server);
    const lisi = await pageClient(browserFetch(handler, { cookie: 'theme=dark; sid=sid-lisi' })).geneFastpassQrcodeInfo();
    expect(lisi.user.displayName).toBe('Li Si');
    expect(authing.server.mock.requests[0]!.headers.authorization).toBe(FASTPASS_MOCK_OTHER_ACCESS_TOKEN);
  });

  it('should pass an empty body on as {} and the qrcodeId URL-encoded, as the client sends them', async () => {
    const handler = handlerFor(authing.server);
    await answer(handler, requestTo('/api/fastpass/api/v3/gene-fastpass-qrcode-info', { method: 'POST', headers: { origin: SITE } }));
    await answer(handler, requestTo(`/api/fastpass/api/v3/get-app-login-qrcode-status?qrcodeId=${encodeURIComponent('a b&c=d')}&other=dropped`));
    const [gene, status] = authing.server.mock.requests;
    expect(gene!.body).toEqual({});
    expect(status!.query).toEqual({ qrcodeId: 'a b&c=d' });
    expect(new URL(status!.url).search).toBe('?qrcodeId=a+b%26c%3Dd');
  });

  it.each([
    ['/api/fastpass/api/v3/gene-fastpass-qrcode-info'],
    ['/anything/api/v3/gene-fastpass-qrcode-info'],
    ['/a/deeply/nested/mount/api/v3/gene-fastpass-qrcode-info'],
    ['/api/v3/gene-fastpass-qrcode-info'],
  ])('should serve the endpoint wherever it is mounted: %s', async (path) => {
    const response = await answer(handlerFor(authing.server), requestTo(path, { method: 'POST', body: '{}', headers: { origin: SITE } }));
    expect(response.status).toBe(200);
    expect((await response.json()).data.qrcodeId).toEqual(expect.any(String));
    expect(authing.server.mock.requests).toHaveLength(1);
  });

  describe('when the page says which language', () => {
    it("should forward the page's x-authing-lang, else the handler's lang, else none", async () => {
      const status = (headers: Record<string, string>, lang?: string) =>
        answer(handlerFor(authing.server, { lang }), requestTo('/api/fastpass/api/v3/get-app-login-qrcode-status?qrcodeId=q', { headers }));
      await status({ 'x-authing-lang': 'ja-JP' }, 'zh-TW');
      await status({}, 'zh-TW');
      await status({});
      await status({ 'x-authing-lang': 'en-US, <script>' }, 'zh-TW');
      expect(authing.server.mock.requests.map((r) => r.headers['x-authing-lang'])).toEqual(['ja-JP', 'zh-TW', undefined, 'zh-TW']);
    });
  });

  describe('when it passes Authing’s answer back', () => {
    it('should keep the status, body, content-type and retry-after, and add no-store', async () => {
      authing.server.mock.fail({ type: 'rate-limit', retryAfterSeconds: 7 });
      const response = await answer(handlerFor(authing.server), requestTo('/api/fastpass/api/v3/get-app-login-qrcode-status?qrcodeId=q'));
      expect(response.status).toBe(429);
      expect(Object.fromEntries(response.headers)).toEqual({
        'content-type': 'application/json',
        'retry-after': '7',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; frame-ancestors 'none'; sandbox",
      });
      expect(await response.json()).toMatchObject({ statusCode: 429, message: 'Too Many Requests' });
    });

    it("should pass Authing's own errors on for the client to read: 401/2020 for a revoked session, a proxy's HTML 502", async () => {
      const { mock } = authing.server;
      const client = pageClient(browserFetch(handlerFor(authing.server)));
      mock.revokeSession(FASTPASS_MOCK_ACCESS_TOKEN);
      await expect(client.geneFastpassQrcodeInfo()).rejects.toMatchObject({ kind: 'unauthorized', statusCode: 401, apiCode: 2020, httpStatus: 200 });
      mock.reset();
      mock.fail({ type: 'html', httpStatus: 502 });
      await expect(client.geneFastpassQrcodeInfo()).rejects.toMatchObject({ kind: 'api', httpStatus: 502 });
      mock.fail({ type: 'envelope-error', statusCode: 500, apiCode: 2224, message: '用户池不存在' });
      await expect(client.geneFastpassQrcodeInfo()).rejects.toMatchObject({ kind: 'api', statusCode: 500, apiCode: 2224, message: expect.stringContaining('用户池不存在') });
    });
  });

  describe('when a request comes from this site, or from no browser', () => {
    const gene = (headers: Record<string, string>) => new Request(`${SITE}/api/fastpass/api/v3/gene-fastpass-qrcode-info`, { method: 'POST', body: '{}', headers: { cookie: 'sid=sid-zhangsan', ...headers } });

    it.each([
      ['Sec-Fetch-Site: same-origin with its Origin', { 'sec-fetch-site': 'same-origin', origin: SITE }],
      ['Sec-Fetch-Site: none (the user typed the address)', { 'sec-fetch-site': 'none' }],
      ['Sec-Fetch-Site: same-origin while a proxy rewrote Host (the browser knows best)', { 'sec-fetch-site': 'same-origin', origin: 'https://www.example.com' }],
      ['no Fetch Metadata and an Origin of the same host (an older browser)', { origin: SITE }],
      ['no Fetch Metadata and an Origin of the same host over https behind a TLS proxy', { origin: 'https://app.example.com' }],
      ['neither Fetch Metadata nor Origin (curl, a server: no victim’s cookie)', {}],
    ])('should let %s through', async (_name, headers) => {
      const response = await answer(handlerFor(authing.server), gene(headers));
      expect(response.status).toBe(200);
      expect(authing.server.mock.requests).toHaveLength(1);
    });

    it('should let an older browser through a proxy that rewrites Host when its origin is in allowedOrigins', async () => {
      const behindProxy = new Request('http://127.0.0.1:3000/api/fastpass/api/v3/gene-fastpass-qrcode-info', {
        method: 'POST',
        body: '{}',
        headers: { cookie: 'sid=sid-zhangsan', origin: 'https://www.example.com' },
      });
      const refused = await answer(handlerFor(authing.server), behindProxy.clone());
      const allowed = await answer(handlerFor(authing.server, { allowedOrigins: ['https://www.example.com/'] }), behindProxy);
      expect([refused.status, allowed.status]).toEqual([403, 200]);
      expect(authing.server.mock.requests).toHaveLength(1);
    });
  });
});
