// @vitest-environment node
import { setupServer } from 'msw/node';
import { createFastpassMock, FASTPASS_MOCK_ACCESS_TOKEN, FASTPASS_MOCK_APP_HOST, FASTPASS_MOCK_APP_ID, FASTPASS_MOCK_USER } from '../../../src/testing';
import { BAD_INPUT_CASES, NOT_SIGNED_IN_BY_LANG, sendCase } from './badInput.cases';

const BROKEN_TOKEN = 'mock-access-token-broken';
let brokenUserReads = 0;
const mock = createFastpassMock({
  sessions: {
    [FASTPASS_MOCK_ACCESS_TOKEN]: FASTPASS_MOCK_USER,
    'mock-token-app-access-token': FASTPASS_MOCK_USER,
    // A session whose user throws when the handler copies it: a stand-in for any bug inside a handler.
    [BROKEN_TOKEN]: {
      id: 'broken',
      get displayName(): string {
        brokenUserReads += 1;
        throw new Error('this user cannot be read');
      },
      photo: '',
    },
  },
});
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => mock.reset());
afterAll(() => server.close());

const gene = (init: RequestInit & { token?: string; lang?: string } = {}) =>
  fetch(`${FASTPASS_MOCK_APP_HOST}/api/v3/gene-fastpass-qrcode-info`, {
    method: 'POST',
    headers: {
      authorization: init.token ?? FASTPASS_MOCK_ACCESS_TOKEN,
      'x-authing-app-id': FASTPASS_MOCK_APP_ID,
      'content-type': 'application/json',
      ...(init.lang ? { 'x-authing-lang': init.lang } : {}),
    },
    body: init.body ?? '{}',
  });

describe('given the in-process mock and bad input', () => {
  it.each(BAD_INPUT_CASES.map((c) => [c.name, c] as const))('should answer %s as Authing does, and change nothing', async (_name, testCase) => {
    const { qrcodeId } = (await (await gene()).json()).data as { qrcodeId: string };

    const response = await sendCase(FASTPASS_MOCK_APP_HOST, testCase, qrcodeId);

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ...testCase.expected, requestId: expect.any(String) });
    expect(mock.codes()).toEqual([expect.objectContaining({ qrcodeId, status: 'PENDING' })]);
    expect(mock.requests.at(-1)).toMatchObject({ method: testCase.method, answeredAt: expect.any(Number) });
  });

  it('should still mint a code for an empty body, no options, null options and a scope with openid', async () => {
    for (const body of ['', '{}', '{"options":null}', '{"options":{"scope":"openid profile","context":{"a":1},"customData":{}}}']) {
      const json = await (await gene({ body })).json();
      expect(json, body).toMatchObject({ statusCode: 200, data: { qrcodeId: expect.any(String) } });
    }
    expect(mock.codes()).toHaveLength(4);
  });

  it.each(NOT_SIGNED_IN_BY_LANG)('should speak %s through x-authing-lang', async (lang, message) => {
    const json = await (await gene({ token: 'nobody', lang })).json();
    expect(json).toMatchObject({ statusCode: 401, apiCode: 2020, message });
  });

  it('should answer an unknown language in zh-CN, and a lower-case one in its language', async () => {
    expect((await (await gene({ token: 'nobody', lang: 'fr-FR' })).json()).message).toBe('尚未登录，无访问权限');
    expect((await (await gene({ token: 'nobody', lang: 'ja-jp' })).json()).message).toBe(NOT_SIGNED_IN_BY_LANG[3]![1]);
  });

  it('should answer a handler that throws with HTTP 500 and an envelope, log it, and keep answering', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});

    const broken = await gene({ token: BROKEN_TOKEN, lang: 'en-US' });

    expect(brokenUserReads).toBeGreaterThan(0);
    expect(broken.status).toBe(500);
    expect(await broken.json()).toEqual({ statusCode: 500, message: 'Internal server error', requestId: expect.any(String) });
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('geneFastpassQrcodeInfo handler threw'), expect.any(Error));
    expect(mock.requests.at(-1)).toMatchObject({ endpoint: 'geneFastpassQrcodeInfo', answeredAt: expect.any(Number) });
    expect(mock.codes()).toEqual([]);
    expect((await (await gene()).json()).statusCode).toBe(200);
  });
});
