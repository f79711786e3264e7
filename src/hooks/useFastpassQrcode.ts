'use client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { encodeFastpassPayload } from '../api/payload';
import type { SignInFastpassOptions } from '../api/schemas';
import { useFastpassContext } from './fastpassContext';
import { fastpassQrcodeQueryOptions, UNNAMED_SESSION } from './fastpassQrcodeQueryOptions';
import type { FastpassState, UseFastpassQrcodeResult } from './fastpassState';
import { fastpassStatusQueryOptions, isTerminalStatus } from './fastpassStatusQueryOptions';
import { getFastpassState, isLiveState } from './getFastpassState';
import { usePageHidden } from './usePageHidden';
import {
  DEFAULT_GENERATE,
  DEFAULT_LIFETIME_MS,
  DEFAULT_MAX_AUTO_REFRESH,
  DEFAULT_MAX_POLL_FAILURES,
  DEFAULT_POLL_INTERVAL_MS,
  type UseFastpassQrcodeOptions,
} from './useFastpassQrcodeOptions';

/**
 * The Fastpass QR code of the signed-in user, and where it stands: one value of a discriminated union
 * keyed by `state` (`signed-out | idle | loading | pending | scanned | authorized | cancelled | expired | error`).
 * Needs a `FastpassProvider` above it.
 */
