'use client';
import { useEffect, useState } from 'react';
import type { UseFastpassQrcodeResult } from '../../query/fastpassResult';

/** How long a code may be on its way before the parts say that Authing is slow. */
export const STILL_LOADING_MS = 4_000;

/**
 * Whether the result has been `loading` for `STILL_LOADING_MS`: then the status says so (`stillLoading`, in the live
 * region too), so that a slow or hanging Authing shows progress rather than a bare skeleton until the request's timeout
 * turns it into the error with Retry. Each loading starts the wait afresh.
 */
export function useStillLoading(result: UseFastpassQrcodeResult): boolean {
  const loading = result.state === 'loading';
  const [late, setLate] = useState(false);
  useEffect(() => {
    if (!loading) return;
    const timer = setTimeout(setLate, STILL_LOADING_MS, true);
    return () => {
      clearTimeout(timer);
      setLate(false);
    };
  }, [loading]);
  return loading && late;
}
