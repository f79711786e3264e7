import { authingRequestHeaders } from './authingHeaders';
import { API_CODE_NOT_SIGNED_IN } from './envelope';
import { FastpassError } from './errors';
import { FASTPASS_ENDPOINTS, joinUrl } from './endpoints';
import { formatIssues, type SchemaIssue } from './formatIssues';
import { parseRetryAfter } from './retryAfter';
import { scrubAccessToken } from './scrubAccessToken';
import { DEFAULT_TIMEOUT_MS, withTimeout } from './withTimeout';
import {
  authingEnvelopeSchema,
  fastpassQrcodeInfoSchema,
  fastpassQrcodeStatusSchema,
  signInFastpassOptionsSchema,
  type FastpassQrcodeInfo,
  type FastpassQrcodeStatus,
  type SignInFastpassOptions,
} from './schemas';

export { DEFAULT_TIMEOUT_MS };

export type AccessTokenGetter = () =>
  | string
  | null
  | undefined
  | Promise<string | null | undefined>;

export interface FastpassClientConfig {
  /**
   * Where Authing's V3 API is: the application's host, e.g. `https://example.authing.cn` (a path prefix is
   * kept), or, in a browser, a path on the page's own site where a server forwards the calls, e.g.
   * `/api/fastpass` (see `react-fastpass-qrcode/server`). A path resolves against `location.href` at request
   * time; where there is no `location` (a server), a request with a path rejects with a TypeError.
   */
  appHost: string;
  /** The Authing application id, sent as `x-authing-app-id`. */
  appId: string;
  /**
   * Returns the signed-in user's access token, sent raw as `authorization` (as Authing's Node SDK does).
   * Called before every request; no token (or a getter that throws) means kind `unauthorized` and nothing
   * is sent. Default: none, and then no `authorization` header at all: a server in front of Authing holds
   * the token (point `appHost` at it) and knows the user by the page's cookies, which go with the request
   * as with any same-origin fetch (`credentials: 'same-origin'`).
   */
  getAccessToken?: AccessTokenGetter | undefined;
  /** Sent as `x-authing-lang` when set: `zh-CN`, `en-US`, `ja-JP` or `zh-TW`. */
  lang?: string | undefined;
  /** The fetch to use. Default: the global `fetch`, looked up at call time. */
  fetch?: typeof fetch | undefined;
  /**
   * Milliseconds before a request fails with kind `timeout`. Default: 12 000 (a server in front of Authing, with
   * `react-fastpass-qrcode/server`, gives up at 8 000, so the page sees its 504 first).
   */
  timeoutMs?: number | undefined;
}

export interface FastpassRequestInit {
  /** Aborting it rejects the call with kind `aborted`. */
  signal?: AbortSignal | undefined;
}

export interface FastpassClient {
  /** `POST /api/v3/gene-fastpass-qrcode-info`: a new Fastpass QR code for the signed-in user. */
  geneFastpassQrcodeInfo(
    body?: { options?: SignInFastpassOptions | undefined },
    init?: FastpassRequestInit,
  ): Promise<FastpassQrcodeInfo>;
  /** `GET /api/v3/get-app-login-qrcode-status`: where the code stands. */
  getAppLoginQrCodeStatus(
    params: { qrcodeId: string },
    init?: FastpassRequestInit,
  ): Promise<FastpassQrcodeStatus>;
}

interface Schema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: readonly SchemaIssue[] } };
}

interface RequestSpec<T> {
  method: 'GET' | 'POST';
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  schema: Schema<T>;
  signal?: AbortSignal | undefined;
}

/**
 * A framework-free client for the two web-side endpoints of Authing's Fastpass flow. It sends the
 * request Authing's official Node SDK sends, and turns every failure into a {@link FastpassError}.
 */
