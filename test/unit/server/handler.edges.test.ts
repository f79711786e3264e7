// @vitest-environment node
import { FastpassError } from '../../../src/api/errors';
import { createFastpassRequestHandler } from '../../../src/server';
import { FASTPASS_MOCK_ACCESS_TOKEN, FASTPASS_MOCK_APP_ID } from '../../../src/testing/node';
import { answer, expectSilenceAndNoToken, handlerFor, requestTo, setupAuthingOverHttp, SITE } from './harness';

// The handler's own rules at their edges: what it takes as configuration, which language it forwards, how much
// of a body it reads and how, what it tells onError, and what a bug's report holds.

const authing = setupAuthingOverHttp();
expectSilenceAndNoToken();

const GENE = '/api/fastpass/api/v3/gene-fastpass-qrcode-info';
const STATUS = '/api/fastpass/api/v3/get-app-login-qrcode-status?qrcodeId=q';
const TOKEN = FASTPASS_MOCK_ACCESS_TOKEN;
const PREFIX = '[react-fastpass-qrcode/server] createFastpassRequestHandler:';

function collectErrors() {
  const errors: Error[] = [];
  return { errors, onError: (error: Error) => void errors.push(error) };
}

/** A POST whose body arrives as the given chunks, with no content-length, as a streamed upload does. */
function streamedPost(chunks: Uint8Array[], headers: Record<string, string> = {}): Request {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  return new Request(`${SITE}${GENE}`, { method: 'POST', body, duplex: 'half', headers: { cookie: 'sid=sid-zhangsan', origin: SITE, ...headers } } as RequestInit);
}

describe('given its configuration', () => {
  const base = () => ({ appHost: 'https://example.authing.cn', appId: FASTPASS_MOCK_APP_ID, getAccessToken: () => TOKEN });

  it.each([
    ['an https appHost', { appHost: 'https://example.authing.cn' }],
    ['an http appHost', { appHost: 'http://127.0.0.1:4010' }],
    ['an appHost with a path prefix', { appHost: 'https://example.authing.cn/prefix' }],
    ['maxBodyBytes of 1', { maxBodyBytes: 1 }],
  ])('should take %s', (_name, overrides) => {
    expect(createFastpassRequestHandler({ ...base(), ...overrides })).toEqual(expect.any(Function));
  });

  it.each([
    ['an ftp appHost', { appHost: 'ftp://example.authing.cn' }, `${PREFIX} appHost must be Authing's absolute URL, e.g. "https://example.authing.cn".`],
    ['an appHost with no scheme', { appHost: 'example.authing.cn' }, `${PREFIX} appHost must be Authing's absolute URL, e.g. "https://example.authing.cn".`],
    ['an appHost that is a URL object, not a string', { appHost: new URL('https://example.authing.cn') as unknown as string }, `${PREFIX} appHost must be Authing's absolute URL, e.g. "https://example.authing.cn".`],
    ['no appId', { appId: '' }, `${PREFIX} appId is required (the Authing application id).`],
    ['a maxBodyBytes of 0', { maxBodyBytes: 0 }, `${PREFIX} maxBodyBytes must be a positive integer.`],
    ['a maxBodyBytes of 1.5', { maxBodyBytes: 1.5 }, `${PREFIX} maxBodyBytes must be a positive integer.`],
    ['a timeoutMs of 0', { timeoutMs: 0 }, `${PREFIX} timeoutMs must be a positive number of milliseconds.`],
  ])('should refuse %s, saying what it needs', (_name, overrides, message) => {
    expect(() => createFastpassRequestHandler({ ...base(), ...overrides })).toThrow(new TypeError(message));
  });

  it('should read 64 KiB of a body by default, and no more', async () => {
    const handler = handlerFor(authing.server);
    const fits = JSON.stringify({ options: { context: { blob: 'x'.repeat(64 * 1024 - 40) } } });
    const over = JSON.stringify({ options: { context: { blob: 'x'.repeat(64 * 1024) } } });
    const encode = (text: string) => [new TextEncoder().encode(text)];
    expect((await answer(handler, streamedPost(encode(fits)))).status).toBe(200);
    const refused = await answer(handler, streamedPost(encode(over)));
    expect(refused.status).toBe(413);
    expect(await refused.json()).toMatchObject({ message: 'Bad request: The body is larger than 65536 bytes.' });
    expect(authing.server.mock.requests).toHaveLength(1);
  });
});

