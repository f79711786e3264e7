/**
 * What went wrong, in the terms a UI needs to choose its message and whether to retry:
 * - `'network'`: the request never got an answer: offline, DNS, CORS, connection reset;
 * - `'timeout'`: no answer within the client's `timeoutMs`;
 * - `'unauthorized'`: no access token, or Authing says the session is not signed in (statusCode 401 / apiCode 2020);
 * - `'api'`: Authing answered with an error envelope or an HTTP error (4xx, 429, 5xx);
 * - `'invalid-response'`: the answer is not what the protocol promises: not JSON, no `data`, wrong field types;
 * - `'aborted'`: the caller aborted the request through its `AbortSignal`.
 */
export type FastpassErrorKind = 'network' | 'timeout' | 'unauthorized' | 'api' | 'invalid-response' | 'aborted';

export interface FastpassErrorDetails {
  /** The HTTP status of the response, when there was one. */
  httpStatus?: number | undefined;
  /** The envelope's `statusCode` (or the HTTP status when the body was no envelope). */
  statusCode?: number | undefined;
  /** Authing's refined error code, e.g. 2020 (not signed in) or 2011 (app does not exist). */
  apiCode?: number | undefined;
  /** Authing's request id: show it to users so that support can find the request. */
  requestId?: string | undefined;
  /** How long the server asked us to wait (`Retry-After`), in milliseconds. */
  retryAfterMs?: number | undefined;
  cause?: unknown;
}

/**
 * The one error type every client method rejects with. Its message never holds the access token.
 */
export class FastpassError extends Error {
  override readonly name = 'FastpassError';
  readonly kind: FastpassErrorKind;
  readonly httpStatus: number | undefined;
  readonly statusCode: number | undefined;
  readonly apiCode: number | undefined;
  readonly requestId: string | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(kind: FastpassErrorKind, message: string, details: FastpassErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = kind;
    this.httpStatus = details.httpStatus;
    this.statusCode = details.statusCode;
    this.apiCode = details.apiCode;
    this.requestId = details.requestId;
    this.retryAfterMs = details.retryAfterMs;
  }
}

/** `instanceof` fails across duplicated copies of the package; this does not. */
export function isFastpassError(value: unknown): value is FastpassError {
  return value instanceof FastpassError || (value instanceof Error && value.name === 'FastpassError' && 'kind' in value);
}
