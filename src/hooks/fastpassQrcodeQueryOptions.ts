import { queryOptions } from '@tanstack/react-query';
import { createFastpassClient, type AccessTokenGetter, type FastpassClient } from '../api/client';
import type { FastpassError } from '../api/errors';
import type { FastpassQrcodeInfo, SignInFastpassOptions } from '../api/schemas';
import { fastpassQueryKeys } from './fastpassQueryKeys';
import { isTransientError, retryDelay } from './retryPolicy';
import { sessionFingerprint } from './sessionFingerprint';
import { sendForSession, type OnUnauthorized } from './withUnauthorizedRetry';

/** How long a fetched code stays in the cache with nobody showing it. */
export const DEFAULT_QRCODE_GC_TIME_MS = 60_000;
/** The session name used when only `getAccessToken` is known: pass `sessionKey` to tell sessions apart. */
export const UNNAMED_SESSION = 'session';

export interface FastpassQrcodeQueryConfig {
  /** The Authing application's host. */
  appHost: string;
  /** The Authing application id. */
  appId: string;
  /** The signed-in user's access token. */
  accessToken?: string | null | undefined;
  /** Reads the access token at request time; wins over `accessToken`. */
  getAccessToken?: AccessTokenGetter | undefined;
  /**
   * Names the signed-in session in the query key (e.g. the user id). Default: a fingerprint of
   * `accessToken`, never the token itself. Use the same value on the server and in the browser so
   * that a prefetched code is picked up.
   */
  sessionKey?: string | undefined;
  /** A ready client; otherwise one is made from the settings here. */
  client?: FastpassClient | undefined;
  lang?: string | undefined;
  fetch?: typeof fetch | undefined;
  timeoutMs?: number | undefined;
  /** The request's `options`: `scope` (must contain `openid`), `context`, `customData`. */
  options?: SignInFastpassOptions | undefined;
  /** Called on `unauthorized` before the one retry. */
  onUnauthorized?: OnUnauthorized | undefined;
  /** When given and false for this session, nothing is sent (kind `aborted`). */
  isCurrentSession?: ((session: string) => boolean) | undefined;
}

/** The session part of the key: an explicit key, a token fingerprint, or a fixed name. */
export function resolveSession(config: Pick<FastpassQrcodeQueryConfig, 'sessionKey' | 'accessToken' | 'getAccessToken'>): string | undefined {
  if (config.sessionKey) return config.sessionKey;
  if (config.accessToken) return sessionFingerprint(config.accessToken);
  return config.getAccessToken ? UNNAMED_SESSION : undefined;
}

/**
 * TanStack `queryOptions` for one Fastpass QR code: the key (host, app, session, request options) and
 * the function that asks Authing for it. Use it to prefetch in a route loader or on the server:
 * `await queryClient.prefetchQuery(fastpassQrcodeQueryOptions({ appHost, appId, accessToken }))`;
 * `useFastpassQrcode` then shows that code without a second request.
 */
export function fastpassQrcodeQueryOptions(config: FastpassQrcodeQueryConfig) {
  const session = resolveSession(config) ?? UNNAMED_SESSION;
  const client =
    config.client ??
    createFastpassClient({
      appHost: config.appHost,
      appId: config.appId,
      getAccessToken: config.getAccessToken ?? (() => config.accessToken),
      lang: config.lang,
      fetch: config.fetch,
      timeoutMs: config.timeoutMs,
    });
  const options = config.options;

  // onUnauthorized is a callback, not an input of the result: it stays out of the key.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions<FastpassQrcodeInfo, FastpassError>({
    queryKey: fastpassQueryKeys.qrcode({ appHost: config.appHost, appId: config.appId, session }, options),
    queryFn: ({ signal }) =>
      sendForSession({ ...config, session }, () =>
        client.geneFastpassQrcodeInfo(options === undefined ? undefined : { options }, { signal }),
      ),
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