describe('given the language the page asks for', () => {
  const langSent = async (pageLang: string | undefined, handlerLang?: string) => {
    authing.server.mock.reset();
    const headers: Record<string, string> = pageLang === undefined ? {} : { 'x-authing-lang': pageLang };
    await answer(handlerFor(authing.server, { lang: handlerLang }), requestTo(STATUS, { headers }));
    return authing.server.mock.requests[0]!.headers['x-authing-lang'];
  };

  it.each(['en', 'zh-CN', 'zh_CN', 'zh-Hant-TW', 'yue-HK', 'de-CH-1996'])('should forward the language tag %s', async (tag) => {
    expect(await langSent(tag, 'ja-JP')).toBe(tag);
  });

  it.each(['e', 'engl', 'zh-C', 'zh-ABCDEFGHI', 'zh CN', 'zh-CN;q=1', '12', 'zh--CN', 'zh-CN-'])(
    'should not forward %j, and send the handler’s own language instead',
    async (value) => {
      expect(await langSent(value, 'ja-JP')).toBe('ja-JP');
    },
  );
});

describe('given a body to read', () => {
  it('should put a body that arrives in many chunks back together in order', async () => {
    const text = JSON.stringify({ options: { scope: 'openid profile', context: { order: 'abcdefghijklmnopqrstuvwxyz' } } });
    const bytes = new TextEncoder().encode(text);
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.slice(i * 7, i * 7 + 7));
    const response = await answer(handlerFor(authing.server), streamedPost(chunks));
    expect(response.status).toBe(200);
    expect(authing.server.mock.requests[0]!.body).toEqual(JSON.parse(text));
  });

  it('should read a body of exactly maxBodyBytes, and refuse one byte more', async () => {
    const exact = '{"options":{"scope":"openid"}}';
    const handler = handlerFor(authing.server, { maxBodyBytes: exact.length });
    expect((await answer(handler, streamedPost([new TextEncoder().encode(exact)]))).status).toBe(200);
    expect((await answer(handler, streamedPost([new TextEncoder().encode(`${exact} `)]))).status).toBe(413);
    expect(authing.server.mock.requests).toHaveLength(1);
  });

  it('should refuse a body whose content-length is over the limit, whatever it holds', async () => {
    // The body itself is small: only the declared length says it is not.
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new TextEncoder().encode('{}'));
        controller.close();
      },
    });
    const request = new Request(`${SITE}${GENE}`, {
      method: 'POST',
      body,
      duplex: 'half',
      headers: { cookie: 'sid=sid-zhangsan', origin: SITE, 'content-length': '2000' },
    } as RequestInit);
    const response = await answer(handlerFor(authing.server, { maxBodyBytes: 1_024 }), request);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ statusCode: 413, message: 'Bad request: The body is larger than 1024 bytes.' });
    expect(authing.server.mock.requests).toEqual([]);
  });

  it('should read a body whose content-length is within the limit', async () => {
    const request = new Request(`${SITE}${GENE}`, {
      method: 'POST',
      body: '{"options":{"scope":"openid"}}',
      headers: { cookie: 'sid=sid-zhangsan', origin: SITE, 'content-length': '30' },
    });
    const response = await answer(handlerFor(authing.server, { maxBodyBytes: 1_024 }), request);
    expect(response.status).toBe(200);
    expect(authing.server.mock.requests[0]!.body).toEqual({ options: { scope: 'openid' } });
  });

  it('should read a body whose content-length is exactly the limit', async () => {
    const exact = '{"options":{"scope":"openid"}}';
    const request = new Request(`${SITE}${GENE}`, {
      method: 'POST',
      body: exact,
      headers: { cookie: 'sid=sid-zhangsan', origin: SITE, 'content-length': String(exact.length) },
    });
    const response = await answer(handlerFor(authing.server, { maxBodyBytes: exact.length }), request);
    expect(response.status).toBe(200);
  });

  it('should answer a body that breaks off as unreadable, not as the JSON it began', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"options":'));
      },
      pull(controller) {
        controller.error(new Error('the connection reset'));
      },
    });
    const request = new Request(`${SITE}${GENE}`, { method: 'POST', body, duplex: 'half', headers: { cookie: 'sid=sid-zhangsan', origin: SITE } } as RequestInit);
    const response = await answer(handlerFor(authing.server), request);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ message: 'Bad request: The body could not be read.' });
    expect(authing.server.mock.requests).toEqual([]);
  });

  it.each([
    ['spaces and line breaks only', ' \n\t '],
    ['nothing', ''],
  ])('should forward a body of %s as {}', async (_name, text) => {
    const response = await answer(handlerFor(authing.server), streamedPost(text === '' ? [] : [new TextEncoder().encode(text)]));
    expect(response.status).toBe(200);
    expect(authing.server.mock.requests[0]!.body).toEqual({});
  });

  it('should answer 499, not 400, when the page goes away in the middle of its body', async () => {
    const page = new AbortController();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"options":'));
      },
      pull(controller) {
        page.abort();
        controller.error(new Error('the connection closed'));
      },
    });
    const request = new Request(`${SITE}${GENE}`, {
      method: 'POST',
      body,
      duplex: 'half',
      signal: page.signal,
      headers: { cookie: 'sid=sid-zhangsan', origin: SITE },
    } as RequestInit);
    const response = await answer(handlerFor(authing.server), request);
    expect(response.status).toBe(499);
    expect(authing.server.mock.requests).toEqual([]);
  });
});

