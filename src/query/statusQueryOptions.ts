import { queryOptions } from '@tanstack/react-query';
import type { FastpassError } from '../api/errors';
import type { FastpassQrcodeStatus } from '../api/schemas';
import { fastpassQueryKeys } from './fastpassQueryKeys';
import { isTerminalStatus } from './predicates';
import { MAX_BACKOFF_MS, retryDelay } from './retryPolicy';
import { sendForSession, type FastpassSession } from './session';

/** Whether the server's last Retry-After, once the retries gave up, still asks us to wait. */
function isThrottled(state: { status: string; error: FastpassError | null; errorUpdatedAt: number }): boolean {
  const wait = state.error?.retryAfterMs;
  return state.status === 'error' && wait !== undefined && Date.now() < state.errorUpdatedAt + wait;
}

export interface FastpassPolling {
  qrcodeId: string;
  /** When the code arrived: its status is known to be PENDING then, so the first poll waits an interval. */
  issuedAt: number;
  /** Milliseconds between polls. */
  interval: number;
  /** Consecutive failed polls before the error shows. */
  maxFailures: number;
}

/**
 * Polling as TanStack does it well: `refetchInterval` (one request in flight at most, paused while the
 * tab is hidden), a check at once when the tab shows again, retries with backoff and Retry-After
 * that keep the last good status on screen until `maxFailures` polls in a row have failed.
 */
export function statusQueryOptions(session: FastpassSession, config: FastpassPolling) {
  const { qrcodeId, interval } = config;
  // onUnauthorized is a callback, not an input of the result: it stays out of the key.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions<FastpassQrcodeStatus, FastpassError>({
    queryKey: fastpassQueryKeys.status(session.identity, qrcodeId),
    queryFn: ({ signal }) => sendForSession(session, () => session.client.getAppLoginQrCodeStatus({ qrcodeId }, { signal })),
    initialData: { status: 'PENDING' },
    initialDataUpdatedAt: config.issuedAt,
    staleTime: interval,
    gcTime: 0,
    refetchInterval: (query) => {
      if (isTerminalStatus(query.state.data?.status)) return false;
      if (query.state.status !== 'error') return interval;
      // After the retries gave up, keep checking, slowly, so that the page recovers by itself; never
      // sooner than the server's last Retry-After.
      return Math.max(Math.min(MAX_BACKOFF_MS, interval * 2 ** config.maxFailures), query.state.error?.retryAfterMs ?? 0);
    },
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: (query) => (isTerminalStatus(query.state.data?.status) || isThrottled(query.state) ? false : 'always'),
    refetchOnReconnect: (query) => (isTerminalStatus(query.state.data?.status) || isThrottled(query.state) ? false : 'always'),
    retry: (failureCount, error) =>
      failureCount < config.maxFailures - 1 && error.kind !== 'unauthorized' && error.kind !== 'aborted',
    retryDelay: (attempt, error) => retryDelay(attempt, error, interval),
  });
}
