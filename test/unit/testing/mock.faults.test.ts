// @vitest-environment node
import { createFastpassMock, FASTPASS_MOCK_ACCESS_TOKEN, FASTPASS_MOCK_APP_HOST, FASTPASS_MOCK_APP_ID } from '../../../src/testing';
import { setupServer } from 'msw/node';

const mock = createFastpassMock();
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => mock.reset());
afterAll(() => server.close());

const headers = { authorization: FASTPASS_MOCK_ACCESS_TOKEN, 'x-authing-app-id': FASTPASS_MOCK_APP_ID, 'content-type': 'application/json' };
const gene = (init: RequestInit = {}) =>
  fetch(`${FASTPASS_MOCK_APP_HOST}/api/v3/gene-fastpass-qrcode-info`, { method: 'POST', headers, body: '{}', ...init });
const status = () => fetch(`${FASTPASS_MOCK_APP_HOST}/api/v3/get-app-login-qrcode-status?qrcodeId=x`, { headers });

describe('given fault injection', () => {
  it('should answer 429 with Retry-After and an Authing body', async () => {
    mock.fail({ type: 'rate-limit', retryAfterSeconds: 7 });
    const response = await gene();
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(await response.json()).toMatchObject({ statusCode: 429 });
  });

  it('should answer a 5xx with an envelope of the same statusCode, in the language asked for', async () => {
    mock.fail({ type: 'server-error', httpStatus: 503 });
    const response = await gene({ headers: { ...headers, 'x-authing-lang': 'en-US' } });
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ statusCode: 503, message: 'Internal server error', requestId: expect.any(String) });
  });

  it('should answer an HTML proxy page', async () => {
    mock.fail({ type: 'html' });
    const response = await gene();
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(await response.text()).toContain('<h1>502 Bad Gateway</h1>');
  });

  it('should answer malformed JSON and an empty body', async () => {
    mock.fail({ type: 'malformed-json' });
    mock.fail({ type: 'empty-body' });
    await expect((await gene()).json()).rejects.toThrow(SyntaxError);
    expect(await (await gene()).text()).toBe('');
  });

  it('should answer an envelope error with its apiCode in HTTP 200', async () => {
    mock.fail({ type: 'envelope-error', statusCode: 500, apiCode: 2224, message: '用户池不存在' });
    const response = await gene();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ statusCode: 500, apiCode: 2224, message: '用户池不存在' });
  });

  it('should fail the connection', async () => {
    mock.fail({ type: 'network' });
    await expect(gene()).rejects.toThrow(TypeError);
  });

  it('should hang until the request is aborted', async () => {
    mock.fail({ type: 'hang' });
    const controller = new AbortController();
    const pending = gene({ signal: controller.signal });
    await vi.waitFor(() => expect(mock.requests).toHaveLength(1));
    controller.abort();
    await expect(pending).rejects.toThrow();
    expect(mock.requests[0]!.aborted).toBe(true);
  });

  it('should delay answers by a latency fault and by setLatency', async () => {
    mock.fail({ type: 'latency', ms: 60 });
    let started = performance.now();
    expect((await gene()).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);

    mock.setLatency(40);
    started = performance.now();
    await status();
    expect(performance.now() - started).toBeGreaterThanOrEqual(35);
  });

  it('should target one endpoint and count down `times`', async () => {
    mock.fail({ type: 'server-error' }, { endpoint: 'getAppLoginQrcodeStatus', times: 2 });
    expect((await gene()).status).toBe(200);
    expect((await status()).status).toBe(500);
    expect((await status()).status).toBe(500);
    expect((await status()).status).toBe(200);
  });

  it('should apply queued faults in order', async () => {
    mock.fail({ type: 'rate-limit' });
    mock.fail({ type: 'html' });
    expect((await gene()).status).toBe(429);
    expect((await gene()).status).toBe(502);
    expect((await gene()).status).toBe(200);
  });
});
