// @vitest-environment node
import { AuthenticationClient, Models } from 'authing-node-sdk';
import {
  createFastpassMockServer,
  FASTPASS_MOCK_ACCESS_TOKEN,
  FASTPASS_MOCK_APP_ACCESS_TOKEN,
  FASTPASS_MOCK_APP_ID,
  FASTPASS_MOCK_RELATION_APPS,
  type FastpassMockServer,
} from '../../../src/testing/node';

// Authing's own Node SDK (authing-node-sdk 4.x), pointed at the mock server, follows the Fastpass flow
// with the methods it ships: geneFastpassQrcodeInfo and getAppLoginQrCodeStatus on the web side,
// getFastpassParams and qrCodeAppLogin on the token app's. The SDK sends axios requests; the mock must
// read them as Authing does.
let server: FastpassMockServer;
beforeAll(async () => {
  server = await createFastpassMockServer();
});
beforeEach(() => {
  // axios would send loopback requests through a proxy named in the environment.
  vi.stubEnv('no_proxy', '127.0.0.1,localhost');
  vi.stubEnv('NO_PROXY', '127.0.0.1,localhost');
});
afterEach(() => {
  vi.unstubAllEnvs();
  server.mock.reset();
});
afterAll(() => server.close());

/** An SDK client as an application would build it; `none` because a SPA-style app has no secret to send. */
const sdkFor = (accessToken?: string) =>
  new AuthenticationClient({ appId: FASTPASS_MOCK_APP_ID, appHost: server.url, accessToken, tokenEndPointAuthMethod: 'none', timeout: 3_000 });

describe("given Authing's Node SDK pointed at the mock server", () => {
  it('should follow the whole Fastpass flow: code, PENDING, the token app signs in, AUTHORIZED', async () => {
    const web = sdkFor(FASTPASS_MOCK_ACCESS_TOKEN);
    const tokenApp = sdkFor(FASTPASS_MOCK_APP_ACCESS_TOKEN);

    const created = await web.geneFastpassQrcodeInfo({ options: { scope: 'openid profile' } });
    expect(created).toMatchObject({ statusCode: 200, data: { appId: FASTPASS_MOCK_APP_ID, apiHost: server.url, user: { displayName: '张三' } } });
    const qrcodeId = created.data!.qrcodeId;

    expect(await web.getAppLoginQrCodeStatus({ qrcodeId })).toMatchObject({ statusCode: 200, data: { status: 'PENDING' } });

    const apps = await tokenApp.getFastpassParams({ qrcodeId, appId: FASTPASS_MOCK_APP_ID });
    expect(apps.data?.relationApps?.map((app) => app.name)).toEqual(FASTPASS_MOCK_RELATION_APPS.map((app) => app.name));

    const signedIn = await tokenApp.qrCodeAppLogin({ qrcodeId, action: Models.AppQRCodeLoginDto.action.APP_LOGIN });
    expect(signedIn).toMatchObject({
      statusCode: 200,
      data: { access_token: `mock-fastpass-access-token-${qrcodeId}`, id_token: expect.any(String), token_type: 'Bearer', expires_in: expect.any(Number) },
    });

    expect(await web.getAppLoginQrCodeStatus({ qrcodeId })).toMatchObject({ statusCode: 200, data: { status: 'AUTHORIZED', ticket: expect.any(String) } });

    // What went over the wire: the SDK's headers (raw token, app id) and bodies, as the mock read them.
    expect(server.mock.requests.map((r) => [r.endpoint, r.method, r.headers.authorization, r.headers['x-authing-app-id']])).toEqual([
      ['geneFastpassQrcodeInfo', 'POST', FASTPASS_MOCK_ACCESS_TOKEN, FASTPASS_MOCK_APP_ID],
      ['getAppLoginQrcodeStatus', 'GET', FASTPASS_MOCK_ACCESS_TOKEN, FASTPASS_MOCK_APP_ID],
      ['getFastpassClientApps', 'GET', FASTPASS_MOCK_APP_ACCESS_TOKEN, FASTPASS_MOCK_APP_ID],
      ['qrcodeAppLogin', 'POST', FASTPASS_MOCK_APP_ACCESS_TOKEN, FASTPASS_MOCK_APP_ID],
      ['getAppLoginQrcodeStatus', 'GET', FASTPASS_MOCK_ACCESS_TOKEN, FASTPASS_MOCK_APP_ID],
    ]);
    const [gene, , clientApps, appLogin] = server.mock.requests;
    expect(gene).toMatchObject({ body: { options: { scope: 'openid profile' } }, headers: { 'content-type': expect.stringContaining('application/json') } });
    expect(gene!.headers['user-agent']).toMatch(/axios/);
    expect(clientApps!.query).toEqual({ qrcodeId, appId: FASTPASS_MOCK_APP_ID });
    expect(appLogin!.body).toEqual({ qrcodeId, action: 'APP_LOGIN' });
  });

  it("should give the SDK Authing's envelopes for a missing token, a bad body and a code used twice", async () => {
    expect(await sdkFor().geneFastpassQrcodeInfo({})).toMatchObject({ statusCode: 401, apiCode: 2020 });

    const web = sdkFor(FASTPASS_MOCK_ACCESS_TOKEN);
    // Typed away on purpose: what a JavaScript caller of the SDK can send.
    expect(await web.geneFastpassQrcodeInfo({ options: 'openid' as never })).toMatchObject({ statusCode: 400 });
    expect(server.mock.codes()).toEqual([]);

    const qrcodeId = (await web.geneFastpassQrcodeInfo({})).data!.qrcodeId;
    const tokenApp = sdkFor(FASTPASS_MOCK_APP_ACCESS_TOKEN);
    expect((await tokenApp.qrCodeAppLogin({ qrcodeId, action: Models.AppQRCodeLoginDto.action.APP_LOGIN })).statusCode).toBe(200);
    expect(await tokenApp.qrCodeAppLogin({ qrcodeId, action: Models.AppQRCodeLoginDto.action.APP_LOGIN })).toMatchObject({
      statusCode: 400,
      message: expect.stringContaining('AUTHORIZED'),
    });
  });
});
