import {
  isServer,
  queryOptions,
  type OmitKeyof,
  type QueryFunction,
  type QueryKeyWithDataTag,
  type UseQueryOptions,
} from '@tanstack/react-query';
import type { FastpassError } from '../api/errors';
import type { FastpassQrcodeInfo, SignInFastpassOptions } from '../api/schemas';
import { fastpassQueryKeys } from './fastpassQueryKeys';
import { withTimeout } from '../api/withTimeout';
import { isRefusedMint, retryDelay } from './retryPolicy';
import { createSessionClient, identityOf, sendForSession, type FastpassSession, type FastpassSessionSettings, type OnUnauthorized } from './session';

/** How long a fetched code stays in the browser's cache with nobody showing it. */
const QRCODE_GC_TIME_MS = 60_000;

/** How long a server render waits for Authing by default: a page is held this long at most, then renders `loading`. */
export const SERVER_TIMEOUT_MS = 3_000;

/**
 * What `fastpassQrcodeQueryOptions` returns: TanStack's `queryOptions` for the code, its key tagged with the data and
 * error types (spelled out with `@tanstack/react-query`'s names, the peer a consumer has installed).
 */
export type FastpassQrcodeQueryOptions = OmitKeyof<UseQueryOptions<FastpassQrcodeInfo, FastpassError, FastpassQrcodeInfo, readonly unknown[]>, 'queryFn'> & {
  queryFn?: QueryFunction<FastpassQrcodeInfo, readonly unknown[], never> | undefined;
} & QueryKeyWithDataTag<readonly unknown[], FastpassQrcodeInfo, FastpassError>;

/**
 * The code's query for a session: what the hook uses, and what the public options adapt. On the server it keeps
 * TanStack Query's server defaults: no gc timer (the cache goes with the request, and the process can exit at once)
 * and no retry (a page must not wait for a second try; the browser takes over with one request of its own).
 */
export function codeQueryOptions(
  session: FastpassSession,
  options: SignInFastpassOptions | undefined,
  // On the server, how long a request by a given client (which keeps its own timeout) may take at most.
  deadlineMs?: number,
): FastpassQrcodeQueryOptions {
  // onUnauthorized is a callback, not an input of the result: it stays out of the key.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions<FastpassQrcodeInfo, FastpassError>({
    queryKey: fastpassQueryKeys.qrcode(session.identity, options),
    queryFn: async ({ signal }) => {
      const send = (within: AbortSignal) =>
        sendForSession(session, () => session.client.geneFastpassQrcodeInfo(options === undefined ? undefined : { options }, { signal: within }));
      if (deadlineMs === undefined) return send(signal);
      // A timer and a controller held here, not AbortSignal.timeout under AbortSignal.any: Node 20 may collect that
      // timeout signal before it fires (seen: a hanging Authing held a page for the client's 10 s, not 3).
      const deadline = withTimeout(signal, deadlineMs);
      try {
        return await send(deadline.signal);
      } finally {
        deadline.dispose();
      }
    },
    // A code is replaced on purpose (expiry, refresh), never because it went "stale".
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    // A code we have is never stale (staleTime above), so this asks again only for a code that failed with kind
    // `network`, and only when the browser says its network is back (TanStack calls this on an offline → online change
    // only): not blind, the browser saw the connection go, and once per return of the network at most. Such a request
    // may still, rarely, have reached Authing before the connection dropped; that one orphan code is the price of a page
    // that heals by itself. A timeout or a 5xx is never asked again by itself.
    refetchOnReconnect: (query) => query.state.error?.kind === 'network',
    ...(isServer
      ? { retry: false }
      : {
          gcTime: QRCODE_GC_TIME_MS,
          // Never blind: only a request Authing refused (429) is sent again (see isRefusedMint).
          retry: (failureCount: number, error: FastpassError) => failureCount < 2 && isRefusedMint(error),
          retryDelay: (attempt: number, error: FastpassError) => retryDelay(attempt, error, 1_000),
        }),
  });
}

export interface FastpassQrcodeQueryConfig extends FastpassSessionSettings {
  /** The request's `options`: `scope` (must contain `openid`), `context`, `customData`. */
  options?: SignInFastpassOptions | undefined;
  /** Called on `unauthorized` before the one retry. */
  onUnauthorized?: OnUnauthorized | undefined;
}

/**
 * TanStack `queryOptions` for one Fastpass QR code: the key (host, app, session, request options) and the function
 * that asks Authing for it. Use it to prefetch on the server (or see `prefetchFastpassQrcode`, which also skips
 * revalidations): `useFastpassQrcode` then shows that code without a second request (give the provider the same
 * `appHost`, `appId` and `accessToken` or `sessionKey`). On the server a request gives up after 3 s unless
 * `timeoutMs` says otherwise (a page is never held longer), with a given `client` too, and a failure is not retried.
 * No React in it: a Server Component may call it.
 */
export function fastpassQrcodeQueryOptions(config: FastpassQrcodeQueryConfig): FastpassQrcodeQueryOptions {
  const timeoutMs = config.timeoutMs ?? (isServer ? SERVER_TIMEOUT_MS : undefined);
  return codeQueryOptions(
    { client: createSessionClient({ ...config, timeoutMs }), identity: identityOf(config), onUnauthorized: config.onUnauthorized },
    config.options,
    // A client built here already gives up at `timeoutMs`; a given one keeps its own timeout, so the server caps it.
    isServer && config.client ? timeoutMs : undefined,
  );
}
