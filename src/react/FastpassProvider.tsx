'use client';
import { QueryClientContext } from '@tanstack/react-query';
import { useContext, useEffect, useMemo, type ReactNode } from 'react';
import {
  createSessionClient,
  identityOf,
  isOtherSessionKey,
  readAccessToken,
  resolveSession,
  UNNAMED_SESSION,
  type FastpassSessionSettings,
  type OnUnauthorized,
} from '../query/session';
import { IS_DEVELOPMENT } from '../shared/development';
import { FastpassContext, type FastpassContextValue } from './fastpassContext';
import { useLatest } from './useLatest';

export interface FastpassProviderProps extends FastpassSessionSettings {
  /** Called when Authing says the session is not signed in; refresh the token here. One retry follows. */
  onUnauthorized?: OnUnauthorized | undefined;
  children?: ReactNode;
}

/**
 * Holds the Authing client and the signed-in session for every `useFastpassQrcode` below it.
 * It needs a TanStack `QueryClientProvider` above it.
 */
export function FastpassProvider({ children, onUnauthorized, ...settings }: FastpassProviderProps) {
  const { appHost, appId, lang, fetch, timeoutMs, client: givenClient } = settings;
  const queryClient = useContext(QueryClientContext);
  if (!queryClient) {
    throw new Error(
      IS_DEVELOPMENT
        ? '[react-fastpass-qrcode] <FastpassProvider> needs a TanStack Query client: render it inside ' +
            '<QueryClientProvider client={new QueryClient()}> from @tanstack/react-query.'
        : '[react-fastpass-qrcode] <FastpassProvider>: no QueryClientProvider above it.',
    );
  }

  const session = resolveSession(settings);
  // Read when a request is sent, never during render: a refreshed token is used by the very next request,
  // the retry after onUnauthorized included.
  const latest = useLatest({ settings, onUnauthorized, session });

  const client = useMemo(
    () => createSessionClient({ appHost, appId, lang, fetch, timeoutMs, client: givenClient }, () => readAccessToken(latest.current.settings)),
    [givenClient, appHost, appId, lang, fetch, timeoutMs, latest],
  );

  const value = useMemo<FastpassContextValue>(
    () => ({
      client,
      identity: identityOf({ appHost, appId, sessionKey: session }),
      signedIn: session !== undefined,
      lang,
      onUnauthorized: (error) => latest.current.onUnauthorized?.(error),
      // A component that has not re-rendered since the session changed (hidden by a suspended
      // boundary) must not send the new session's token for the old session's code.
      isCurrentSession: (candidate) => (latest.current.session ?? UNNAMED_SESSION) === candidate,
    }),
    [client, appHost, appId, session, lang, latest],
  );

  // A new session (sign-out, another user) drops every code of this app that belonged to another
  // session, so that nothing of the previous user can show again, even from the cache.
  const { identity } = value;
  useEffect(() => {
    queryClient.removeQueries({ predicate: (query) => isOtherSessionKey(query.queryKey, identity, session) });
  }, [queryClient, identity, session]);

  return <FastpassContext.Provider value={value}>{children}</FastpassContext.Provider>;
}
