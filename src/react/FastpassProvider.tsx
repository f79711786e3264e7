'use client';
import { QueryClientContext } from '@tanstack/react-query';
import { useContext, useEffect, useMemo, type ReactNode } from 'react';
import type { FastpassLabels } from '../locales/types';
import {
  createSessionClient,
  identityOf,
  isOtherSessionKey,
  isServerHeldSession,
  readAccessToken,
  resolveSession,
  UNNAMED_SESSION,
  type FastpassSessionSettings,
  type OnUnauthorized,
} from '../query/session';
import { FastpassContext, type FastpassContextValue } from './fastpassContext';
import { useLatest } from './useLatest';

export interface FastpassProviderProps extends FastpassSessionSettings {
  /** Called when Authing says the session is not signed in; refresh the token here. One retry follows. */
  onUnauthorized?: OnUnauthorized | undefined;
  /**
   * Every string the card and its parts show, for every card below: a locale (`import { jaJP } from
   * 'react-fastpass-qrcode/locales/ja-JP'`) or a few strings over the built-in ones. Default: the built-in labels for
   * `lang` (zh-CN, or en-US for `en…`); a card's own `labels` win over these.
   */
  labels?: Partial<FastpassLabels> | undefined;
  /**
   * The nonce of a Content-Security-Policy whose `style-src` has no `'unsafe-inline'` (as React, Emotion and MUI take
   * it). With it, each card below puts its theme props in a `<style nonce>` of its own, so that server HTML shows the
   * theme from the first paint; without it, the theme applies when the card hydrates (through CSSOM, which CSP allows).
   * Nothing else needs it. Default: none.
   */
  nonce?: string | undefined;
  children?: ReactNode;
}

/**
 * Holds the Authing client and the signed-in session for every `useFastpassQrcode` below it.
 * It needs a TanStack `QueryClientProvider` above it.
 */
export function FastpassProvider({ children, onUnauthorized, labels, nonce, ...settings }: FastpassProviderProps) {
  const { appHost, appId, lang, fetch, timeoutMs, client: givenClient } = settings;
  const queryClient = useContext(QueryClientContext);
  if (!queryClient) {
    throw new Error(
      process.env.NODE_ENV !== 'production'
        ? '[react-fastpass-qrcode] <FastpassProvider> needs a TanStack Query client: render it inside ' +
            '<QueryClientProvider client={new QueryClient()}> from @tanstack/react-query.'
        : '[react-fastpass-qrcode] <FastpassProvider>: no QueryClientProvider above it.',
    );
  }

  const session = resolveSession(settings);
  // Read when a request is sent, never during render: a refreshed token is used by the very next request,
  // the retry after onUnauthorized included.
  const latest = useLatest({ settings, onUnauthorized, session });

  // With the token on a server in front of Authing, the client sends none (and has none to send).
  const serverSession = isServerHeldSession(settings) ? session : undefined;
  const client = useMemo(
    () =>
      createSessionClient(
        { appHost, appId, lang, fetch, timeoutMs, client: givenClient, sessionKey: serverSession },
        () => readAccessToken(latest.current.settings),
      ),
    [givenClient, appHost, appId, lang, fetch, timeoutMs, latest, serverSession],
  );

  const value = useMemo<FastpassContextValue>(
    () => ({
      client,
      identity: identityOf({ appHost, appId, sessionKey: session }),
      signedIn: session !== undefined,
      lang,
      labels,
      nonce,
      onUnauthorized: (error) => latest.current.onUnauthorized?.(error),
      // A component that has not re-rendered since the session changed (hidden by a suspended
      // boundary) must not send the new session's token for the old session's code.
      isCurrentSession: (candidate) => (latest.current.session ?? UNNAMED_SESSION) === candidate,
    }),
    [client, appHost, appId, session, lang, labels, nonce, latest],
  );

  // A new session (sign-out, another user) drops every code of this app that belonged to another
  // session, so that nothing of the previous user can show again, even from the cache.
  const { identity } = value;
  useEffect(() => {
    queryClient.removeQueries({ predicate: (query) => isOtherSessionKey(query.queryKey, identity, session) });
  }, [queryClient, identity, session]);

  return <FastpassContext.Provider value={value}>{children}</FastpassContext.Provider>;
}
