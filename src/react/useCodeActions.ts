import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { useLatest } from './useLatest';

/**
 * What a person (or the clock) can do to the code: `refresh` (a new code), `show` and `hide` (want one or
 * not), and `autoRefresh`, the capped replacement after expiry. However many components or clicks ask at
 * once, one request goes out.
 */
export function useCodeActions(codeKey: QueryKey, setWanted: (wanted: boolean) => void) {
  const queryClient = useQueryClient();
  // The key is rebuilt each render with equal contents: the actions read the latest, and keep one identity.
  const key = useLatest(codeKey);
  const autoRefreshes = useRef(0);
  const [refreshed, setRefreshed] = useState(false);

  const replace = useCallback(() => {
    // A new code is already on its way: every other caller shares it.
    if (queryClient.getQueryState(key.current)?.fetchStatus === 'fetching') return;
    setRefreshed(true);
    // Reset, not refetch: the old code leaves the cache at once and can never be shown again.
    void queryClient.resetQueries({ queryKey: key.current, exact: true });
  }, [queryClient, key]);

  const refresh = useCallback(() => {
    autoRefreshes.current = 0;
    replace();
  }, [replace]);

  const show = useCallback(() => setWanted(true), [setWanted]);

  const hide = useCallback(() => {
    setWanted(false);
    autoRefreshes.current = 0;
    // Removed, not reset: the code leaves the cache (and an answer still on its way is dropped).
    queryClient.removeQueries({ queryKey: key.current, exact: true });
  }, [queryClient, key, setWanted]);

  /** Replaces an expired code unless `max` codes were replaced so since the last click. */
  const autoRefresh = useCallback(
    (max: number) => {
      if (autoRefreshes.current >= max) return;
      autoRefreshes.current += 1;
      replace();
    },
    [replace],
  );

  return { refresh, show, hide, autoRefresh, refreshed };
}
