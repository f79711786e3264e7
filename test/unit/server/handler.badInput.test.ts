// @vitest-environment node
import { answer, browserFetch, expectSilenceAndNoToken, handlerFor, pageClient, requestTo, setupAuthingOverHttp, SITE, tokenFromSessionCookie } from './harness';

const authing = setupAuthingOverHttp();
expectSilenceAndNoToken();

const GENE = '/api/fastpass/api/v3/gene-fastpass-qrcode-info';
const STATUS = '/api/fastpass/api/v3/get-app-login-qrcode-status';

interface Refusal {
  httpStatus: number;
  statusCode: number;
  message: RegExp;
  apiCode?: number;
  allow?: string;
}

/** Sends one request, checks the refusal, and that neither Authing nor (where said) the session store heard of it. */
async function expectRefused(request: Request, expected: Refusal, { sessionRead = true } = {}) {
  const getAccessToken = vi.fn(tokenFromSessionCookie);
  const response = await answer(handlerFor(authing.server, { getAccessToken }), request);

  expect(response.status).toBe(expected.httpStatus);
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  expect(response.headers.get('allow')).toBe(expected.allow ?? null);
  const body = await response.json();
  expect(body).toEqual({
    statusCode: expected.statusCode,
    message: expect.stringMatching(expected.message),
    requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    ...(expected.apiCode === undefined ? {} : { apiCode: expected.apiCode }),
  });
  expect(authing.server.mock.requests).toEqual([]);
  if (!sessionRead) expect(getAccessToken).not.toHaveBeenCalled();
}

