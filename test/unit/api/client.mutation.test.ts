// @vitest-environment node
// The client's exact words and fields, pinned where the other client tests only match a part: every message a
// developer or a support desk reads, every detail a UI picks its words by, and the edges of each condition
// (SECURITY.md, "Mutation testing").
import { http, HttpResponse } from 'msw';
import { createFastpassClient, type FastpassClientConfig } from '../../../src/api/client';
import { FastpassError } from '../../../src/api/errors';
import { FASTPASS_MOCK_ACCESS_TOKEN, FASTPASS_MOCK_APP_HOST, FASTPASS_MOCK_APP_ID } from '../../../src/testing';
import { createMockClient } from '../../utils/mockClient';
import { setupMockAuthing } from '../../utils/mockServer';

const { mock, server } = setupMockAuthing();

afterEach(() => {
  vi.unstubAllEnvs();
});

const GENE = '/api/v3/gene-fastpass-qrcode-info';
const STATUS = '/api/v3/get-app-login-qrcode-status';

/** What a UI reads off an error, every field at once, so that a field that should be empty is checked too. */
function fieldsOf(error: unknown) {
  expect(error).toBeInstanceOf(FastpassError);
  const { kind, message, httpStatus, statusCode, apiCode, requestId, retryAfterMs } = error as FastpassError;
  return { kind, message, httpStatus, statusCode, apiCode, requestId, retryAfterMs };
}

/** The fields of an error; a field left out must be undefined (`toEqual` reads a missing key and an undefined one alike). */
type Fields = Partial<ReturnType<typeof fieldsOf>>;

/** The rejection of a call that must fail. */
async function rejectionOf(call: Promise<unknown>): Promise<unknown> {
  return call.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (reason: unknown) => reason,
  );
}

/** Authing (or a proxy) answering the code request with exactly this body and status. */
function answerGene(body: string | null, init: ResponseInit = {}) {
  server.use(http.post(`*${GENE}`, () => new HttpResponse(body, init)));
}

const envelope = (value: Record<string, unknown>) => JSON.stringify(value);

describe('given a configuration a developer got wrong', () => {
  const withoutHint = { appHost: FASTPASS_MOCK_APP_HOST, appId: FASTPASS_MOCK_APP_ID } satisfies FastpassClientConfig;

  it.each<[string, Partial<FastpassClientConfig>, string, string]>([
    [
      'no appHost',
      { appHost: '' },
      '[react-fastpass-qrcode] createFastpassClient: appHost is required, e.g. "https://example.authing.cn".',
      '[react-fastpass-qrcode] createFastpassClient: appHost is required',
    ],
    [
      'an appHost without a scheme',
      { appHost: 'example.authing.cn' },
      '[react-fastpass-qrcode] createFastpassClient: appHost must be an http(s) URL or a path starting with "/", not "example.authing.cn" (e.g. "https://example.authing.cn", or "/api/fastpass" for a server in front of Authing).',
      '[react-fastpass-qrcode] createFastpassClient: appHost must be an http(s) URL or a path starting with "/", not "example.authing.cn".',
    ],
    [
      'no appId',
      { appId: '' },
      '[react-fastpass-qrcode] createFastpassClient: appId is required (the Authing application id).',
      '[react-fastpass-qrcode] createFastpassClient: appId is required',
    ],
  ])('should refuse %s with its whole message, the example in development only', (_name, overrides, development, production) => {
    expect(() => createFastpassClient({ ...withoutHint, ...overrides })).toThrow(new TypeError(development));
    vi.stubEnv('NODE_ENV', 'production');
    expect(() => createFastpassClient({ ...withoutHint, ...overrides })).toThrow(new TypeError(production));
  });

  it('should take an http URL (a local Authing) as the host and send to it', async () => {
    await createMockClient({ appHost: 'http://localhost:3000' }).geneFastpassQrcodeInfo();
    expect(mock.requests.map((request) => request.url)).toEqual([`http://localhost:3000${GENE}`]);
  });

  it('should say, with the advice in development only, that a path cannot be resolved where there is no page', async () => {
    const client = createMockClient({ appHost: '/api/fastpass' });
    const stem = '[react-fastpass-qrcode] appHost "/api/fastpass" is a path, and there is no page here (no globalThis.location) to resolve it against. Nothing was sent.';
    await expect(client.geneFastpassQrcodeInfo()).rejects.toThrow(new TypeError(`${stem} On a server, give Authing's (or your own server's) absolute URL.`));
    vi.stubEnv('NODE_ENV', 'production');
    await expect(client.geneFastpassQrcodeInfo()).rejects.toThrow(new TypeError(stem));
    expect(mock.requests).toEqual([]);
  });
});

