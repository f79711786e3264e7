import { useEffect, useRef } from 'react';
import type { FastpassState, UseFastpassQrcodeResult } from '../query/fastpassResult';
import type { UseFastpassQrcodeOptions } from './useFastpassQrcodeOptions';
import { useLatest } from './useLatest';

/** Calls `onStatusChange` on every transition and `onAuthorized` once per code, from an effect, so renders stay pure. */
export function useStateCallbacks(result: UseFastpassQrcodeResult, { onStatusChange, onAuthorized }: UseFastpassQrcodeOptions): void {
  const callbacks = useLatest({ onStatusChange, onAuthorized });
  const previousState = useRef<FastpassState | undefined>(undefined);
  const authorizedCodes = useRef(new Set<string>());
  useEffect(() => {
    if (previousState.current !== result.state) {
      const previous = previousState.current;
      previousState.current = result.state;
      callbacks.current.onStatusChange?.(result.state, previous);
    }
    if (result.state === 'authorized' && !authorizedCodes.current.has(result.info.qrcodeId)) {
      authorizedCodes.current.add(result.info.qrcodeId);
      callbacks.current.onAuthorized?.(result.status, result.info);
    }
  }, [result, callbacks]);
}
