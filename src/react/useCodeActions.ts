import { hashKey, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { useLatest } from './useLatest';

/**
 * What a person (or the clock) can do to the code: `refresh` (a new code), `show` and `hide` (want one or
 * not), and `autoRefresh`, the capped replacement after expiry. However many components or clicks ask at
 * once, one request goes out. `refreshing` is true from a replacement until its answer (or failure) arrives,
 * and only for the code it replaced: a later first load (after `hide()`/`show()`, or for another session)
 * is not a refresh.
 */
export function useCodeActions(codeKey: QueryKey, setWanted: (wanted: boolean) => void) {
  const queryClient = useQueryClient();
  // The key is rebuilt each render with equal contents: the actions read the latest, and keep one identity.
  const key = useLatest(codeKey);
  const autoRefreshes = useRef(0);
  // The hash of the key whose code is being replaced, until the replacement settles.
  const [replacing, setReplacing] = useState<string>();

  const replace = useCallback(() => {
    // A new code is already on its way: every other caller shares it.
    if (queryClient.getQueryState(key.current)?.fetchStatus === 'fetching') return;
    const hash = hashKey(key.current);
    setReplacing(hash);
    // Reset, not refetch: the old code leaves the cache at once and can never be shown again.
    void queryClient
      .resetQueries({ queryKey: key.current, exact: true })
      .catch(() => undefined)
      .finally(() => setReplacing((current) => (current === hash ? undefined : current)));
  }, [queryClient, key]);

  const refresh = useCallback(() => {
    autoRefreshes.current = 0;
    replace();
  }, [replace]);

  const show = useCallback(() => setWanted(true), [setWanted]);

  const hide = useCallback(() => {
    setWanted(false);
    setReplacing(undefined);
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

  return { refresh, show, hide, autoRefresh, refreshing: replacing !== undefined && replacing === hashKey(codeKey) };
}
