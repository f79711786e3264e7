import { isFastpassError } from '../api/errors';

/** The longest a retry waits, whatever the backoff says (a server's Retry-After still wins). */
export const MAX_BACKOFF_MS = 30_000;

/** Failures that a later attempt can fix: no answer, throttling, a server error. */
export function isTransientError(error: unknown): boolean {
  if (!isFastpassError(error)) return false;
  if (error.kind === 'network' || error.kind === 'timeout') return true;
  if (error.kind !== 'api') return false;
  const status = error.httpStatus !== undefined && error.httpStatus >= 400 ? error.httpStatus : error.statusCode;
  return status === 429 || (status !== undefined && status >= 500);
}

/**
 * The wait before retry number `attempt` (0-based): exponential from `baseMs`, capped, with jitter
 * (half to all of it) so that many pages do not retry in step. `Retry-After` wins when the server sent it.
 */
export function retryDelay(attempt: number, error: unknown, baseMs: number, random: () => number = Math.random): number {
  if (isFastpassError(error) && error.retryAfterMs !== undefined) return error.retryAfterMs;
  const exponential = Math.min(MAX_BACKOFF_MS, baseMs * 2 ** attempt);
  return Math.round(exponential * (0.5 + random() / 2));
}
