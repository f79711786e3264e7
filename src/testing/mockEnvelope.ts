import { HttpResponse } from 'msw';
import { authingEnvelope } from '../api/envelope';
import type { AuthingEnvelope } from '../api/schemas';
import { FASTPASS_MOCK_MESSAGES, mockLangOf } from './messages';

/**
 * An Authing answer as the mock sends it: the body of `authingEnvelope` with a fresh `requestId`, in HTTP 200
 * unless `init` says otherwise (Authing sends most of its failures in HTTP 200 too).
 */
export function envelopeResponse(
  statusCode: number,
  message: string,
  extra: { apiCode?: number | undefined; data?: unknown } = {},
  init?: ResponseInit,
): Response {
  return HttpResponse.json(authingEnvelope(statusCode, message, { ...extra, requestId: crypto.randomUUID() }), init);
}

/**
 * What Authing answers when it fails itself: an envelope whose statusCode is the HTTP status (default 500),
 * in the language of `x-authing-lang`. The body alone, for the server's last resort, which has no `Request`.
 */
export function internalErrorEnvelope(lang: string | null | undefined, statusCode = 500): AuthingEnvelope {
  return authingEnvelope(statusCode, FASTPASS_MOCK_MESSAGES[mockLangOf(lang)].internalError, { requestId: crypto.randomUUID() });
}

/** {@link internalErrorEnvelope} as a response: HTTP `status` (default 500) with the envelope of the same statusCode. */
export function internalErrorResponse(request: Request, status = 500): Response {
  return HttpResponse.json(internalErrorEnvelope(request.headers.get('x-authing-lang'), status), { status });
}
