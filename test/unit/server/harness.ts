import { createFastpassClient } from '../../../src/api/client';
import { createFastpassRequestHandler, type FastpassRequestHandlerConfig } from '../../../src/server';
import {
  createFastpassMockServer,
  FASTPASS_MOCK_ACCESS_TOKEN,
  FASTPASS_MOCK_APP_ID,
  FASTPASS_MOCK_OTHER_ACCESS_TOKEN,
  type FastpassMockServer,
} from '../../../src/testing/node';

/** The application's own origin, where the page and its backend for frontend live. */
export const SITE = 'https://app.example.com';
/** Where the handler is mounted, as a Next.js catch-all route would be. */
export const MOUNT = `${SITE}/api/fastpass`;

/** The application's session store: the cookie's session id → the Authing access token the server holds. */
export const SESSIONS: Record<string, string> = {
  'sid-zhangsan': FASTPASS_MOCK_ACCESS_TOKEN,
  'sid-lisi': FASTPASS_MOCK_OTHER_ACCESS_TOKEN,
};
/** Every token the server holds: none may reach an answer. */
export const SERVER_HELD_TOKENS = Object.values(SESSIONS);

/** What an application's `getAccessToken` does: the session cookie names a server-side session. */
export function tokenFromSessionCookie(request: Request): string | undefined {
  const sid = /(?:^|;\s*)sid=([^;]+)/.exec(request.headers.get('cookie') ?? '')?.[1];
  return sid === undefined ? undefined : SESSIONS[sid];
}

/** A mock Authing over real HTTP for one test file; its requests, codes and faults are forgotten after each test. */
export function setupAuthingOverHttp() {
  const authing = {} as { server: FastpassMockServer };
  beforeAll(async () => {
    authing.server = await createFastpassMockServer({ port: 0 });
  });
  afterEach(() => authing.server.mock.reset());
  afterAll(() => authing.server.close());
  return authing;
}

/** Every answer a test got from the handler, written out in full, for the search for tokens. */
export const answersSeen: string[] = [];

/** Calls the handler and keeps a written-out copy of its answer (status, every header, the body). */
export async function answer(handler: (request: Request) => Promise<Response>, request: Request): Promise<Response> {
  const response = await handler(request);
  const body = await response.clone().text();
  answersSeen.push(JSON.stringify({ status: response.status, headers: [...response.headers], body }));
  return response;
}

/**
 * Watches the console for a test file: the handler logs nothing (no `onError` in the config given), and
 * after all, no answer any test got holds a token the server holds.
 */
export function expectSilenceAndNoToken() {
  const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
  const spies: { mock: { calls: unknown[][] } }[] = [];
  beforeEach(() => {
    for (const method of methods) spies.push(vi.spyOn(console, method));
  });
  afterEach(() => {
    expect(spies.flatMap((spy) => spy.mock.calls)).toEqual([]);
    spies.length = 0;
  });
  afterAll(() => {
    expect(answersSeen.length).toBeGreaterThan(0);
    for (const token of SERVER_HELD_TOKENS) {
      expect(answersSeen.filter((text) => text.includes(token))).toEqual([]);
    }
  });
}

/** The handler in front of the mock, its session read from the cookie; override anything. */
export function handlerFor(server: FastpassMockServer, overrides: Partial<FastpassRequestHandlerConfig> = {}) {
  return createFastpassRequestHandler({ appHost: server.url, appId: FASTPASS_MOCK_APP_ID, getAccessToken: tokenFromSessionCookie, ...overrides });
}

/**
 * What a browser adds to the page's same-origin fetch: the site's cookie, `Sec-Fetch-Site`, and `Origin` on
 * a POST. The library's client gives its request to this "browser", which hands it to the handler as a
 * server framework would.
 */
export function browserFetch(
  handler: (request: Request) => Promise<Response>,
  { cookie = 'sid=sid-zhangsan', site = 'same-origin' as string | undefined, origin = SITE as string | undefined } = {},
): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const headers = new Headers(request.headers);
    if (cookie) headers.set('cookie', cookie);
    if (site) headers.set('sec-fetch-site', site);
    if (origin && request.method !== 'GET') headers.set('origin', origin);
    return answer(handler, new Request(request, { headers }));
  };
}

/** The library's own client as a page uses it with a backend for frontend: the mount as appHost, no token. */
export function pageClient(fetchThroughBrowser: typeof fetch, lang?: string) {
  return createFastpassClient({ appHost: MOUNT, appId: FASTPASS_MOCK_APP_ID, fetch: fetchThroughBrowser, lang, timeoutMs: 5_000 });
}

/** A request to the handler as a browser page (or anything else) would send it. */
export function requestTo(path: string, init: RequestInit & { headers?: Record<string, string> } = {}): Request {
  return new Request(`${SITE}${path}`, {
    ...init,
    headers: { cookie: 'sid=sid-zhangsan', 'sec-fetch-site': 'same-origin', ...init.headers },
  });
}
