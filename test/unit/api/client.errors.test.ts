// @vitest-environment node
import { http, HttpResponse } from 'msw';
import { FastpassError, isFastpassError } from '../../../src/api/errors';
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

/** Runs a call that must fail and returns its FastpassError, checking the token leaked nowhere. */
async function failure(call: Promise<unknown>): Promise<FastpassError> {
  const error = await call.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(FastpassError);
  expect(isFastpassError(error)).toBe(true);
  const fastpassError = error as FastpassError;
  const everything = [
    fastpassError.message,
    fastpassError.stack ?? '',
    JSON.stringify(fastpassError),
    String(fastpassError.cause ?? ''),
    JSON.stringify(Object.entries(fastpassError)),
  ].join('\n');
  expect(everything).not.toContain(FASTPASS_MOCK_ACCESS_TOKEN);
  return fastpassError;
}

const validInfo = {
  scene: 'FASTPASS',
  qrcodeId: 'qr-1',
  apiHost: 'https://example.authing.cn',
  user: FASTPASS_MOCK_USER,
  appId: FASTPASS_MOCK_APP_ID,
  userpool: FASTPASS_MOCK_USERPOOL,
};

describe('given a failing Authing', () => {
  it('should report a proxy HTML 502 page as kind api with the HTTP status', async () => {
    mock.fail({ type: 'html', httpStatus: 502 });
    const error = await failure(client().geneFastpassQrcodeInfo());
    expect(error).toMatchObject({ kind: 'api', httpStatus: 502, statusCode: 502 });
    expect(error.message).toMatch(/HTTP 502 and a body that is not JSON/);
  });

  it('should report a non-JSON body on HTTP 200 as invalid-response', async () => {
    server.use(http.post('*/api/v3/gene-fastpass-qrcode-info', () => HttpResponse.text('<html>hello</html>')));
    const error = await failure(client().geneFastpassQrcodeInfo());
    expect(error).toMatchObject({ kind: 'invalid-response', httpStatus: 200 });
  });

  it('should report malformed JSON as invalid-response', async () => {
    mock.fail({ type: 'malformed-json' });
    expect(await failure(client().geneFastpassQrcodeInfo())).toMatchObject({ kind: 'invalid-response' });
  });

  it('should report an empty body as invalid-response', async () => {
    mock.fail({ type: 'empty-body' });
    const error = await failure(client().geneFastpassQrcodeInfo());
    expect(error).toMatchObject({ kind: 'invalid-response' });
    expect(error.message).toMatch(/empty body/);
  });

  it('should report a success envelope without data as invalid-response, keeping its requestId', async () => {
    server.use(
      http.post('*/api/v3/gene-fastpass-qrcode-info', () =>
        HttpResponse.json({ statusCode: 200, message: 'ok', requestId: 'req-1' }),
      ),
    );
    const error = await failure(client().geneFastpassQrcodeInfo());
    expect(error).toMatchObject({ kind: 'invalid-response', requestId: 'req-1', statusCode: 200 });
    expect(error.message).toMatch(/no data/);
  });

  it.each([
    ['a number for qrcodeId', { ...validInfo, qrcodeId: 42 }, /qrcodeId/],
    ['an empty qrcodeId', { ...validInfo, qrcodeId: '' }, /qrcodeId must not be empty/],
    ['a user without displayName', { ...validInfo, user: { id: 'u', photo: '' } }, /user\.displayName/],
    ['an http apiHost', { ...validInfo, apiHost: 'http://evil.example.com' }, /apiHost must be an https URL/],
    ['a javascript: apiHost', { ...validInfo, apiHost: 'javascript:alert(1)' }, /apiHost/],
    ['an array', [validInfo], /expected object/i],
  ])('should report data with %s as invalid-response naming the field', async (_name, data, message) => {
    mock.fail({ type: 'invalid-data', data }, { endpoint: 'geneFastpassQrcodeInfo' });
    const error = await failure(client().geneFastpassQrcodeInfo());
    expect(error.kind).toBe('invalid-response');
    expect(error.message).toMatch(message);
  });

  it('should accept an http apiHost on localhost (local development)', async () => {
    mock.fail({ type: 'invalid-data', data: { ...validInfo, apiHost: 'http://localhost:3000' } });
    await expect(client().geneFastpassQrcodeInfo()).resolves.toMatchObject({ apiHost: 'http://localhost:3000' });
  });

  it('should report an unknown status string as invalid-response', async () => {
    mock.fail({ type: 'invalid-data', data: { status: 'TELEPORTED' } });
    const error = await failure(client().getAppLoginQrCodeStatus({ qrcodeId: 'qr-1' }));
    expect(error).toMatchObject({ kind: 'invalid-response' });
    expect(error.message).toMatch(/status/);
  });

  it('should report statusCode 401 inside an HTTP 200 envelope as unauthorized', async () => {
    mock.fail({ type: 'envelope-error', statusCode: 401, message: '尚未登录' });
    const error = await failure(client().geneFastpassQrcodeInfo());
    expect(error).toMatchObject({ kind: 'unauthorized', httpStatus: 200, statusCode: 401 });
  });

  it('should report apiCode 2020 as unauthorized whatever the statusCode', async () => {
    mock.fail({ type: 'envelope-error', statusCode: 400, apiCode: 2020 });
    expect(await failure(client().geneFastpassQrcodeInfo())).toMatchObject({ kind: 'unauthorized', apiCode: 2020 });
  });

  it('should report a token Authing does not know as unauthorized (the mock answers 401/2020 in HTTP 200)', async () => {
    const error = await failure(client({ getAccessToken: () => 'expired-token' }).geneFastpassQrcodeInfo());
    expect(error).toMatchObject({ kind: 'unauthorized', httpStatus: 200, statusCode: 401, apiCode: 2020 });
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(error.message).not.toContain('expired-token');
  });

  it('should report an unknown app id as kind api with apiCode 2011', async () => {
    const error = await failure(client({ appId: 'no-such-app' }).geneFastpassQrcodeInfo());
    expect(error).toMatchObject({ kind: 'api', statusCode: 404, apiCode: 2011 });
  });

  it('should report an envelope error with the server message, apiCode and requestId', async () => {
    mock.fail({ type: 'envelope-error', statusCode: 500, apiCode: 2224, message: '用户池不存在' });
    const error = await failure(client().geneFastpassQrcodeInfo());
    expect(error).toMatchObject({ kind: 'api', statusCode: 500, apiCode: 2224 });
    expect(error.message).toContain('用户池不存在');
    expect(error.requestId).toBeTruthy();
  });

  it('should report HTTP 429 as kind api with statusCode 429 and the Retry-After delay', async () => {
    mock.fail({ type: 'rate-limit', retryAfterSeconds: 3 });
    const error = await failure(client().getAppLoginQrCodeStatus({ qrcodeId: 'qr-1' }));
    expect(error).toMatchObject({ kind: 'api', httpStatus: 429, statusCode: 429, retryAfterMs: 3000 });
  });

  it('should report a 5xx envelope as kind api', async () => {
    mock.fail({ type: 'server-error', httpStatus: 503 });
    expect(await failure(client().geneFastpassQrcodeInfo())).toMatchObject({ kind: 'api', httpStatus: 503, statusCode: 503 });
  });

  it('should report a connection failure as kind network', async () => {
    mock.fail({ type: 'network' });
    const error = await failure(client().geneFastpassQrcodeInfo());
    expect(error.kind).toBe('network');
    expect(error.message).toContain(FASTPASS_MOCK_APP_HOST);
  });

  it('should time out after the default 12 s (a server handler in front gives up at 8 s, before it)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      mock.fail({ type: 'hang' });
      const call = failure(client().geneFastpassQrcodeInfo());
      await vi.advanceTimersByTimeAsync(11_999);
      expect(mock.requests[0]!.aborted).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      const error = await call;
      expect(error).toMatchObject({ kind: 'timeout' });
      expect(error.message).toMatch(/within 12000 ms/);
      expect(mock.requests[0]!.aborted).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('should time out after a configured timeoutMs', async () => {
    mock.fail({ type: 'hang' });
    const error = await failure(client({ timeoutMs: 30 }).getAppLoginQrCodeStatus({ qrcodeId: 'qr-1' }));
    expect(error).toMatchObject({ kind: 'timeout' });
  });

  it('should report a caller abort in flight as kind aborted, and the server sees it', async () => {
    mock.fail({ type: 'hang' });
    const controller = new AbortController();
    const call = failure(client().geneFastpassQrcodeInfo(undefined, { signal: controller.signal }));
    await vi.waitFor(() => expect(mock.requests).toHaveLength(1));
    controller.abort();
    expect(await call).toMatchObject({ kind: 'aborted' });
    expect(mock.requests[0]!.aborted).toBe(true);
  });

  it('should send nothing when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await failure(client().geneFastpassQrcodeInfo(undefined, { signal: controller.signal }));
    expect(error.kind).toBe('aborted');
    expect(mock.requests).toHaveLength(0);
  });
});