describe('given a call the client refuses before sending', () => {
  it.each<[string, unknown]>([
    ['no params at all', undefined],
    ['a qrcodeId that is a number', { qrcodeId: 42 }],
    ['an empty qrcodeId', { qrcodeId: '' }],
  ])('should reject a status request with %s, as a promise, and send nothing', async (_name, params) => {
    const client = createMockClient();
    // Called outside `expect`: a call that throws instead of rejecting fails here.
    const call = client.getAppLoginQrCodeStatus(params as { qrcodeId: string });
    await expect(call).rejects.toThrow(new TypeError('[react-fastpass-qrcode] getAppLoginQrCodeStatus needs a non-empty qrcodeId.'));
    expect(mock.requests).toEqual([]);
  });

  it('should hand a custom fetch no body for a status request, and the JSON for a code request', async () => {
    const bodies: unknown[] = [];
    const recording: typeof fetch = (input, init) => {
      bodies.push(init?.body);
      return fetch(input, init);
    };
    const client = createMockClient({ fetch: recording });
    const { qrcodeId } = await client.geneFastpassQrcodeInfo();
    await client.getAppLoginQrCodeStatus({ qrcodeId });
    // null, as the Fetch standard's Request.body is for a request without one: a fetch wrapper that signs or logs
    // the body can test it against null.
    expect(bodies).toEqual(['{}', null]);
  });

  it('should name the option that breaks the rules, in the whole message', async () => {
    await expect(createMockClient().geneFastpassQrcodeInfo({ options: { scope: 'profile' } })).rejects.toThrow(
      new TypeError('[react-fastpass-qrcode] Invalid Fastpass options: scope: scope must contain "openid" (Authing requires it), e.g. "openid profile". Nothing was sent.'),
    );
    expect(mock.requests).toEqual([]);
  });

  it('should say that getAccessToken failed, keeping what it threw as the cause', async () => {
    const thrown = new Error('refresh failed');
    const error = await rejectionOf(
      createMockClient({
        getAccessToken: () => {
          throw thrown;
        },
      }).geneFastpassQrcodeInfo(),
    );
    expect(fieldsOf(error)).toEqual({ kind: 'unauthorized', message: 'getAccessToken() failed, so no request was sent.' });
    expect((error as Error).cause).toBe(thrown);
    expect(mock.requests).toEqual([]);
  });

  it('should say there is no token, with no cause', async () => {
    const error = await rejectionOf(createMockClient({ getAccessToken: () => null }).geneFastpassQrcodeInfo());
    expect(fieldsOf(error)).toEqual({ kind: 'unauthorized', message: 'No access token: the user is not signed in, so no request was sent.' });
    expect(error).not.toHaveProperty('cause');
  });

  it('should say the request was aborted, with the reason the caller gave as the cause', async () => {
    const controller = new AbortController();
    const reason = new Error('the user left');
    controller.abort(reason);
    const error = await rejectionOf(createMockClient().geneFastpassQrcodeInfo(undefined, { signal: controller.signal }));
    expect(fieldsOf(error)).toEqual({ kind: 'aborted', message: 'The request was aborted.' });
    expect((error as Error).cause).toBe(reason);
    expect(mock.requests).toEqual([]);
  });
});