describe('given a request from another site', () => {
  const forbidden = { httpStatus: 403, statusCode: 403, message: /^Forbidden: .*Only pages of this site may call\.$/ };

  it.each([
    ['Sec-Fetch-Site: cross-site, POST', GENE, 'POST', { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' }],
    ['Sec-Fetch-Site: cross-site, GET (an <img> or a no-cors fetch)', `${STATUS}?qrcodeId=q`, 'GET', { 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site: same-site (a sibling subdomain)', GENE, 'POST', { 'sec-fetch-site': 'same-site', origin: 'https://blog.example.com' }],
    ['Sec-Fetch-Site: cross-site with an Origin that claims the site', GENE, 'POST', { 'sec-fetch-site': 'cross-site', origin: SITE }],
    ['no Fetch Metadata and an Origin of another host (an older browser)', GENE, 'POST', { 'sec-fetch-site': '', origin: 'https://evil.example' }],
    ['no Fetch Metadata and Origin: null (a sandboxed frame)', GENE, 'POST', { 'sec-fetch-site': '', origin: 'null' }],
    ['no Fetch Metadata and an Origin of another port', `${STATUS}?qrcodeId=q`, 'GET', { 'sec-fetch-site': '', origin: 'https://app.example.com:8443' }],
  ])('should answer %s with 403, reading no session and sending nothing', async (_name, path, method, headers) => {
    const request = requestTo(path, { method, body: method === 'POST' ? '{}' : null, headers });
    if (headers['sec-fetch-site'] === '') request.headers.delete('sec-fetch-site');
    await expectRefused(request, forbidden, { sessionRead: false });
  });

  it('should refuse an Origin that is not in allowedOrigins, and refuse to start with one that is no origin', async () => {
    const request = requestTo(GENE, { method: 'POST', body: '{}', headers: { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' } });
    const response = await answer(handlerFor(authing.server, { allowedOrigins: ['https://www.example.com'] }), request);
    expect(response.status).toBe(403);
    for (const origin of ['https://www.example.com/path', 'www.example.com', 'null', 'ftp://example.com']) {
      expect(() => handlerFor(authing.server, { allowedOrigins: [origin] })).toThrow(/allowedOrigins holds .* which is not an origin/);
    }
    expect(authing.server.mock.requests).toEqual([]);
  });
});

describe('given no signed-in session', () => {
  const notSignedIn = { httpStatus: 200, statusCode: 401, apiCode: 2020, message: /^Not signed in/ };

  it.each([
    ['no cookie', {}],
    ['a cookie naming no session', { cookie: 'sid=sid-gone' }],
  ])('should answer %s as Authing does (statusCode 401, apiCode 2020 in an HTTP 200), sending nothing', async (_name, headers) => {
    const request = requestTo(GENE, { method: 'POST', body: '{}', headers: { origin: SITE, ...headers } });
    if (!('cookie' in headers)) request.headers.delete('cookie');
    await expectRefused(request, notSignedIn);
  });

  it.each([
    ['null', () => null],
    ['undefined', () => undefined],
    ['an empty string', () => ''],
    ['a promise of null', async () => null],
    ['a throw', () => { throw new Error('the session store is down'); }],
    ['a rejection', async () => { throw new Error('the session store is down'); }],
    ['a value no header can carry', () => 'tok\nen'],
    ['a non-ASCII value', () => 'tökén'],
  ])('should answer getAccessToken giving %s as not signed in, sending nothing', async (_name, getAccessToken) => {
    const response = await answer(handlerFor(authing.server, { getAccessToken }), requestTo(`${STATUS}?qrcodeId=q`));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ statusCode: 401, apiCode: 2020 });
    expect(authing.server.mock.requests).toEqual([]);
  });

  it("should let the page's client see it as kind unauthorized, so that the app's onUnauthorized runs", async () => {
    const client = pageClient(browserFetch(handlerFor(authing.server), { cookie: '' }));
    await expect(client.geneFastpassQrcodeInfo()).rejects.toMatchObject({ kind: 'unauthorized', httpStatus: 200, statusCode: 401, apiCode: 2020 });
    await expect(client.getAppLoginQrCodeStatus({ qrcodeId: 'q' })).rejects.toMatchObject({ kind: 'unauthorized' });
    expect(authing.server.mock.requests).toEqual([]);
  });
});

describe('given another path or another method', () => {
  it.each([
    // The token app's endpoints sign a phone in with the user's token: never through here.
    ['/api/fastpass/api/v3/qrcode-app-login', 'POST'],
    ['/api/fastpass/api/v3/get-fastpass-client-apps?qrcodeId=q&appId=a', 'GET'],
    ['/api/fastpass/api/v3/change-qrcode-status', 'POST'],
    ['/api/fastpass/api/v3/get-profile', 'GET'],
    ['/api/fastpass/', 'GET'],
    [`${GENE}/`, 'POST'],
    [`${GENE}-and-more`, 'POST'],
    [`${GENE}/../get-profile`, 'GET'],
  ])('should answer %s with 404, reading no session and sending nothing', async (path, method) => {
    await expectRefused(requestTo(path, { method, body: method === 'POST' ? '{}' : null, headers: { origin: SITE } }), {
      httpStatus: 404,
      statusCode: 404,
      message: /^Not found: this handler answers/,
    }, { sessionRead: false });
  });

  it.each([
    [GENE, 'GET', 'POST'],
    [GENE, 'PUT', 'POST'],
    [GENE, 'OPTIONS', 'POST'],
    [`${STATUS}?qrcodeId=q`, 'POST', 'GET'],
    [`${STATUS}?qrcodeId=q`, 'HEAD', 'GET'],
    [`${STATUS}?qrcodeId=q`, 'DELETE', 'GET'],
  ])('should answer %s %s with 405 and allow: %s, reading no session and sending nothing', async (path, method, allow) => {
    const request = requestTo(path, { method, body: ['POST', 'PUT'].includes(method) ? '{}' : null, headers: { origin: SITE } });
    if (method === 'HEAD') {
      // A HEAD answer has no body to read: its status and allow say it all.
      const response = await answer(handlerFor(authing.server), request);
      expect([response.status, response.headers.get('allow'), authing.server.mock.requests]).toEqual([405, allow, []]);
      return;
    }
    await expectRefused(request, { httpStatus: 405, statusCode: 405, message: new RegExp(`^Method not allowed: .* takes ${allow}\\.$`), allow }, { sessionRead: false });
  });
});

describe('given bad input', () => {
  const badRequest = (message: RegExp) => ({ httpStatus: 400, statusCode: 400, message });
  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    requestTo(GENE, { method: 'POST', body, headers: { origin: SITE, 'content-type': 'application/json', ...headers } });

  it.each([
    ['a body that is not JSON', '{"options":', /^Bad request: The body is not JSON\.$/],
    ['a body that is not UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), /^Bad request: The body is not UTF-8 text\.$/],
    ['a JSON array', '[]', /^Bad request: Invalid body: expected object\.$/],
    ['a JSON string', '"openid"', /^Bad request: Invalid body: expected object\.$/],
    ['null', 'null', /^Bad request: Invalid body: expected object\.$/],
    ['options that are a string', '{"options":"openid"}', /^Bad request: Invalid body: options: expected object\.$/],
    ['options that are null', '{"options":null}', /^Bad request: Invalid body: options: expected object\.$/],
    ['a scope that is a number', '{"options":{"scope":42}}', /^Bad request: Invalid body: options\.scope: expected string\.$/],
    ['a scope without openid', '{"options":{"scope":"profile email"}}', /^Bad request: Invalid body: options\.scope: scope must contain "openid"/],
    ['a context that is an array', '{"options":{"context":[1,2]}}', /^Bad request: Invalid body: options\.context: expected object\.$/],
    ['customData that is a string', '{"options":{"customData":"x"}}', /^Bad request: Invalid body: options\.customData: expected object\.$/],
  ])('should answer %s with 400, sending nothing', async (_name, body, message) => {
    await expectRefused(post(body), badRequest(message));
  });

  it('should answer 400, not forward an empty body, when getAccessToken read the body first', async () => {
    const getAccessToken = async (request: Request) => (await request.text(), tokenFromSessionCookie(request));
    const response = await answer(handlerFor(authing.server, { getAccessToken }), post('{"options":{"scope":"openid"}}'));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ statusCode: 400, message: 'Bad request: The body could not be read.' });
    expect(authing.server.mock.requests).toEqual([]);
  });

  it('should name the field and never repeat the value sent', async () => {
    const response = await answer(handlerFor(authing.server), post('{"options":{"scope":"<img src=x onerror=alert(1)>"}}'));
    expect(response.status).toBe(400);
    expect(await response.text()).not.toContain('<img');
  });

  it.each([
    ['missing', STATUS],
    ['empty', `${STATUS}?qrcodeId=`],
    ['given twice', `${STATUS}?qrcodeId=a&qrcodeId=b`],
  ])('should answer a qrcodeId that is %s with 400, sending nothing', async (_name, path) => {
    await expectRefused(requestTo(path), badRequest(/^Bad request: give exactly one non-empty qrcodeId\.$/));
  });

  it('should answer a body over maxBodyBytes with 413, declared or streamed, reading no further', async () => {
    const big = JSON.stringify({ options: { context: { blob: 'x'.repeat(2_000) } } });
    const handler = handlerFor(authing.server, { maxBodyBytes: 1_024 });
    const declared = await answer(handler, post(big));
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new TextEncoder().encode(big.slice(0, 512)));
        if (pulled === 1_000) controller.close();
      },
    });
    const streamed = await answer(handler, new Request(`${SITE}${GENE}`, { method: 'POST', body: stream, duplex: 'half', headers: { cookie: 'sid=sid-zhangsan', origin: SITE } } as RequestInit));

    for (const response of [declared, streamed]) {
      expect(response.status).toBe(413);
      expect(await response.json()).toMatchObject({ statusCode: 413, message: 'Bad request: The body is larger than 1024 bytes.' });
    }
    expect(pulled).toBeLessThan(10);
    expect(authing.server.mock.requests).toEqual([]);
  });

  it('should let the page’s client read a refusal as kind api with the HTTP status', async () => {
    const handler = handlerFor(authing.server);
    const crossSite = pageClient(browserFetch(handler, { site: 'cross-site' }));
    await expect(crossSite.geneFastpassQrcodeInfo()).rejects.toMatchObject({ kind: 'api', httpStatus: 403, statusCode: 403 });
    expect(authing.server.mock.requests).toEqual([]);
  });
});

describe('given a configuration that cannot work', () => {
  it.each([
    [{ appHost: '/api/fastpass' }, /appHost must be Authing's absolute URL/],
    [{ appHost: 'example.authing.cn' }, /appHost must be Authing's absolute URL/],
    [{ appId: '' }, /appId is required/],
    [{ getAccessToken: undefined }, /getAccessToken\(request\) is required/],
    [{ timeoutMs: 0 }, /timeoutMs must be a positive number/],
    [{ timeoutMs: Number.NaN }, /timeoutMs must be a positive number/],
    [{ maxBodyBytes: 1.5 }, /maxBodyBytes must be a positive integer/],
  ])('should refuse %o when the handler is created', (overrides, message) => {
    expect(() => handlerFor(authing.server, overrides as never)).toThrow(message);
  });
});