describe('given a gateway that echoes the token it refused', () => {
  it('should scrub the token from the message and the requestId (the card shows the requestId)', async () => {
    server.use(
      http.post('*/api/v3/gene-fastpass-qrcode-info', () =>
        HttpResponse.json({ statusCode: 403, message: `bad token ${FASTPASS_MOCK_ACCESS_TOKEN}`, requestId: FASTPASS_MOCK_ACCESS_TOKEN }),
      ),
    );
    // failure() checks message, stack, cause and every own property for the token.
    const error = await failure(client().geneFastpassQrcodeInfo());
    expect(error).toMatchObject({ kind: 'api', requestId: '[access token]' });
    expect(error.message).toContain('bad token [access token]');
  });
});

describe('given no signed-in session', () => {
  it.each([
    ['null', () => null],
    ['undefined', () => undefined],
    ['an empty string', () => ''],
    ['a promise of null', async () => null],
  ])('should fail as unauthorized and send nothing when the token is %s', async (_name, getAccessToken) => {
    const error = await failure(client({ getAccessToken }).geneFastpassQrcodeInfo());
    expect(error.kind).toBe('unauthorized');
    expect(error.message).toMatch(/not signed in.*no request was sent/);
    expect(mock.requests).toHaveLength(0);
  });

  it('should fail as unauthorized and send nothing when getAccessToken throws', async () => {
    const error = await failure(
      client({
        getAccessToken: () => {
          throw new Error('refresh failed');
        },
      }).getAppLoginQrCodeStatus({ qrcodeId: 'qr-1' }),
    );
    expect(error.kind).toBe('unauthorized');
    expect(mock.requests).toHaveLength(0);
  });
});
