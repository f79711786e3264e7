'use client';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { encodeFastpassPayload } from '../api/payload';
import type { SignInFastpassOptions } from '../api/schemas';
import { deriveFastpassResult } from '../query/deriveFastpassResult';
import { codeQueryOptions } from '../query/fastpassQrcodeQueryOptions';
import type { UseFastpassQrcodeResult } from '../query/fastpassResult';
import { isTerminalStatus } from '../query/predicates';
import { DEFAULT_LEVEL } from '../query/qrCapacity';
import { statusQueryOptions } from '../query/statusQueryOptions';
import { useFastpassContext } from './fastpassContext';
import { useAutoRefresh } from './useAutoRefresh';
import { useCodeActions } from './useCodeActions';
import {
  DEFAULT_GENERATE,
  DEFAULT_LIFETIME_MS,
  DEFAULT_MAX_AUTO_REFRESH,
  DEFAULT_MAX_POLL_FAILURES,
  DEFAULT_POLL_INTERVAL_MS,
  type UseFastpassQrcodeOptions,
} from './useFastpassQrcodeOptions';
import { useLapseTimer } from './useLapseTimer';
import { usePageHidden } from './usePageHidden';
import { usePrinting } from './usePrinting';
import { useStateCallbacks } from './useStateCallbacks';

/**
 * The Fastpass QR code of the signed-in user, and where it stands: one value of a discriminated union
 * keyed by `state` (`signed-out | idle | loading | pending | scanned | authorized | cancelled | expired | error`).
 * What it returns is safe to draw as it is: `payload` is there only while the code may be seen (`pending`, the page
 * visible, not printing), and never after the scan; no other field holds the code's identifiers (`identity` and
 * `scannedBy` are names and photos only). Needs a `FastpassProvider` above it.
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
    level = DEFAULT_LEVEL,
  } = options;
  const session = useFastpassContext('useFastpassQrcode');

  // 1. Is a code wanted? A code is a credential: minted only on mount or on show(), never for a page
  //    nobody is looking at.
  const [wanted, setWanted] = useState(generate === 'on-mount');
  const pageHidden = usePageHidden();
  const printing = usePrinting();

  // 2. The code.
  const codeOptions = codeQueryOptions(session, compactOptions({ scope, context, customData }));
  const codeQuery = useQuery({ ...codeOptions, enabled: enabled && session.signedIn && wanted && !pageHidden });
  const info = codeQuery.data;
  if (process.env.NODE_ENV !== 'production') warnOnPrefetchedDemand(generate, wanted, info);

  // 3. Its deadline, by the local clock (set by the timer below).
  const [lapsedCodeId, setLapsedCodeId] = useState<string>();
  const lapsed = info !== undefined && lapsedCodeId === info.qrcodeId;

  // 4. Its status, polled while it is live.
  const polling = enabled && wanted && info !== undefined && !lapsed;
  const statusQuery = useQuery({
    ...statusQueryOptions(session, {
      qrcodeId: info?.qrcodeId ?? '',
      issuedAt: codeQuery.dataUpdatedAt,
      interval: refetchInterval,
      maxFailures: maxPollFailures,
    }),
    enabled: polling,
  });
  // A query that is not polling still holds its initial PENDING: trust it only for the current code.
  const status = polling || isTerminalStatus(statusQuery.data.status) ? statusQuery.data : undefined;
  // TanStack keeps 'error' through a later refetch: no flicker back to the code until a poll succeeds.
  const statusError = statusQuery.isError ? statusQuery.error : null;

  // 5. What a person (or the clock) can do to it.
  const actions = useCodeActions(codeOptions.queryKey, setWanted);

  // 6. The result: one builder decides the state, the payload and the deadline.
  const result = deriveFastpassResult(
    {
      signedIn: session.signedIn,
      wanted,
      info,
      infoError: codeQuery.error,
      issuedAt: codeQuery.dataUpdatedAt,
      lifetimeMs,
      status,
      statusError,
      lapsed,
      encode,
      level,
      // The code is a credential: its payload leaves the result wherever nobody should be able to scan it.
      concealed: printing ? 'printing' : pageHidden ? 'page-hidden' : undefined,
    },
    {
      refresh: actions.refresh,
      show: actions.show,
      hide: actions.hide,
      isRefreshing: actions.refreshing,
      isPageHidden: pageHidden,
    },
  );

  // 7. What follows from it: the deadline timer, the capped automatic refresh, the callbacks.
  useLapseTimer(result, info?.qrcodeId, setLapsedCodeId);
  useAutoRefresh(result.state, pageHidden, maxAutoRefresh, actions.autoRefresh);
  useStateCallbacks(result, { qrcodeId: info?.qrcodeId, status }, options);
  return result;
}

const warnedCodes = new Set<string>();

/**
 * Development only: an on-demand hook that finds a code before anyone asked for one. Only a prefetch (a loader, a
 * Server Component) puts it there, and that prefetch minted a credential nobody asked for and wrote it into the
 * page's HTML (the dehydrated cache). Prefetch for `generate: 'on-mount'` only.
 */
function warnOnPrefetchedDemand(generate: string, wanted: boolean, info: { qrcodeId: string } | undefined): void {
  if (generate !== 'on-demand' || wanted || info === undefined || warnedCodes.has(info.qrcodeId)) return;
  warnedCodes.add(info.qrcodeId);
  console.warn(
    '[react-fastpass-qrcode] useFastpassQrcode({ generate: "on-demand" }) found a code in the cache before anyone asked for ' +
      'one: a prefetch (prefetchFastpassQrcode or fastpassQrcodeQueryOptions in a loader or Server Component) minted it and ' +
      'put it in the HTML. With "on-demand", remove the prefetch (the code is minted when the person asks); prefetch only ' +
      'for generate="on-mount".',
  );
}

/** The request's `options` without the unset ones, or undefined when none is set (one key for "no options"). */
function compactOptions(options: SignInFastpassOptions): SignInFastpassOptions | undefined {
  const entries = Object.entries(options).filter(([, value]) => value !== undefined);
  return entries.length === 0 ? undefined : (Object.fromEntries(entries) as SignInFastpassOptions);
}