export function createFastpassClient(config: FastpassClientConfig): FastpassClient {
  if (!config.appHost) throw new TypeError(`[react-fastpass-qrcode] createFastpassClient: appHost is required${process.env.NODE_ENV !== 'production' ? ', e.g. "https://example.authing.cn".' : ''}`);
  // A host without a scheme ("example.authing.cn") would resolve as a path under the page: refused at once.
  if (!isHttpUrl(config.appHost) && !config.appHost.startsWith('/')) {
    throw new TypeError(`[react-fastpass-qrcode] createFastpassClient: appHost must be an http(s) URL or a path starting with "/", not "${config.appHost}"${process.env.NODE_ENV !== 'production' ? ' (e.g. "https://example.authing.cn", or "/api/fastpass" for a server in front of Authing).' : '.'}`);
  }
  if (!config.appId) throw new TypeError(`[react-fastpass-qrcode] createFastpassClient: appId is required${process.env.NODE_ENV !== 'production' ? ' (the Authing application id).' : ''}`);
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function request<T>(spec: RequestSpec<T>): Promise<T> {
    throwIfAborted(spec.signal);
    const url = resolveUrl(config.appHost, spec.path);
    for (const [key, value] of Object.entries(spec.query ?? {})) url.searchParams.set(key, value);
    const token = await readAccessToken(config.getAccessToken);
    throwIfAborted(spec.signal);

    const headers = authingRequestHeaders({ appId: config.appId, accessToken: token, lang: config.lang, hasJsonBody: spec.body !== undefined });
    const { signal, didTimeOut, dispose } = withTimeout(spec.signal, timeoutMs);
    let response: Response;
    let text: string;
    try {
      const doFetch = config.fetch ?? globalThis.fetch;
      response = await doFetch(url.toString(), {
        method: spec.method,
        headers,
        body: spec.body === undefined ? null : JSON.stringify(spec.body),
        // fetch's default, written out: with no token here, the page's cookies are how a server in front of
        // Authing (a path appHost) knows the user; they never go to another origin.
        credentials: 'same-origin',
        signal,
      });
      text = await response.text();
    } catch (cause) {
      if (spec.signal?.aborted) throw abortedError(cause);
      if (didTimeOut()) {
        throw new FastpassError('timeout', `Authing did not answer ${spec.path} within ${timeoutMs} ms.`, { cause });
      }
      throw new FastpassError('network', `Could not reach Authing at ${url.origin} (${spec.path}): ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    } finally {
      dispose();
    }
    return readEnvelope(response, text, spec, token);
  }

  return {
    geneFastpassQrcodeInfo(body, init) {
      const options = body?.options;
      let payload: { options?: SignInFastpassOptions } = {};
      if (options !== undefined) {
        const parsed = signInFastpassOptionsSchema.safeParse(options);
        if (!parsed.success) {
          return Promise.reject(
            new TypeError(`[react-fastpass-qrcode] Invalid Fastpass options: ${formatIssues(parsed.error.issues)}. Nothing was sent.`),
          );
        }
        payload = { options };
      }
      return request({
        method: 'POST',
        path: FASTPASS_ENDPOINTS.geneFastpassQrcodeInfo,
        body: payload,
        schema: fastpassQrcodeInfoSchema,
        signal: init?.signal,
      });
    },
    getAppLoginQrCodeStatus(params, init) {
      if (typeof params?.qrcodeId !== 'string' || params.qrcodeId === '') {
        return Promise.reject(new TypeError('[react-fastpass-qrcode] getAppLoginQrCodeStatus needs a non-empty qrcodeId.'));
      }
      return request({
        method: 'GET',
        path: FASTPASS_ENDPOINTS.getAppLoginQrcodeStatus,
        query: { qrcodeId: params.qrcodeId },
        schema: fastpassQrcodeStatusSchema,
        signal: init?.signal,
      });
    },
  };
}

/**
 * The endpoint's URL. A path appHost resolves against the page's address, read at request time: a client
 * may well be built where there is no page (a server rendering the provider sends nothing from there),
 * so only a request without a page fails, and it fails before sending anything.
 */
function resolveUrl(appHost: string, path: string): URL {
  if (isHttpUrl(appHost)) return new URL(joinUrl(appHost, path));
  // The DOM types declare `location` everywhere; on a server it is missing.
  const page = (globalThis as { location?: { href?: string } }).location?.href;
  if (page === undefined) {
    throw new TypeError(
      `[react-fastpass-qrcode] appHost "${appHost}" is a path, and there is no page here (no globalThis.location) to resolve it against. Nothing was sent.` +
        (process.env.NODE_ENV !== 'production' ? " On a server, give Authing's (or your own server's) absolute URL." : ''),
    );
  }
  return new URL(joinUrl(appHost, path), page);
}

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** The token to send; undefined when there is no getter (a server in front holds the token). */
async function readAccessToken(getAccessToken: AccessTokenGetter | undefined): Promise<string | undefined> {
  if (!getAccessToken) return undefined;
  let token: string | null | undefined;
  try {
    token = await getAccessToken();
  } catch (cause) {
    throw new FastpassError('unauthorized', 'getAccessToken() failed, so no request was sent.', { cause });
  }
  if (typeof token !== 'string' || token === '') {
    throw new FastpassError('unauthorized', 'No access token: the user is not signed in, so no request was sent.');
  }
  return token;
}

function readEnvelope<T>(response: Response, text: string, spec: RequestSpec<T>, token: string | undefined): T {
  const httpStatus = response.status;
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
  let json: unknown;
  let isJson = true;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    isJson = false;
  }
  const envelope = isJson ? authingEnvelopeSchema.safeParse(json) : undefined;

  if (!envelope?.success) {
    const what = !isJson ? 'a body that is not JSON' : text === '' ? 'an empty body' : 'JSON that is not an Authing envelope';
    if (!response.ok) {
      // A proxy's HTML error page or a bare 429: the HTTP status is all the server told us.
      const kind = httpStatus === 401 ? 'unauthorized' : 'api';
      throw new FastpassError(kind, `Authing answered ${spec.path} with HTTP ${httpStatus} and ${what}.`, {
        httpStatus,
        statusCode: httpStatus,
        retryAfterMs,
      });
    }
    throw new FastpassError('invalid-response', `Authing answered ${spec.path} with ${what} (HTTP ${httpStatus}).`, {
      httpStatus,
    });
  }

  // A gateway may echo the credentials it refused: the token never reaches an error or the screen.
  const scrub = (text: string | undefined) => (text === undefined ? undefined : scrubAccessToken(text, token));
  const { statusCode, apiCode } = envelope.data;
  const message = scrub(envelope.data.message);
  const requestId = scrub(envelope.data.requestId);
  const details = { httpStatus, statusCode, apiCode, requestId, retryAfterMs };
  if (statusCode === 401 || apiCode === API_CODE_NOT_SIGNED_IN) {
    throw new FastpassError('unauthorized', `Authing says the session is not signed in: ${message ?? 'no message'}`, details);
  }
  if (statusCode !== 200) {
    throw new FastpassError('api', `Authing answered ${spec.path} with statusCode ${statusCode}${apiCode === undefined ? '' : ` (apiCode ${apiCode})`}: ${message ?? 'no message'}`, details);
  }
  if (envelope.data.data === undefined || envelope.data.data === null) {
    throw new FastpassError('invalid-response', `Authing answered ${spec.path} with success but no data.`, details);
  }
  const parsed = spec.schema.safeParse(envelope.data.data);
  if (!parsed.success) {
    throw new FastpassError('invalid-response', `Authing answered ${spec.path} with data that breaks the protocol: ${formatIssues(parsed.error.issues)}.`, details);
  }
  // The validated value is the server's own object: schemas hold no transforms, and keeping the
  // original keeps its key order and unknown fields, so the QR payload is exactly what the server sent.
  return envelope.data.data as T;
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortedError(signal.reason);
}

function abortedError(cause: unknown): FastpassError {
  return new FastpassError('aborted', 'The request was aborted.', { cause });
}