export function useFastpassQrcode(options: UseFastpassQrcodeOptions = {}): UseFastpassQrcodeResult {
  const {
    scope,
    context,
    customData,
    enabled = true,
    refetchInterval = DEFAULT_POLL_INTERVAL_MS,
    lifetimeMs = DEFAULT_LIFETIME_MS,
    maxAutoRefresh = DEFAULT_MAX_AUTO_REFRESH,
    maxPollFailures = DEFAULT_MAX_POLL_FAILURES,
    encode = encodeFastpassPayload,
    generate = DEFAULT_GENERATE,
  } = options;
  const fastpass = useFastpassContext('useFastpassQrcode');
  const queryClient = useQueryClient();
  const signedIn = fastpass.session !== undefined;
  const identity = { appHost: fastpass.appHost, appId: fastpass.appId, session: fastpass.session ?? UNNAMED_SESSION };

  // A code is a credential: it is minted only when wanted (on mount, or on show()), and never for a page
  // nobody is looking at.
  const [wanted, setWanted] = useState(generate === 'on-mount');
  const pageHidden = usePageHidden();

  const requestOptions = compactOptions({ scope, context, customData });
  const infoOptions = fastpassQrcodeQueryOptions({
    ...identity,
    sessionKey: identity.session,
    client: fastpass.client,
    options: requestOptions,
    onUnauthorized: fastpass.onUnauthorized,
    isCurrentSession: fastpass.isCurrentSession,
  });
  const infoQuery = useQuery({ ...infoOptions, enabled: enabled && signedIn && wanted && !pageHidden });
  const info = infoQuery.data;
  const expiresAt = info ? infoQuery.dataUpdatedAt + lifetimeMs : undefined;

  // The local clock's verdict, set by one timer at the deadline (and checked on return to the tab).
  const [lapsedCodeId, setLapsedCodeId] = useState<string>();
  const lapsed = info !== undefined && lapsedCodeId === info.qrcodeId;

  const statusOptions = fastpassStatusQueryOptions({
    client: fastpass.client,
    identity,
    qrcodeId: info?.qrcodeId ?? '',
    issuedAt: infoQuery.dataUpdatedAt,
    interval: refetchInterval,
    maxFailures: maxPollFailures,
    onUnauthorized: fastpass.onUnauthorized,
    isCurrentSession: fastpass.isCurrentSession,
  });
  const pollable = enabled && wanted && info !== undefined && !lapsed;
  const statusQuery = useQuery({ ...statusOptions, enabled: pollable });
  // A disabled status query still holds its initial PENDING: only trust it for the current code.
  const status = pollable || isTerminalStatus(statusQuery.data.status) ? statusQuery.data : undefined;

  const derived = getFastpassState({
    signedIn,
    wanted,
    info,
    infoError: infoQuery.error,
    status,
    // TanStack keeps 'error' through a later refetch: no flicker back to the code until a poll succeeds.
    statusError: statusQuery.isError ? statusQuery.error : null,
    lapsed,
  });

  useEffect(() => {
    if (expiresAt === undefined || info === undefined || !isLiveState(derived.state)) return;
    const qrcodeId = info.qrcodeId;
    const check = () => {
      if (Date.now() >= expiresAt) setLapsedCodeId(qrcodeId);
    };
    const timer = setTimeout(check, Math.max(0, expiresAt - Date.now()));
    // Timers stall while a laptop sleeps: look at the clock again as soon as the page is seen.
    document.addEventListener('visibilitychange', check);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', check);
    };
  }, [expiresAt, info, derived.state]);

  const autoRefreshes = useRef(0);
  const [refreshCount, setRefreshCount] = useState(0);
  // The key is rebuilt each render with equal contents: keep the latest in a ref, so that `refresh`
  // keeps one identity for the life of the component.
  const infoKey = useRef(infoOptions.queryKey);
  useEffect(() => {
    infoKey.current = infoOptions.queryKey;
  });
  const replaceCode = useCallback(() => {
    const state = queryClient.getQueryState(infoKey.current);
    // A new code is already on its way: every other caller shares it.
    if (state?.fetchStatus === 'fetching') return;
    setRefreshCount((count) => count + 1);
    // Reset, not refetch: the old code leaves the cache at once and can never be shown again.
    void queryClient.resetQueries({ queryKey: infoKey.current, exact: true });
  }, [queryClient]);
  const refresh = useCallback(() => {
    autoRefreshes.current = 0;
    replaceCode();
  }, [replaceCode]);

  const show = useCallback(() => setWanted(true), [setWanted]);
  const hide = useCallback(() => {
    setWanted(false);
    autoRefreshes.current = 0;
    // Removed, not reset: the code leaves the cache (and an answer still on its way is dropped).
    queryClient.removeQueries({ queryKey: infoKey.current, exact: true });
  }, [queryClient, setWanted]);

  // Fresh codes only for a page someone is looking at: an unattended screen must not farm them.
  useEffect(() => {
    if (derived.state !== 'expired' || pageHidden || autoRefreshes.current >= maxAutoRefresh) return;
    autoRefreshes.current += 1;
    replaceCode();
  }, [derived.state, pageHidden, maxAutoRefresh, replaceCode]);

  // Callbacks: the latest props, called from effects so that renders stay pure.
  const callbacks = useRef(options);
  useEffect(() => {
    callbacks.current = options;
  });
  const previousState = useRef<FastpassState | undefined>(undefined);
  const authorizedCodes = useRef(new Set<string>());
  useEffect(() => {
    if (previousState.current !== derived.state) {
      const previous = previousState.current;
      previousState.current = derived.state;
      callbacks.current.onStatusChange?.(derived.state, previous);
    }
    if (derived.state === 'authorized' && !authorizedCodes.current.has(derived.info.qrcodeId)) {
      authorizedCodes.current.add(derived.info.qrcodeId);
      callbacks.current.onAuthorized?.(derived.status, derived.info);
    }
  }, [derived]);

  const isRefreshing = refreshCount > 0 && infoQuery.isFetching && info === undefined;
  const payload = info !== undefined && derived.state === 'pending' ? encode(info) : undefined;
  return {
    info: undefined,
    payload: undefined,
    error: undefined,
    expiresAt: undefined,
    scannedBy: undefined,
    ...derived,
    ...(isLiveState(derived.state) ? { payload, expiresAt } : {}),
    refresh,
    show,
    hide,
    isRefreshing,
    isPageHidden: pageHidden,
    queries: { info: infoQuery, status: statusQuery },
  } as UseFastpassQrcodeResult;
}

function compactOptions(options: SignInFastpassOptions): SignInFastpassOptions | undefined {
  const entries = Object.entries(options).filter(([, value]) => value !== undefined);
  return entries.length === 0 ? undefined : (Object.fromEntries(entries) as SignInFastpassOptions);
}