describe('given a call aborted before it is sent', () => {
  it('should not even read the token (a getter may refresh it over the network)', async () => {
    const controller = new AbortController();
    controller.abort();
    const getAccessToken = vi.fn(() => FASTPASS_MOCK_ACCESS_TOKEN);
    const error = await rejectionOf(createMockClient({ getAccessToken }).geneFastpassQrcodeInfo(undefined, { signal: controller.signal }));
    expect(fieldsOf(error)).toEqual({ kind: 'aborted', message: 'The request was aborted.' });
    expect(getAccessToken).not.toHaveBeenCalled();
  });

  it('should not call fetch when it is aborted while the token is read', async () => {
    const controller = new AbortController();
    const reason = new Error('the user left');
    const fetched: string[] = [];
    const recording: typeof fetch = (input, init) => {
      fetched.push(String(input));
      return fetch(input, init);
    };
    const getAccessToken = async () => {
      controller.abort(reason);
      return FASTPASS_MOCK_ACCESS_TOKEN;
    };
    const error = await rejectionOf(
      createMockClient({ getAccessToken, fetch: recording }).getAppLoginQrCodeStatus({ qrcodeId: 'qr-1' }, { signal: controller.signal }),
    );
    expect(fieldsOf(error)).toEqual({ kind: 'aborted', message: 'The request was aborted.' });
    expect((error as Error).cause).toBe(reason);
    expect(fetched).toEqual([]);
    expect(mock.requests).toEqual([]);
  });
});

