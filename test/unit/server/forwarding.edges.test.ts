// @vitest-environment node
import { FastpassError } from '../../../src/api/errors';
import { FASTPASS_MOCK_ACCESS_TOKEN } from '../../../src/testing/node';
import { answer, expectSilenceAndNoToken, handlerFor, requestTo, setupAuthingOverHttp } from './harness';

// What the handler makes of Authing's answer at the edges of what it passes on: statuses it must not follow or
// cannot pass, headers Authing did not send, bodies whose token sits among arrays, nulls and numbers, and the
// errors it reports, down to the request id that ties the page's answer to the server's log.

const authing = setupAuthingOverHttp();
expectSilenceAndNoToken();

const TOKEN = FASTPASS_MOCK_ACCESS_TOKEN;
const STATUS = '/api/fastpass/api/v3/get-app-login-qrcode-status?qrcodeId=q';

/** A runtime's fetch standing in for Authing: it answers what the test says and records what was asked. */
function authingAnswering(respond: (init: RequestInit) => Response | Promise<Response>) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: String(input), init });
    return respond(init);
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

function collectErrors() {
  const errors: Error[] = [];
  return { errors, onError: (error: Error) => void errors.push(error) };
}

async function statusThrough(fetch: typeof globalThis.fetch, onError?: (error: Error) => void) {
  const response = await answer(handlerFor(authing.server, { fetch, onError }), requestTo(STATUS));
  return { response, text: await response.text() };
}

