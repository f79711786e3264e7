import { authingRequestHeaders } from '../api/authingHeaders';
import { API_CODE_NOT_SIGNED_IN } from '../api/envelope';
import { FastpassError } from '../api/errors';
import { FASTPASS_ENDPOINTS, joinUrl } from '../api/endpoints';
import { scrubAccessToken } from '../api/scrubAccessToken';
import { DEFAULT_HANDLER_TIMEOUT_MS } from '../api/withTimeout';
import { envelopeAnswer } from './answers';
import { crossOriginRefusal, normalizeAllowedOrigins } from './crossOriginRefusal';
import { createNoStoreFetch } from './createNoStoreFetch';
import { describeChain } from './describeChain';
import { clientGone, forwardToAuthing } from './forwardToAuthing';
import { readGeneFastpassBody } from './readGeneFastpassBody';

const PREFIX = '[react-fastpass-qrcode/server]';

/** The largest `gene-fastpass-qrcode-info` body read by default: the options are a few hundred bytes. */
const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

/**
 * What a request handler may say the language is: a language tag (`zh-CN`, `en-US`, and Authing's `zh_CN`
 * spelling too); anything else from the page is not forwarded.
 */
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/;

/**
 * What a token must look like to go into a header: visible ASCII (JWTs, RFC 6750's b64token). A value with
 * a line break or a non-ASCII character makes `Headers` throw a message that repeats the value.
 */
const HEADER_SAFE_TOKEN = /^[\x21-\x7e]+$/;

/** What a session store returns for the user behind a request: the token, or nothing when not signed in. */
export type RequestAccessTokenGetter = (
  request: Request,
) => string | null | undefined | Promise<string | null | undefined>;

export interface FastpassRequestHandlerConfig {
  /** The Authing application's host, an absolute URL, e.g. `https://example.authing.cn` (a path prefix is kept). */
  appHost: string;
  /** The Authing application id, sent as `x-authing-app-id`. */
  appId: string;
  /**
   * Returns the signed-in user's Authing access token for this request, e.g. from the session the request's
   * cookie names. `null`, `undefined`, `''` or a throw mean not signed in: the page gets Authing's own
   * "not signed in" answer and nothing is sent to Authing. It must not read the request's body.
   */
  getAccessToken: RequestAccessTokenGetter;
  /**
   * Sent as `x-authing-lang` (`zh-CN`, `en-US`, `ja-JP` or `zh-TW`) when the page sends none of its own.
   * Default: only the page's (the browser-side client's `lang`).
   */
  lang?: string | undefined;
  /** The fetch that reaches Authing. Default: the global `fetch`, looked up at call time. */
  fetch?: typeof fetch | undefined;
  /**
   * Milliseconds Authing has to answer before the page gets a 504. Default: 8 000, under the browser client's 12 000, so
   * that the page sees this 504 rather than its own timeout. Keep it under the page's `timeoutMs` if you change either.
   */
  timeoutMs?: number | undefined;
  /**
   * Origins, besides the request's own, whose pages may call (e.g. `https://app.example.com` when a proxy
   * in front rewrites `Host`, for browsers that send no `Sec-Fetch-Site`). Default: none.
   */
  allowedOrigins?: readonly string[] | undefined;
  /** The largest request body read; a larger one is answered 413. Default: 64 KiB. */
  maxBodyBytes?: number | undefined;
  /**
   * Called with what went wrong on the server's side, for your logs: a `FastpassError` of kind `network`
   * (Authing unreachable), `timeout` (too slow), `invalid-response` (a redirect, or an answer the token could
   * not be taken out of) or `unauthorized` (`getAccessToken` threw, as `cause`, or gave a value no header can
   * carry), each with the `requestId` the page was given; or, for a bug, a plain `Error`. No error holds the
   * access token. Refused requests (403, 404, 405, 400) are the caller's doing and are not reported. What it
   * throws is ignored. Default: none, and the handler logs nothing.
   */
  onError?: ((error: Error) => void) | undefined;
}

