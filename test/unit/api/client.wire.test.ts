// @vitest-environment node
import { http, HttpResponse } from 'msw';
import { createFastpassClient } from '../../../src/api/client';
import {
  FASTPASS_MOCK_ACCESS_TOKEN,
  FASTPASS_MOCK_APP_HOST,
  FASTPASS_MOCK_APP_ID,
  FASTPASS_MOCK_USER,
  FASTPASS_MOCK_USERPOOL,
} from '../../../src/testing';
import { createMockClient } from '../../utils/mockClient';
import { setupMockAuthing } from '../../utils/mockServer';

const { mock, server } = setupMockAuthing();

const client = createMockClient;

describe('given createFastpassClient', () => {
  describe('when it asks for a Fastpass QR code', () => {
    it('should POST an empty JSON object with the headers the Node SDK sends', async () => {
      const info = await client().geneFastpassQrcodeInfo();

      expect(mock.requests).toHaveLength(1);
      const request = mock.requests[0]!;
      expect(request).toMatchObject({
        method: 'POST',
        url: `${FASTPASS_MOCK_APP_HOST}/api/v3/gene-fastpass-qrcode-info`,
        query: {},
        body: {},
      });
      expect(request.headers['content-type']).toBe('application/json');
      expect(request.headers['x-authing-app-id']).toBe(FASTPASS_MOCK_APP_ID);
      // The raw token with no "Bearer " prefix, as authing-node-sdk sends it.
      expect(request.headers.authorization).toBe(FASTPASS_MOCK_ACCESS_TOKEN);
      expect(request.headers).not.toHaveProperty('x-authing-lang');

      expect(info).toMatchObject({
        scene: 'FASTPASS',
        apiHost: FASTPASS_MOCK_APP_HOST,
        appId: FASTPASS_MOCK_APP_ID,
        user: FASTPASS_MOCK_USER,
        userpool: FASTPASS_MOCK_USERPOOL,
      });
      expect(info.qrcodeId).toBe(mock.latestCode()?.qrcodeId);
    });

    it('should send the options as {"options": …} and x-authing-lang when configured', async () => {
      const options = { scope: 'openid profile', context: { source: 'utm' }, customData: { school: 'pku' } };
      await client({ lang: 'en-US' }).geneFastpassQrcodeInfo({ options });

      const request = mock.requests[0]!;
      expect(request.body).toEqual({ options });
      expect(request.headers['x-authing-lang']).toBe('en-US');
    });

    it('should await an async token getter and send its token', async () => {
      await client({ getAccessToken: async () => FASTPASS_MOCK_ACCESS_TOKEN }).geneFastpassQrcodeInfo();
      expect(mock.requests[0]!.headers.authorization).toBe(FASTPASS_MOCK_ACCESS_TOKEN);
    });

    it('should reject a scope without openid with a clear error and send nothing', async () => {
      await expect(client().geneFastpassQrcodeInfo({ options: { scope: 'profile email' } })).rejects.toThrow(
        /scope must contain "openid".*Nothing was sent/,
      );
      expect(mock.requests).toHaveLength(0);
    });

    it('should return the data exactly as the server sent it, unknown fields and key order included', async () => {
      const data = {
        userpool: FASTPASS_MOCK_USERPOOL,
        qrcodeId: 'qr-1',
        futureField: { nested: [1, 2] },
        scene: 'FASTPASS',
        apiHost: 'https://example.authing.cn',
        user: { ...FASTPASS_MOCK_USER, extra: true },
        appId: FASTPASS_MOCK_APP_ID,
      };
      server.use(
        http.post('*/api/v3/gene-fastpass-qrcode-info', () => HttpResponse.json({ statusCode: 200, message: 'ok', data })),
      );
      const info = await client().geneFastpassQrcodeInfo();
      expect(JSON.stringify(info)).toBe(JSON.stringify(data));
    });
  });

  describe('when it asks for a code status', () => {
    it('should GET with the qrcodeId in the query, no body and no content-type', async () => {
      const { qrcodeId } = await client().geneFastpassQrcodeInfo();
      const status = await client().getAppLoginQrCodeStatus({ qrcodeId });

      const request = mock.requests[1]!;
      expect(request.method).toBe('GET');
      expect(request.path).toBe('/api/v3/get-app-login-qrcode-status');
      expect(request.query).toEqual({ qrcodeId });
      expect(request.body).toBeUndefined();
      expect(request.headers).not.toHaveProperty('content-type');
      expect(request.headers['x-authing-app-id']).toBe(FASTPASS_MOCK_APP_ID);
      expect(request.headers.authorization).toBe(FASTPASS_MOCK_ACCESS_TOKEN);
      expect(status).toEqual({ status: 'PENDING' });
    });

    it('should URL-encode characters that would break the query string', async () => {
      const qrcodeId = 'a b&c=d/é?#+';
      // The mock knows no such code: it answers 404 in the envelope, after recording what it received.
      await expect(client().getAppLoginQrCodeStatus({ qrcodeId })).rejects.toMatchObject({ kind: 'api', statusCode: 404 });
      const url = new URL(mock.requests[0]!.url);
      expect(url.search).toBe('?qrcodeId=a+b%26c%3Dd%2F%C3%A9%3F%23%2B');
      expect(mock.requests[0]!.query).toEqual({ qrcodeId });
    });
  });

  describe('given an appHost with a trailing slash or a path prefix', () => {
    it.each([
      ['https://fastpass-demo.authing.cn/', 'https://fastpass-demo.authing.cn/api/v3/gene-fastpass-qrcode-info'],
      ['https://fastpass-demo.authing.cn///', 'https://fastpass-demo.authing.cn/api/v3/gene-fastpass-qrcode-info'],
      ['https://gw.example.com/authing', 'https://gw.example.com/authing/api/v3/gene-fastpass-qrcode-info'],
      ['https://gw.example.com/authing/', 'https://gw.example.com/authing/api/v3/gene-fastpass-qrcode-info'],
    ])('should call %s at %s', async (appHost, expectedUrl) => {
      await client({ appHost }).geneFastpassQrcodeInfo();
      expect(mock.requests[0]!.url).toBe(expectedUrl);
    });
  });

  describe('given a custom fetch', () => {
    it('should send through it', async () => {
      const calls: string[] = [];
      const customFetch: typeof fetch = (input, init) => {
        calls.push(String(input));
        return fetch(input, init);
      };
      await client({ fetch: customFetch }).geneFastpassQrcodeInfo();
      expect(calls).toEqual([`${FASTPASS_MOCK_APP_HOST}/api/v3/gene-fastpass-qrcode-info`]);
    });
  });

  describe('given bad configuration', () => {
    it('should say which setting is missing', () => {
      expect(() => createFastpassClient({ appHost: '', appId: 'x', getAccessToken: () => 't' })).toThrow(/appHost is required/);
      expect(() => createFastpassClient({ appHost: 'https://x', appId: '', getAccessToken: () => 't' })).toThrow(/appId is required/);
    });

    it('should reject an empty qrcodeId and send nothing', async () => {
      await expect(client().getAppLoginQrCodeStatus({ qrcodeId: '' })).rejects.toThrow(/non-empty qrcodeId/);
      expect(mock.requests).toHaveLength(0);
    });
  });
});
