import { useEffect, useRef } from 'react';
import type { FastpassQrcodeStatus } from '../api/schemas';
import type { FastpassState, UseFastpassQrcodeResult } from '../query/fastpassResult';
import type { UseFastpassQrcodeOptions } from './useFastpassQrcodeOptions';
import { useLatest } from './useLatest';

/**
 * Calls `onStatusChange` on every transition and `onAuthorized` once per code, from an effect, so renders stay pure.
 * `code` is what the hook knows and the result does not carry: the code's id and the server's last status.
 */
export function useStateCallbacks(
  result: UseFastpassQrcodeResult,
  code: { qrcodeId: string | undefined; status: FastpassQrcodeStatus | undefined },
  { onStatusChange, onAuthorized }: UseFastpassQrcodeOptions,
): void {
  const callbacks = useLatest({ onStatusChange, onAuthorized });
  const previousState = useRef<FastpassState | undefined>(undefined);
  const authorizedCodes = useRef(new Set<string>());
  const { qrcodeId, status } = code;
  useEffect(() => {
    if (previousState.current !== result.state) {
      const previous = previousState.current;
      previousState.current = result.state;
      callbacks.current.onStatusChange?.(result.state, previous);
    }
    if (result.state === 'authorized' && qrcodeId !== undefined && status !== undefined && !authorizedCodes.current.has(qrcodeId)) {
      authorizedCodes.current.add(qrcodeId);
      callbacks.current.onAuthorized?.(status, result.identity);
    }
  }, [result, qrcodeId, status, callbacks]);
}
