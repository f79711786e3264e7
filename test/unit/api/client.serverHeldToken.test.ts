// @vitest-environment node
import { createFastpassClient } from '../../../src/api/client';
import { FASTPASS_MOCK_ACCESS_TOKEN, FASTPASS_MOCK_APP_HOST, FASTPASS_MOCK_APP_ID } from '../../../src/testing';
import { setupMockAuthing } from '../../utils/mockServer';

const { mock } = setupMockAuthing();

/** A fetch that records how each request was built (credentials are not on the wire), then sends it. */
function recordingFetch() {
  const seen: Request[] = [];
  const send: typeof fetch = (input, init) => {
    seen.push(new Request(input, init));
    return fetch(input, init);
  };
  return { seen, send };
}

describe('given a client with no getAccessToken (a server in front of Authing holds the token)', () => {
  it('should send no authorization header at all, the rest as the Node SDK does', async () => {
    const client = createFastpassClient({ appHost: FASTPASS_MOCK_APP_HOST, appId: FASTPASS_MOCK_APP_ID, lang: 'en-US' });

    // The mock is Authing itself here, so without a token it answers 401/2020: what a server in front avoids.
    await expect(client.geneFastpassQrcodeInfo({ options: { scope: 'openid' } })).rejects.toMatchObject({ kind: 'unauthorized', apiCode: 2020 });

    expect(mock.requests).toHaveLength(1);
    const { headers, body } = mock.requests[0]!;
    expect(headers).not.toHaveProperty('authorization');
    expect(headers).toMatchObject({ 'x-authing-app-id': FASTPASS_MOCK_APP_ID, 'x-authing-lang': 'en-US', 'content-type': 'application/json' });
    expect(body).toEqual({ options: { scope: 'openid' } });
  });

  it("should send the page's cookies to its own origin only (credentials: same-origin), with or without a token", async () => {
    const withoutToken = recordingFetch();
    const withToken = recordingFetch();
    await createFastpassClient({ appHost: FASTPASS_MOCK_APP_HOST, appId: FASTPASS_MOCK_APP_ID, fetch: withoutToken.send })
      .getAppLoginQrCodeStatus({ qrcodeId: 'qr-1' })
      .catch(() => {});
    await createFastpassClient({ appHost: FASTPASS_MOCK_APP_HOST, appId: FASTPASS_MOCK_APP_ID, fetch: withToken.send, getAccessToken: () => FASTPASS_MOCK_ACCESS_TOKEN })
      .getAppLoginQrCodeStatus({ qrcodeId: 'qr-1' })
      .catch(() => {});

    expect(withoutToken.seen.map((r) => r.credentials)).toEqual(['same-origin']);
    expect(withToken.seen.map((r) => r.credentials)).toEqual(['same-origin']);
    expect(withToken.seen[0]!.headers.get('authorization')).toBe(FASTPASS_MOCK_ACCESS_TOKEN);
    expect(withoutToken.seen[0]!.headers.has('authorization')).toBe(false);
  });

  it('should still fail as unauthorized and send nothing when a getter is given and yields no token', async () => {
    const client = createFastpassClient({ appHost: FASTPASS_MOCK_APP_HOST, appId: FASTPASS_MOCK_APP_ID, getAccessToken: () => null });
    await expect(client.geneFastpassQrcodeInfo()).rejects.toMatchObject({ kind: 'unauthorized' });
    expect(mock.requests).toEqual([]);
  });
});

describe('given an appHost that is a path, where there is no page (a server)', () => {
  it('should build the client (a server renders the provider and sends nothing), and reject a request with a TypeError, sending nothing', async () => {
    const getAccessToken = vi.fn(() => FASTPASS_MOCK_ACCESS_TOKEN);
    const client = createFastpassClient({ appHost: '/api/fastpass', appId: FASTPASS_MOCK_APP_ID, getAccessToken });

    const error = await client.geneFastpassQrcodeInfo().catch((e: unknown) => e);

    expect(error).toBeInstanceOf(TypeError);
    expect((error as TypeError).message).toMatch(/appHost "\/api\/fastpass" is a path.*no page here.*Nothing was sent/);
    await expect(client.getAppLoginQrCodeStatus({ qrcodeId: 'qr-1' })).rejects.toThrow(TypeError);
    expect(getAccessToken).not.toHaveBeenCalled();
    expect(mock.requests).toEqual([]);
  });
});

describe('given an appHost that is neither an http(s) URL nor a path', () => {
  it.each(['example.authing.cn', 'localhost:3000', 'api/fastpass', 'ftp://example.authing.cn'])('should refuse %s when the client is created', (appHost) => {
    expect(() => createFastpassClient({ appHost, appId: FASTPASS_MOCK_APP_ID })).toThrow(
      new RegExp(`appHost must be an http\\(s\\) URL or a path starting with "/", not "${appHost}"`),
    );
  });
});
