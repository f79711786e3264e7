import { useEffect } from 'react';
import { isLiveState } from '../query/predicates';
import type { UseFastpassQrcodeResult } from '../query/fastpassResult';

/**
 * The local clock's verdict on a live code (`qrcodeId`: the hook's own, never in the result): one timer at its deadline
 * calls `onLapse(qrcodeId)`. Timers
 * stall while a laptop sleeps, so the clock is also read again the moment the page is seen.
 */
export function useLapseTimer(result: UseFastpassQrcodeResult, qrcodeId: string | undefined, onLapse: (qrcodeId: string) => void): void {
  const live = isLiveState(result.state);
  const { expiresAt } = result;
  useEffect(() => {
    if (!live || expiresAt === undefined || qrcodeId === undefined) return;
    const check = () => {
      if (Date.now() >= expiresAt) onLapse(qrcodeId);
    };
    const timer = setTimeout(check, Math.max(0, expiresAt - Date.now()));
    document.addEventListener('visibilitychange', check);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', check);
    };
  }, [live, expiresAt, qrcodeId, onLapse]);
}
