// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://app.example.com/account/settings?tab=security" }
import { createFastpassClient } from '../../../src/api/client';
import { FASTPASS_MOCK_APP_ID } from '../../../src/testing';
import { setupMockAuthing } from '../../utils/mockServer';

const { mock } = setupMockAuthing();

describe('given an appHost that is a path on the page’s own site, in a browser', () => {
  it.each([
    ['/api/fastpass', 'https://app.example.com/api/fastpass'],
    ['/api/fastpass/', 'https://app.example.com/api/fastpass'],
    ['/', 'https://app.example.com'],
  ])('should resolve %s against location.href and call %s/api/v3/…', async (appHost, base) => {
    const client = createFastpassClient({ appHost, appId: FASTPASS_MOCK_APP_ID });

    await client.geneFastpassQrcodeInfo().catch(() => {});
    await client.getAppLoginQrCodeStatus({ qrcodeId: 'a b&c' }).catch(() => {});

    expect(mock.requests.map((r) => r.url)).toEqual([
      `${base}/api/v3/gene-fastpass-qrcode-info`,
      `${base}/api/v3/get-app-login-qrcode-status?qrcodeId=a+b%26c`,
    ]);
  });

  it('should read location at request time, so a client built before navigation follows the page', async () => {
    const client = createFastpassClient({ appHost: '/api/fastpass', appId: FASTPASS_MOCK_APP_ID });
    window.history.pushState({}, '', '/somewhere/else');

    await client.geneFastpassQrcodeInfo().catch(() => {});

    expect(window.location.pathname).toBe('/somewhere/else');
    expect(mock.requests[0]!.url).toBe('https://app.example.com/api/fastpass/api/v3/gene-fastpass-qrcode-info');
  });
});