/** A Web-standard request handler: Next.js route handlers, React Router resource routes, Hono, Deno, Bun, workers. */
export type FastpassRequestHandler = (request: Request) => Promise<Response>;

type Route = { endpoint: 'geneFastpassQrcodeInfo'; method: 'POST' } | { endpoint: 'getAppLoginQrcodeStatus'; method: 'GET' };

const ROUTES: readonly Route[] = [
  { endpoint: 'geneFastpassQrcodeInfo', method: 'POST' },
  { endpoint: 'getAppLoginQrcodeStatus', method: 'GET' },
];

/**
 * A backend for frontend (the IETF OAuth browser-based-apps BCP's pattern) for the page's two Fastpass
 * calls, so that the user's Authing access token stays on the server. Mounted at any path, it answers
 * `POST …/api/v3/gene-fastpass-qrcode-info` and `GET …/api/v3/get-app-login-qrcode-status?qrcodeId=`,
 * sends each to Authing as Authing's Node SDK does with the token `getAccessToken(request)` returns, and
 * passes Authing's answer back: status, body (the token scrubbed out), `content-type` and `retry-after`,
 * and no other header of Authing's. Point the browser-side client (or `<FastpassProvider>`) at the mount
 * path as `appHost`, with no token.
 *
 * Refused before Authing hears of it: another path (404), another method (405), a request from another
 * site (403), no session (Authing's "not signed in" envelope), bad input (400, 413). Authing unreachable
 * is a 502, too slow a 504; the request's own `signal` aborts the call to Authing. Every answer is an
 * Authing-style envelope the client reads as Authing's, and carries `cache-control: no-store`. The
 * handler never throws, and logs nothing unless given `onError`. It uses Web `Request`, `Response` and
 * `fetch` only: Node 20, edge runtimes and workers alike.
 *
 * @example
 * // app/api/fastpass/[...path]/route.ts (Next.js)
 * const handler = createFastpassRequestHandler({
 *   appHost: process.env.AUTHING_APP_HOST!,
 *   appId: process.env.AUTHING_APP_ID!,
 *   getAccessToken: async () => (await getSession())?.authingAccessToken,
 * });
 * export const GET = handler;
 * export const POST = handler;
 */