describe('given an Authing whose HTTP status the handler must not pass on', () => {
  it.each([
    ['0 (an opaque redirect or a network error response, as a runtime may hand it over)', () => Response.error(), 0],
    ['300 (the first redirect status)', () => new Response('{}', { status: 300 }), 300],
    ['399 (the last redirect status)', () => new Response('{}', { status: 399 }), 399],
    ['600 (beyond HTTP)', () => ({ status: 600, headers: new Headers(), text: async () => '{}' }) as unknown as Response, 600],
  ])('should answer %s with a 502 that names it, and tell onError with the same requestId', async (_name, respond, status) => {
    const { errors, onError } = collectErrors();
    const { response, text } = await statusThrough(authingAnswering(respond).fetch, onError);

    expect(response.status).toBe(502);
    const body = JSON.parse(text);
    expect(body).toEqual({ statusCode: 502, message: `Bad gateway: Authing answered with HTTP ${status}.`, requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(FastpassError);
    expect(errors[0]).toMatchObject({
      kind: 'invalid-response',
      httpStatus: status,
      requestId: body.requestId,
      message: `Authing answered GET ${authing.server.url}/api/v3/get-app-login-qrcode-status with HTTP ${status}, which is not followed; check appHost.`,
    });
  });

  it.each([200, 299, 400, 404, 429, 500, 599])('should pass HTTP %i on, with its body', async (status) => {
    const envelope = JSON.stringify({ statusCode: status, message: `said with ${status}` });
    const { errors, onError } = collectErrors();
    const { response, text } = await statusThrough(authingAnswering(() => new Response(envelope, { status })).fetch, onError);
    expect([response.status, text]).toEqual([status, envelope]);
    expect(errors).toEqual([]);
  });

  it('should pass a 205 on with no body, as a 204', async () => {
    const { response, text } = await statusThrough(authingAnswering(() => new Response(null, { status: 205 })).fetch);
    expect([response.status, text]).toEqual([205, '']);
  });
});

describe("given Authing's headers", () => {
  it('should add no retry-after that Authing did not send', async () => {
    const bare = () => new Response(new TextEncoder().encode('{"statusCode":200,"message":"ok","data":{"status":"PENDING"}}'), { status: 200 });
    const { response } = await statusThrough(authingAnswering(bare).fetch);
    expect(response.status).toBe(200);
    expect(response.headers.has('retry-after')).toBe(false);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});

describe('given an answer that holds the token among other values', () => {
  it('should write the JSON again with only the token replaced: nulls, numbers, booleans, arrays and nesting kept as sent', async () => {
    const sent = {
      statusCode: 200,
      message: 'ok',
      data: { none: null, n: 42, yes: false, list: ['a', TOKEN, 7], nested: [[null, `${TOKEN}!`]], [`k-${TOKEN}`]: { deep: [TOKEN] } },
    };
    // Spaces and line breaks as a pretty-printing gateway writes them: a body that holds the token is written again.
    const { response, text } = await statusThrough(authingAnswering(() => new Response(JSON.stringify(sent, null, 2))).fetch);
    expect(response.status).toBe(200);
    expect(text).toBe(
      JSON.stringify({
        statusCode: 200,
        message: 'ok',
        data: { none: null, n: 42, yes: false, list: ['a', '[access token]', 7], nested: [[null, '[access token]!']], 'k-[access token]': { deep: ['[access token]'] } },
      }),
    );
  });

  it('should find the token in any element of an array, not only when every element holds it', async () => {
    const sent = JSON.stringify({ statusCode: 403, message: 'refused', echo: ['first', 'second', TOKEN] });
    const { response, text } = await statusThrough(authingAnswering(() => new Response(sent, { status: 403 })).fetch);
    expect(response.status).toBe(403);
    expect(JSON.parse(text)).toEqual({ statusCode: 403, message: 'refused', echo: ['first', 'second', '[access token]'] });
  });

  it('should pass on nothing of an answer whose token cannot be taken out, and say so with the requestId it gave the page', async () => {
    const { errors, onError } = collectErrors();
    const digits = '98765432109876543210';
    const handler = handlerFor(authing.server, {
      fetch: authingAnswering(() => new Response(`{"statusCode":200,"message":"ok","data":{"n":${digits}}}`)).fetch,
      getAccessToken: () => digits,
      onError,
    });
    const response = await answer(handler, requestTo(STATUS));
    const body = await response.json();
    expect(response.status).toBe(502);
    expect(body).toEqual({ statusCode: 502, message: "Bad gateway: Authing's answer could not be passed on safely.", requestId: expect.any(String) });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      kind: 'invalid-response',
      httpStatus: 200,
      requestId: body.requestId,
      message: `Authing's answer to GET ${authing.server.url}/api/v3/get-app-login-qrcode-status held the access token where it could not be taken out; nothing of it was passed on.`,
    });
  });
});

describe('given an Authing that cannot be reached', () => {
  it('should tell onError the whole chain of causes, five deep at most, with the requestId the page got', async () => {
    let cause: unknown = new Error('level 6');
    for (let level = 5; level >= 0; level -= 1) cause = new Error(level === 0 ? 'fetch failed' : `level ${level}`, { cause });
    const { errors, onError } = collectErrors();
    const { response, text } = await statusThrough(authingAnswering(() => Promise.reject(cause)).fetch, onError);

    expect(response.status).toBe(502);
    const body = JSON.parse(text);
    expect(body).toEqual({ statusCode: 502, message: 'Bad gateway: Authing could not be reached.', requestId: expect.any(String) });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ kind: 'network', requestId: body.requestId });
    expect(errors[0]!.message).toBe(
      `Could not reach Authing at GET ${authing.server.url}/api/v3/get-app-login-qrcode-status: fetch failed ← level 1 ← level 2 ← level 3 ← level 4`,
    );
  });

  it.each([
    ['a cause of null', new Error('fetch failed', { cause: null }), 'fetch failed'],
    ['a cause of undefined', new Error('fetch failed', { cause: undefined }), 'fetch failed'],
    ['an error with no message (named by its name)', Object.assign(new Error('fetch failed', { cause: new RangeError('') })), 'fetch failed ← RangeError'],
    ['a cause that is no Error', new Error('fetch failed', { cause: 'ECONNRESET' }), 'fetch failed ← ECONNRESET'],
    ['a thrown string', 'socket hang up', 'socket hang up'],
  ])('should end the chain where it ends: %s', async (_name, thrown, said) => {
    const { errors, onError } = collectErrors();
    await statusThrough(authingAnswering(() => Promise.reject(thrown)).fetch, onError);
    expect(errors[0]!.message).toBe(`Could not reach Authing at GET ${authing.server.url}/api/v3/get-app-login-qrcode-status: ${said}`);
  });

  it('should take the token out of a cause that repeats it', async () => {
    const { errors, onError } = collectErrors();
    await statusThrough(authingAnswering(() => Promise.reject(new Error('fetch failed', { cause: new Error(`bad header authorization: ${TOKEN}`) }))).fetch, onError);
    expect(errors[0]!.message).toBe(`Could not reach Authing at GET ${authing.server.url}/api/v3/get-app-login-qrcode-status: fetch failed ← bad header authorization: [access token]`);
  });
});

describe('given a page that goes away', () => {
  it('should answer 499 with its message and a requestId', async () => {
    const page = new AbortController();
    page.abort();
    const response = await answer(handlerFor(authing.server), new Request(requestTo(STATUS), { signal: page.signal }));
    expect(response.status).toBe(499);
    expect(await response.json()).toEqual({ statusCode: 499, message: 'The request was aborted by the client.', requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  });

  it('should not even call fetch for a request already aborted', async () => {
    const page = new AbortController();
    page.abort();
    const upstream = authingAnswering(() => new Response('{}'));
    const response = await answer(handlerFor(authing.server, { fetch: upstream.fetch }), new Request(requestTo(STATUS), { signal: page.signal }));
    expect(response.status).toBe(499);
    expect(upstream.calls).toEqual([]);
  });
});

describe("given an answer within the handler's time", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('should leave no timer behind once Authing has answered', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { response } = await statusThrough(authingAnswering(() => new Response('{"statusCode":200,"message":"ok","data":{"status":"PENDING"}}')).fetch);
    expect(response.status).toBe(200);
    expect(vi.getTimerCount()).toBe(0);
  });
});
