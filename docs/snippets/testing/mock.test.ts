// @vitest-environment node
import { setupServer } from 'msw/node';
import { createFastpassClient, isFastpassError } from 'react-fastpass-qrcode';
import {
  createFastpassMock,
  FASTPASS_MOCK_ACCESS_TOKEN,
  FASTPASS_MOCK_APP_HOST,
  FASTPASS_MOCK_APP_ID,
  FASTPASS_MOCK_OTHER_USER,
} from 'react-fastpass-qrcode/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

// The mock's controls, driven here through the library's client (what the card calls under the hood).
const mock = createFastpassMock(); // options: lifetimeMs, latencyMs, sessions, now, maxRequests, …
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => mock.reset()); // forgets codes, requests and faults
afterAll(() => server.close());

const client = createFastpassClient({ appHost: FASTPASS_MOCK_APP_HOST, appId: FASTPASS_MOCK_APP_ID, getAccessToken: () => FASTPASS_MOCK_ACCESS_TOKEN });

describe("given the mock Authing's controls", () => {
  it('should play the token app: scan (by whom you say), then confirm or cancel', async () => {
    const { qrcodeId } = await client.geneFastpassQrcodeInfo();
    expect((await client.getAppLoginQrCodeStatus({ qrcodeId })).status).toBe('PENDING');

    mock.scan(qrcodeId, FASTPASS_MOCK_OTHER_USER); // no id: the newest code; no one: the code's own user
    expect(await client.getAppLoginQrCodeStatus({ qrcodeId })).toMatchObject({ status: 'SCANNED', briefUserInfo: { displayName: 'Li Si' } });
    mock.confirm(qrcodeId);
    expect(await client.getAppLoginQrCodeStatus({ qrcodeId })).toMatchObject({ status: 'AUTHORIZED', ticket: expect.any(String) });

    const second = await client.geneFastpassQrcodeInfo();
    mock.cancel(); // the newest code
    expect((await client.getAppLoginQrCodeStatus({ qrcodeId: second.qrcodeId })).status).toBe('CANCELLED');
    const third = await client.geneFastpassQrcodeInfo();
    mock.expire(third.qrcodeId); // the code lapses now, whatever its lifetime
    expect(mock.codes().map((code) => code.status)).toEqual(['AUTHORIZED', 'CANCELLED', 'EXPIRED']);
    // A move the token app could not make throws, naming the code and its status.
    expect(() => mock.scan(second.qrcodeId)).toThrow(/CANCELLED/);
  });

  it("should answer with a fault for as many requests as you say, as Authing's answers do", async () => {
    mock.fail({ type: 'rate-limit', retryAfterSeconds: 2 }, { endpoint: 'geneFastpassQrcodeInfo', times: 1 });
    const error: unknown = await client.geneFastpassQrcodeInfo().catch((caught: unknown) => caught);
    expect(isFastpassError(error) && { kind: error.kind, httpStatus: error.httpStatus, retryAfterMs: error.retryAfterMs }).toEqual({
      kind: 'api',
      httpStatus: 429,
      retryAfterMs: 2_000,
    });
    await expect(client.geneFastpassQrcodeInfo()).resolves.toMatchObject({ appId: FASTPASS_MOCK_APP_ID }); // the next one passes
  });

  it('should record every request: method, path, query, headers and body', async () => {
    const { qrcodeId } = await client.geneFastpassQrcodeInfo({ options: { scope: 'openid profile' } });
    await client.getAppLoginQrCodeStatus({ qrcodeId });
    expect(mock.requests.map(({ method, path, query, body }) => ({ method, path, query, body }))).toEqual([
      { method: 'POST', path: '/api/v3/gene-fastpass-qrcode-info', query: {}, body: { options: { scope: 'openid profile' } } },
      { method: 'GET', path: '/api/v3/get-app-login-qrcode-status', query: { qrcodeId }, body: undefined },
    ]);
    expect(mock.requests.every((request) => request.headers.authorization === FASTPASS_MOCK_ACCESS_TOKEN)).toBe(true);
  });
});