export function createFastpassRequestHandler(config: FastpassRequestHandlerConfig): FastpassRequestHandler {
  if (!isHttpUrl(config.appHost)) {
    throw new TypeError(`${PREFIX} createFastpassRequestHandler: appHost must be Authing's absolute URL, e.g. "https://example.authing.cn".`);
  }
  if (!config.appId) throw new TypeError(`${PREFIX} createFastpassRequestHandler: appId is required (the Authing application id).`);
  if (typeof config.getAccessToken !== 'function') {
    throw new TypeError(`${PREFIX} createFastpassRequestHandler: getAccessToken(request) is required; it returns the signed-in user's access token.`);
  }
  const timeoutMs = config.timeoutMs ?? DEFAULT_HANDLER_TIMEOUT_MS;
  if (!(timeoutMs > 0 && Number.isFinite(timeoutMs))) throw new TypeError(`${PREFIX} createFastpassRequestHandler: timeoutMs must be a positive number of milliseconds.`);
  const maxBodyBytes = config.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (!(Number.isInteger(maxBodyBytes) && maxBodyBytes > 0)) throw new TypeError(`${PREFIX} createFastpassRequestHandler: maxBodyBytes must be a positive integer.`);
  const allowedOrigins = normalizeAllowedOrigins(config.allowedOrigins);
  const send = createNoStoreFetch(config.fetch);

  function report(error: Error): void {
    try {
      config.onError?.(error);
    } catch {
      // A logging hook that fails must not cost the page its answer.
    }
  }

  // `setToken` hands the token out as soon as it is known, so that even a bug's error is scrubbed of it.
  async function handle(request: Request, requestId: string, setToken: (token: string) => void): Promise<Response> {
    const url = new URL(request.url);
    const route = ROUTES.find(({ endpoint }) => url.pathname.endsWith(FASTPASS_ENDPOINTS[endpoint]));
    if (!route) {
      return envelopeAnswer(404, 404, 'Not found: this handler answers …/api/v3/gene-fastpass-qrcode-info and …/api/v3/get-app-login-qrcode-status only.', { requestId });
    }
    if (request.method !== route.method) {
      return envelopeAnswer(405, 405, `Method not allowed: ${FASTPASS_ENDPOINTS[route.endpoint]} takes ${route.method}.`, { requestId, headers: { allow: route.method } });
    }
    const refusal = crossOriginRefusal(request, allowedOrigins);
    if (refusal) return envelopeAnswer(403, 403, `Forbidden: ${refusal}. Only pages of this site may call.`, { requestId });

    let token: string | null | undefined;
    try {
      token = await config.getAccessToken(request);
    } catch (cause) {
      report(new FastpassError('unauthorized', `getAccessToken(request) threw, so the request was answered as not signed in.`, { cause, requestId }));
      return notSignedIn(requestId);
    }
    if (typeof token !== 'string' || token === '') return notSignedIn(requestId);
    if (!HEADER_SAFE_TOKEN.test(token)) {
      report(new FastpassError('unauthorized', 'getAccessToken(request) returned a value that cannot go into a header (not visible ASCII), so the request was answered as not signed in.', { requestId }));
      return notSignedIn(requestId);
    }
    setToken(token);

    const target = new URL(joinUrl(config.appHost, FASTPASS_ENDPOINTS[route.endpoint]));
    let body: string | null = null;
    if (route.endpoint === 'getAppLoginQrcodeStatus') {
      const [qrcodeId, ...more] = url.searchParams.getAll('qrcodeId');
      if (!qrcodeId || more.length > 0) return envelopeAnswer(400, 400, 'Bad request: give exactly one non-empty qrcodeId.', { requestId });
      target.searchParams.set('qrcodeId', qrcodeId);
    } else {
      const reading = await readGeneFastpassBody(request, maxBodyBytes);
      if (request.signal.aborted) return clientGone(requestId);
      if (!reading.ok) return envelopeAnswer(reading.httpStatus, reading.httpStatus, `Bad request: ${reading.message}`, { requestId });
      body = JSON.stringify(reading.body);
    }
    if (request.signal.aborted) return clientGone(requestId);

    const pageLang = request.headers.get('x-authing-lang');
    const lang = pageLang !== null && LANGUAGE_TAG.test(pageLang) ? pageLang : config.lang;
    return forwardToAuthing({
      target,
      method: route.method,
      headers: authingRequestHeaders({ appId: config.appId, accessToken: token, lang, hasJsonBody: body !== null }),
      body,
      accessToken: token,
      signal: request.signal,
      timeoutMs,
      send,
      requestId,
      report,
    });
  }

  return async function fastpassRequestHandler(request) {
    const requestId = crypto.randomUUID();
    let token: string | undefined;
    try {
      return await handle(request, requestId, (value) => (token = value));
    } catch (error) {
      // A bug, or a `fetch` or framework that broke its contract: a 500, and an error without the token.
      const bug = new Error(scrubAccessToken(describeChain(error), token));
      if (error instanceof Error && error.stack) bug.stack = scrubAccessToken(error.stack, token);
      report(bug);
      return envelopeAnswer(500, 500, 'Internal server error.', { requestId });
    }
  };
}

/** What Authing answers for a request without a session: statusCode 401 / apiCode 2020 in an HTTP 200. */
function notSignedIn(requestId: string): Response {
  return envelopeAnswer(200, 401, 'Not signed in: there is no session for this request.', { apiCode: API_CODE_NOT_SIGNED_IN, requestId });
}

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
