import type { AuthingEnvelope } from './schemas';

/**
 * The body of an Authing V3 answer: `{ statusCode, message, apiCode?, requestId?, data? }`. Everything
 * that answers as Authing does (the mock, the backend-for-frontend handler) builds its bodies here, so
 * that they all have one shape; only the fields given are written.
 */
export function authingEnvelope(
  statusCode: number,
  message: string,
  extra: { apiCode?: number | undefined; requestId?: string | undefined; data?: unknown } = {},
): AuthingEnvelope {
  const body: AuthingEnvelope = { statusCode, message };
  if (extra.apiCode !== undefined) body.apiCode = extra.apiCode;
  if (extra.requestId !== undefined) body.requestId = extra.requestId;
  if (extra.data !== undefined) body.data = extra.data;
  return body;
}

/** Authing's apiCode for "not signed in" (with `statusCode` 401). */
export const API_CODE_NOT_SIGNED_IN = 2020;
