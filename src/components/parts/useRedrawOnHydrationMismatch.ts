'use client';
import { useState, type RefObject } from 'react';
import { useIsomorphicLayoutEffect } from '../../react/useIsomorphicLayoutEffect';

/** The attribute that names the code a drawing shows (a fingerprint, never the payload itself). */
export const DRAWN_CODE_ATTRIBUTE = 'data-code';

/**
 * Server HTML may hold another code than the one the browser follows: a page that fetched a code while
 * rendering on the server (say with `useSuspenseQuery`) and another in the browser. Hydration does not
 * patch attributes, so the server's drawing (code A) would stay on screen while the card polls code B.
 * The drawing names its code; when the DOM names another one after hydration, this returns a new key so
 * that the `<svg>` is drawn again from scratch.
 */
export function useRedrawOnHydrationMismatch(svgRef: RefObject<SVGSVGElement | null>, drawnCode: string | undefined): number {
  const [generation, setGeneration] = useState(0);
  useIsomorphicLayoutEffect(() => {
    const inDom = svgRef.current?.getAttribute(DRAWN_CODE_ATTRIBUTE);
    if (drawnCode !== undefined && inDom != null && inDom !== drawnCode) setGeneration((count) => count + 1);
  }, [svgRef, drawnCode]);
  return generation;
}
