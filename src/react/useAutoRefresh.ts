import { useEffect } from 'react';
import type { FastpassState } from '../query/fastpassResult';

/**
 * Replaces an expired code by itself, at most `max` times in a row, and only while the page is visible:
 * an unattended screen must not farm fresh codes. After the cap, the card asks for a click.
 */
export function useAutoRefresh(state: FastpassState, pageHidden: boolean, max: number, autoRefresh: (max: number) => void): void {
  useEffect(() => {
    if (state === 'expired' && !pageHidden) autoRefresh(max);
  }, [state, pageHidden, max, autoRefresh]);
}
