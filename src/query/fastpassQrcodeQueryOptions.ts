import { queryOptions } from '@tanstack/react-query';
import type { FastpassError } from '../api/errors';
import type { FastpassQrcodeInfo, SignInFastpassOptions } from '../api/schemas';
import { fastpassQueryKeys } from './fastpassQueryKeys';
import { isTransientError, retryDelay } from './retryPolicy';
import { createSessionClient, identityOf, sendForSession, type FastpassSession, type FastpassSessionSettings, type OnUnauthorized } from './session';

/** How long a fetched code stays in the cache with nobody showing it. */
export const DEFAULT_QRCODE_GC_TIME_MS = 60_000;

/** The code's query for a session: what the hook uses, and what the public options adapt. */
export function codeQueryOptions(session: FastpassSession, options: SignInFastpassOptions | undefined) {
  // onUnauthorized is a callback, not an input of the result: it stays out of the key.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions<FastpassQrcodeInfo, FastpassError>({
    queryKey: fastpassQueryKeys.qrcode(session.identity, options),
    queryFn: ({ signal }) =>
      sendForSession(session, () => session.client.geneFastpassQrcodeInfo(options === undefined ? undefined : { options }, { signal })),
    // A code is replaced on purpose (expiry, refresh), never because it went "stale".
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: DEFAULT_QRCODE_GC_TIME_MS,
    refetchOnWindowFocus: false,
    // A code we have is never stale (staleTime above), so this only asks again for a code that
    // failed to arrive, e.g. for want of a network.
    refetchOnReconnect: true,
    retry: (failureCount, error) => failureCount < 2 && isTransientError(error),
    retryDelay: (attempt, error) => retryDelay(attempt, error, 1_000),
  });
}

export interface FastpassQrcodeQueryConfig extends FastpassSessionSettings {
  /** The request's `options`: `scope` (must contain `openid`), `context`, `customData`. */
  options?: SignInFastpassOptions | undefined;
  /** Called on `unauthorized` before the one retry. */
  onUnauthorized?: OnUnauthorized | undefined;
}

/**
 * TanStack `queryOptions` for one Fastpass QR code: the key (host, app, session, request options) and
 * the function that asks Authing for it. Use it to prefetch in a route loader or on the server:
 * `await queryClient.prefetchQuery(fastpassQrcodeQueryOptions({ appHost, appId, accessToken }))`;
 * `useFastpassQrcode` then shows that code without a second request (give the provider the same
 * `accessToken`, or the same `sessionKey`). It has no React in it: a Server Component may call it.
 */
export function fastpassQrcodeQueryOptions(config: FastpassQrcodeQueryConfig) {
  return codeQueryOptions({ client: createSessionClient(config), identity: identityOf(config), onUnauthorized: config.onUnauthorized }, config.options);
}