describe('given an Authing that does not answer', () => {
  it('should name the host, the path and the failure, keeping the failure as the cause', async () => {
    mock.fail({ type: 'network' });
    const error = await rejectionOf(createMockClient().geneFastpassQrcodeInfo());
    const cause = (error as Error).cause;
    expect(cause).toBeInstanceOf(TypeError);
    expect(fieldsOf(error)).toEqual({
      kind: 'network',
      message: `Could not reach Authing at ${FASTPASS_MOCK_APP_HOST} (${GENE}): ${(cause as TypeError).message}`,
    });
  });

  it('should write out a failure that is not an Error as it is', async () => {
    const refusing: typeof fetch = () => Promise.reject('socket hang up');
    const error = await rejectionOf(createMockClient({ fetch: refusing }).getAppLoginQrCodeStatus({ qrcodeId: 'qr-1' }));
    expect(fieldsOf(error)).toEqual({ kind: 'network', message: `Could not reach Authing at ${FASTPASS_MOCK_APP_HOST} (${STATUS}): socket hang up` });
    expect((error as Error).cause).toBe('socket hang up');
  });

  it('should say how long it waited, keeping the timeout as the cause', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      mock.fail({ type: 'hang' });
      const call = rejectionOf(createMockClient({ timeoutMs: 5_000 }).geneFastpassQrcodeInfo());
      await vi.advanceTimersByTimeAsync(5_000);
      const error = await call;
      expect(fieldsOf(error)).toEqual({ kind: 'timeout', message: `Authing did not answer ${GENE} within 5000 ms.` });
      expect((error as Error).cause).toBeDefined();
    } finally {
      vi.useRealTimers();
    }
  });

  it('should leave no timer behind once Authing has answered', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await createMockClient().geneFastpassQrcodeInfo();
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('given an answer that is no Authing envelope', () => {
  it.each<[string, string | null, ResponseInit, Fields]>([
    [
      'HTTP 401 with an HTML page',
      '<html>401</html>',
      { status: 401 },
      { kind: 'unauthorized', message: `Authing answered ${GENE} with HTTP 401 and a body that is not JSON.`, httpStatus: 401, statusCode: 401 },
    ],
    [
      'HTTP 503 with an empty body and a Retry-After',
      null,
      { status: 503, headers: { 'retry-after': '7' } },
      { kind: 'api', message: `Authing answered ${GENE} with HTTP 503 and an empty body.`, httpStatus: 503, statusCode: 503, retryAfterMs: 7_000 },
    ],
    [
      'HTTP 400 with JSON of another shape',
      '{"error":"bad request"}',
      { status: 400 },
      { kind: 'api', message: `Authing answered ${GENE} with HTTP 400 and JSON that is not an Authing envelope.`, httpStatus: 400, statusCode: 400 },
    ],
    [
      'HTTP 200 with JSON of another shape',
      '{"ok":true}',
      { status: 200 },
      { kind: 'invalid-response', message: `Authing answered ${GENE} with JSON that is not an Authing envelope (HTTP 200).`, httpStatus: 200 },
    ],
    [
      'HTTP 200 with a body that is not JSON',
      'hello',
      { status: 200 },
      { kind: 'invalid-response', message: `Authing answered ${GENE} with a body that is not JSON (HTTP 200).`, httpStatus: 200 },
    ],
    [
      'HTTP 200 with an empty body',
      '',
      { status: 200 },
      { kind: 'invalid-response', message: `Authing answered ${GENE} with an empty body (HTTP 200).`, httpStatus: 200 },
    ],
  ])('should report %s by what the HTTP status and the body say', async (_name, body, init, expected) => {
    answerGene(body, init);
    const error = await rejectionOf(createMockClient().geneFastpassQrcodeInfo());
    expect(fieldsOf(error)).toEqual(expected);
  });
});

describe('given an Authing envelope', () => {
  it.each<[string, Record<string, unknown>, Fields]>([
    [
      'statusCode 401 with a message',
      { statusCode: 401, message: '尚未登录', requestId: 'req-1' },
      { kind: 'unauthorized', message: 'Authing says the session is not signed in: 尚未登录', httpStatus: 200, statusCode: 401, requestId: 'req-1' },
    ],
    [
      'apiCode 2020 with no message',
      { statusCode: 400, apiCode: 2020 },
      { kind: 'unauthorized', message: 'Authing says the session is not signed in: no message', httpStatus: 200, statusCode: 400, apiCode: 2020 },
    ],
    [
      'an error with an apiCode',
      { statusCode: 500, apiCode: 2224, message: '用户池不存在', requestId: 'req-2' },
      { kind: 'api', message: `Authing answered ${GENE} with statusCode 500 (apiCode 2224): 用户池不存在`, httpStatus: 200, statusCode: 500, apiCode: 2224, requestId: 'req-2' },
    ],
    [
      'an error with no apiCode and no message',
      { statusCode: 403 },
      { kind: 'api', message: `Authing answered ${GENE} with statusCode 403: no message`, httpStatus: 200, statusCode: 403 },
    ],
    [
      'success with data null',
      { statusCode: 200, message: 'ok', data: null },
      { kind: 'invalid-response', message: `Authing answered ${GENE} with success but no data.`, httpStatus: 200, statusCode: 200 },
    ],
    [
      'success with data that breaks the protocol',
      { statusCode: 200, message: 'ok', data: {} },
      {
        kind: 'invalid-response',
        message: `Authing answered ${GENE} with data that breaks the protocol: scene: expected string; qrcodeId: expected string; apiHost: expected string; user: expected object; appId: expected string.`,
        httpStatus: 200,
        statusCode: 200,
      },
    ],
  ])('should report %s with every field a UI reads', async (_name, body, expected) => {
    answerGene(envelope(body), { status: 200, headers: { 'content-type': 'application/json' } });
    const error = await rejectionOf(createMockClient().geneFastpassQrcodeInfo());
    expect(fieldsOf(error)).toEqual(expected);
  });

  it('should pass the Retry-After of an envelope in HTTP 429 on', async () => {
    answerGene(envelope({ statusCode: 429, message: 'Too Many Requests' }), { status: 429, headers: { 'retry-after': '2' } });
    const error = await rejectionOf(createMockClient().geneFastpassQrcodeInfo());
    expect(fieldsOf(error)).toEqual({
      kind: 'api',
      message: `Authing answered ${GENE} with statusCode 429: Too Many Requests`,
      httpStatus: 429,
      statusCode: 429,
      retryAfterMs: 2_000,
    });
  });

  it('should scrub the token the gateway echoed and still report an envelope with no message or requestId', async () => {
    answerGene(envelope({ statusCode: 403, message: `refused ${FASTPASS_MOCK_ACCESS_TOKEN}` }));
    expect(fieldsOf(await rejectionOf(createMockClient().geneFastpassQrcodeInfo()))).toEqual({
      kind: 'api',
      message: `Authing answered ${GENE} with statusCode 403: refused [access token]`,
      httpStatus: 200,
      statusCode: 403,
    });
  });
});
