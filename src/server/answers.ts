import { authingEnvelope } from '../api/envelope';

/**
 * Headers on every answer of the handler. `no-store`: a Fastpass code is a credential for the account,
 * and a status names who scanned it, so no cache (the browser's, a CDN's, a proxy's) may keep either.
 * `nosniff` and the sandboxing policy: the answer comes from the application's own origin and may carry
 * text Authing (or a proxy in front of it) wrote, such as an HTML error page; it must never run as a page
 * there, whoever opens its URL.
 */
export const ANSWER_HEADERS: Readonly<Record<string, string>> = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'; sandbox",
};

/**
 * An answer the handler writes itself, shaped as Authing's are (`{ statusCode, message, apiCode?, requestId }`),
 * so that the browser-side client reads it as it reads Authing's: the HTTP status and the envelope's
 * `statusCode` pick the error's kind. The request id goes to `onError` too, so that what a user reports
 * (the card shows it) finds the server's record.
 */
export function envelopeAnswer(
  httpStatus: number,
  statusCode: number,
  message: string,
  extra: { apiCode?: number; requestId: string; headers?: Record<string, string> },
): Response {
  const body = authingEnvelope(statusCode, message, { apiCode: extra.apiCode, requestId: extra.requestId });
  return new Response(JSON.stringify(body), {
    status: httpStatus,
    headers: { ...ANSWER_HEADERS, 'content-type': 'application/json; charset=utf-8', ...extra.headers },
  });
}
