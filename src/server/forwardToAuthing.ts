import { FastpassError } from '../api/errors';
import { scrubAccessToken } from '../api/scrubAccessToken';
import { withTimeout } from '../api/withTimeout';
import { ANSWER_HEADERS, envelopeAnswer } from './answers';
import { describeChain } from './describeChain';
import { scrubAnswerBody } from './scrubAnswerBody';

/** Authing's headers that go on to the page: what the client reads. The rest (cookies above all) stays here. */
const PASSED_HEADERS = ['content-type', 'retry-after'] as const;

export interface ForwardSpec {
  /** Authing's URL for the endpoint, query included. */
  target: URL;
  method: 'GET' | 'POST';
  /** The headers Authing's Node SDK sends, the token among them. */
  headers: Record<string, string>;
  body: string | null;
  /** The token in `headers`, to keep out of the answer and of every error. */
  accessToken: string;
  /** The page's request's signal: the page going away aborts the call. */
  signal: AbortSignal;
  timeoutMs: number;
  /** Sends to Authing (see `createNoStoreFetch`). */
  send: (url: URL, init: RequestInit) => Promise<Response>;
  requestId: string;
  report: (error: Error) => void;
}

/**
 * Sends one checked request to Authing and turns its answer into the page's: Authing's status, its body
 * with the token taken out, `content-type` and `retry-after`, and the handler's own headers; or a 502
 * (unreachable, a redirect, an answer the token cannot be taken out of), a 504 (no answer in time) or a
 * 499 (the page went away), each told to `report` but the last.
 */
export async function forwardToAuthing(spec: ForwardSpec): Promise<Response> {
  const { requestId, report } = spec;
  const where = `${spec.method} ${spec.target.origin}${spec.target.pathname}`;
  const { signal, didTimeOut, dispose } = withTimeout(spec.signal, spec.timeoutMs);
  let upstream: Response;
  let text: string;
  try {
    // Redirects are not followed: the token goes to appHost and nowhere else.
    upstream = await spec.send(spec.target, { method: spec.method, headers: spec.headers, body: spec.body, redirect: 'manual', signal });
    text = await upstream.text();
  } catch (cause) {
    if (spec.signal.aborted) return clientGone(requestId);
    if (didTimeOut()) {
      report(new FastpassError('timeout', `Authing did not answer ${where} within ${spec.timeoutMs} ms.`, { requestId }));
      return envelopeAnswer(504, 504, `Gateway timeout: Authing did not answer within ${spec.timeoutMs} ms.`, { requestId });
    }
    report(new FastpassError('network', `Could not reach Authing at ${where}: ${scrubAccessToken(describeChain(cause), spec.accessToken)}`, { requestId }));
    return envelopeAnswer(502, 502, 'Bad gateway: Authing could not be reached.', { requestId });
  } finally {
    dispose();
  }

  const { status } = upstream;
  if (status < 200 || status > 599 || (status >= 300 && status < 400)) {
    report(new FastpassError('invalid-response', `Authing answered ${where} with HTTP ${status}, which is not followed; check appHost.`, { requestId, httpStatus: status }));
    return envelopeAnswer(502, 502, `Bad gateway: Authing answered with HTTP ${status}.`, { requestId });
  }
  const body = scrubAnswerBody(text, spec.accessToken);
  if (body === undefined) {
    report(new FastpassError('invalid-response', `Authing's answer to ${where} held the access token where it could not be taken out; nothing of it was passed on.`, { requestId, httpStatus: status }));
    return envelopeAnswer(502, 502, "Bad gateway: Authing's answer could not be passed on safely.", { requestId });
  }

  const headers = new Headers(ANSWER_HEADERS);
  for (const name of PASSED_HEADERS) {
    const value = upstream.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  return new Response(status === 204 || status === 205 ? null : body, { status, headers });
}

/** The page went away: nobody reads this answer, but a handler must return one (499, as nginx and Authing name it). */
export function clientGone(requestId: string): Response {
  return envelopeAnswer(499, 499, 'The request was aborted by the client.', { requestId });
}