describe('given onError', () => {
  it('should tell it, with the requestId the page got, why a throwing getAccessToken answered as not signed in', async () => {
    const { errors, onError } = collectErrors();
    const response = await answer(handlerFor(authing.server, { onError, getAccessToken: () => Promise.reject(new Error('store down')) }), requestTo(STATUS));
    const body = await response.json();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      kind: 'unauthorized',
      requestId: body.requestId,
      message: 'getAccessToken(request) threw, so the request was answered as not signed in.',
    });
  });

  it('should tell it, with the requestId the page got, about a token no header can carry', async () => {
    const { errors, onError } = collectErrors();
    const response = await answer(handlerFor(authing.server, { onError, getAccessToken: () => 'tök€n' }), requestTo(STATUS));
    const body = await response.json();
    expect(body).toMatchObject({ statusCode: 401, apiCode: 2020 });
    expect(errors).toEqual([expect.any(FastpassError)]);
    expect(errors[0]).toMatchObject({
      kind: 'unauthorized',
      requestId: body.requestId,
      message: 'getAccessToken(request) returned a value that cannot go into a header (not visible ASCII), so the request was answered as not signed in.',
    });
    expect(authing.server.mock.requests).toEqual([]);
  });

  it.each([
    ['an empty string', () => ''],
    ['null', () => null],
    ['undefined', () => undefined],
  ])('should tell it nothing when getAccessToken gives %s: that is simply not signed in', async (_name, getAccessToken) => {
    const { errors, onError } = collectErrors();
    const response = await answer(handlerFor(authing.server, { onError, getAccessToken }), requestTo(STATUS));
    expect(await response.json()).toMatchObject({ statusCode: 401, apiCode: 2020 });
    expect(errors).toEqual([]);
  });

  it("should report a bug with the original stack, the token scrubbed out of it", async () => {
    const { errors, onError } = collectErrors();
    const bug = new Error('headers are broken');
    bug.stack = `Error: headers are broken\n    at readHeaders (runtime.js:1:1) with ${TOKEN}`;
    const brokenFetch = (async () => ({ status: 200, text: async () => '{}', headers: { get: () => { throw bug; } } })) as unknown as typeof fetch;
    const response = await answer(handlerFor(authing.server, { fetch: brokenFetch, onError }), requestTo(STATUS));
    expect(response.status).toBe(500);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toBe('headers are broken');
    expect(errors[0]!.stack).toBe('Error: headers are broken\n    at readHeaders (runtime.js:1:1) with [access token]');
  });

  it('should report a bug whose Error has no stack, with a stack of its own', async () => {
    const { errors, onError } = collectErrors();
    const bug = new Error('no stack here');
    bug.stack = undefined;
    const brokenFetch = (async () => ({ status: 200, text: async () => '{}', headers: { get: () => { throw bug; } } })) as unknown as typeof fetch;
    const response = await answer(handlerFor(authing.server, { fetch: brokenFetch, onError }), requestTo(STATUS));
    expect(response.status).toBe(500);
    expect(errors.map((error) => error.message)).toEqual(['no stack here']);
    expect(errors[0]!.stack).toContain('no stack here');
  });

  it('should report a thrown value that is no Error as a 500 too', async () => {
    const { errors, onError } = collectErrors();
    const brokenFetch = (async () => ({ status: 200, text: async () => '{}', headers: { get: () => { throw 'a string, not an Error'; } } })) as unknown as typeof fetch;
    const response = await answer(handlerFor(authing.server, { fetch: brokenFetch, onError }), requestTo(STATUS));
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ statusCode: 500, message: 'Internal server error.' });
    expect(errors.map((error) => error.message)).toEqual(['a string, not an Error']);
  });
});
