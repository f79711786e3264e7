import { setupWorker } from 'msw/browser';
import { createFastpassClient } from '../../src/api/client';
import {
  createFastpassMock,
  FASTPASS_MOCK_ACCESS_TOKEN,
  FASTPASS_MOCK_APP_HOST,
  FASTPASS_MOCK_APP_ID,
  FASTPASS_MOCK_USER,
} from '../../src/testing';

// The same mock that tests use under msw/node, here behind a real service worker in Chromium.
const mock = createFastpassMock();
const worker = setupWorker(...mock.handlers);

beforeAll(async () => {
  await worker.start({ quiet: true, onUnhandledRequest: 'error' });
});
afterEach(() => mock.reset());
afterAll(() => worker.stop());

const client = createFastpassClient({
  appHost: FASTPASS_MOCK_APP_HOST,
  appId: FASTPASS_MOCK_APP_ID,
  getAccessToken: () => FASTPASS_MOCK_ACCESS_TOKEN,
  lang: 'zh-CN',
});

describe('given the mock Authing behind a service worker in Chromium', () => {
  it('should serve a whole round trip: code, scan, confirm', async () => {
    const info = await client.geneFastpassQrcodeInfo({ options: { scope: 'openid profile' } });
    expect(info.user).toEqual(FASTPASS_MOCK_USER);
    expect(await client.getAppLoginQrCodeStatus({ qrcodeId: info.qrcodeId })).toEqual({ status: 'PENDING' });

    mock.scan();
    expect(await client.getAppLoginQrCodeStatus({ qrcodeId: info.qrcodeId })).toMatchObject({ status: 'SCANNED' });
    mock.confirm();
    expect(await client.getAppLoginQrCodeStatus({ qrcodeId: info.qrcodeId })).toMatchObject({ status: 'AUTHORIZED' });

    const [gene] = mock.requests;
    expect(gene).toMatchObject({
      method: 'POST',
      body: { options: { scope: 'openid profile' } },
      headers: expect.objectContaining({
        authorization: FASTPASS_MOCK_ACCESS_TOKEN,
        'x-authing-app-id': FASTPASS_MOCK_APP_ID,
        'x-authing-lang': 'zh-CN',
        'content-type': 'application/json',
      }),
    });
  });

  it('should inject faults the browser client sees as typed errors', async () => {
    mock.fail({ type: 'rate-limit', retryAfterSeconds: 2 });
    await expect(client.geneFastpassQrcodeInfo()).rejects.toMatchObject({ kind: 'api', httpStatus: 429, retryAfterMs: 2000 });
    mock.fail({ type: 'html' });
    await expect(client.geneFastpassQrcodeInfo()).rejects.toMatchObject({ kind: 'api', httpStatus: 502 });
    mock.fail({ type: 'network' });
    await expect(client.geneFastpassQrcodeInfo()).rejects.toMatchObject({ kind: 'network' });
  });

  it('should time out a hanging request in the browser too', async () => {
    mock.fail({ type: 'hang' });
    const slow = createFastpassClient({ appHost: FASTPASS_MOCK_APP_HOST, appId: FASTPASS_MOCK_APP_ID, getAccessToken: () => FASTPASS_MOCK_ACCESS_TOKEN, timeoutMs: 100 });
    await expect(slow.geneFastpassQrcodeInfo()).rejects.toMatchObject({ kind: 'timeout' });
  });
});
