import type { FastpassError } from '../api/errors';

/** The longest a retry waits, whatever the backoff says (a server's Retry-After still wins). */
export const MAX_BACKOFF_MS = 30_000;

/**
 * Whether a failed minting request (`POST gene-fastpass-qrcode-info`) may be sent again by itself. Minting is not
 * idempotent: each request that reaches Authing mints a live credential, and one sent again blind mints a second that
 * nobody sees. So it is sent again only when Authing's answer says it refused the request: a 429 (HTTP, or a 429
 * envelope), throttled before anything was minted, after its Retry-After. Everything that may have reached Authing is
 * final, shown as the error with Retry for the person to decide:
 * - `timeout`: the request went out, and Authing may be minting slowly.
 * - `network`: fetch rejects with the same TypeError whether the connection was refused before anything was sent or
 *   dropped after the body went out; it cannot tell the two apart, so neither can we, and we assume the worse.
 * - a 5xx: a gateway's 502 or 504 (the server handler's own 504 when Authing hangs) says nothing of whether Authing
 *   minted, and Authing's own 500 may come after the code was made.
 * (Authing's 401 is a refusal too: `sendForSession` asks once more after `onUnauthorized`.) Status polls are reads,
 * safe to repeat: they keep their retries (`statusQueryOptions`).
 */
export function isRefusedMint(error: Pick<FastpassError, 'statusCode'>): boolean {
  // `statusCode` is the envelope's (Authing throttles with HTTP 429 and `{ statusCode: 429 }`, or a 429 envelope under
  // HTTP 200), or the HTTP status when the body is no envelope (a gateway's bare 429). A TypeError has none.
  return error.statusCode === 429;
}

/**
 * The wait before retry number `attempt` (0-based): exponential from `baseMs`, capped, with jitter
 * (half to all of it) so that many pages do not retry in step. `Retry-After` wins when the server sent it.
 */
export function retryDelay(attempt: number, error: Pick<FastpassError, 'retryAfterMs'>, baseMs: number, random: () => number = Math.random): number {
  // Only a FastpassError carries retryAfterMs (a TypeError from bad input has none).
  if (error.retryAfterMs !== undefined) return error.retryAfterMs;
  const exponential = Math.min(MAX_BACKOFF_MS, baseMs * 2 ** attempt);
  return Math.round(exponential * (0.5 + random() / 2));
}
