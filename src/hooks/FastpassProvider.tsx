'use client';
import { QueryClientContext } from '@tanstack/react-query';
import { useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { createFastpassClient, type AccessTokenGetter, type FastpassClient } from '../api/client';
import { normalizeAppHost } from '../api/endpoints';
import { FastpassContext, type FastpassContextValue } from './fastpassContext';
import { identityOfKey } from './fastpassQueryKeys';
import { resolveSession, UNNAMED_SESSION } from './fastpassQrcodeQueryOptions';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect';
import type { OnUnauthorized } from './withUnauthorizedRetry';

export interface FastpassProviderProps {
  /** The Authing application's host, e.g. `https://example.authing.cn`. */
  appHost: string;
  /** The Authing application id. */
  appId: string;
  /**
   * The signed-in user's access token. `null` or `undefined` (with no `getAccessToken`) means signed
   * out: nothing is requested. A new token is a new session: the old code is dropped.
   */
  accessToken?: string | null | undefined;
  /** Reads the token at request time (e.g. from your auth SDK); wins over `accessToken`. */
  getAccessToken?: AccessTokenGetter | undefined;
  /**
   * Names the session (e.g. the user id). Default: a fingerprint of `accessToken`. Set it when you use
   * `getAccessToken`, so that signing in as someone else drops the previous user's code.
   */
  sessionKey?: string | undefined;
  /** `zh-CN` (default in the component) or `en-US`; sent to Authing as `x-authing-lang`. */
  lang?: string | undefined;
  /** The fetch to use. Default: the global fetch. */
  fetch?: typeof fetch | undefined;
  /** Request timeout in ms. Default: 10 000. */
  timeoutMs?: number | undefined;
  /** A ready client (tests, custom transports); the settings above then only name the session. */
  client?: FastpassClient | undefined;
  /** Called when Authing says the session is not signed in; refresh the token here. One retry follows. */
  onUnauthorized?: OnUnauthorized | undefined;
  children?: ReactNode;
}

/**
 * Holds the Authing client and the signed-in session for every `useFastpassQrcode` below it.
 * It needs a TanStack `QueryClientProvider` above it.
 */
export function FastpassProvider(props: FastpassProviderProps) {
  const { appHost, appId, lang, fetch, timeoutMs, client: givenClient, children } = props;
  const queryClient = useContext(QueryClientContext);
  if (!queryClient) {
    throw new Error(
      '[react-fastpass-qrcode] <FastpassProvider> needs a TanStack Query client: render it inside ' +
        '<QueryClientProvider client={new QueryClient()}> from @tanstack/react-query.',
    );
  }

  // The client reads the token when it sends, so a refreshed token is used by the very next request,
  // including the retry after onUnauthorized.
  const session = resolveSession(props);
  const latest = useRef({ accessToken: props.accessToken, getAccessToken: props.getAccessToken, onUnauthorized: props.onUnauthorized, session });
  useIsomorphicLayoutEffect(() => {
    latest.current = { accessToken: props.accessToken, getAccessToken: props.getAccessToken, onUnauthorized: props.onUnauthorized, session };
  });

  const client = useMemo(
    () =>
      givenClient ??
      // The ref is read when a request is sent, never during render.
      // eslint-disable-next-line react-hooks/refs
      createFastpassClient({
        appHost,
        appId,
        lang,
        fetch,
        timeoutMs,
        getAccessToken: () => {
          const { getAccessToken, accessToken } = latest.current;
          return getAccessToken ? getAccessToken() : accessToken;
        },
      }),
    [givenClient, appHost, appId, lang, fetch, timeoutMs],
  );

  const value = useMemo<FastpassContextValue>(
    () => ({
      client,
      appHost,
      appId,
      session,
      lang,
      onUnauthorized: (error) => latest.current.onUnauthorized?.(error),
      // A component that has not re-rendered since the session changed (hidden by a suspended
      // boundary) must not send the new session's token for the old session's code.
      isCurrentSession: (candidate) => (latest.current.session ?? UNNAMED_SESSION) === candidate,
    }),
    [client, appHost, appId, session, lang],
  );

  // A new session (sign-out, another user) drops every code of this app that belonged to another
  // session, so that nothing of the previous user can show again, even from the cache.
  useEffect(() => {
    queryClient.removeQueries({
      predicate: (query) => {
        const identity = identityOfKey(query.queryKey);
        return (
          identity !== undefined &&
          identity.appId === appId &&
          identity.appHost === normalizeAppHost(appHost) &&
          identity.session !== session
        );
      },
    });
  }, [queryClient, appHost, appId, session]);

  return <FastpassContext.Provider value={value}>{children}</FastpassContext.Provider>;
}
