'use client';
import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

// Set between `beforeprint` and `afterprint`: `window.print()` and the browser's Print fire them around
// the printout, and Chromium's print media query is not yet true inside `beforeprint`.
let printStarted = false;

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia?.('print');
  // Flushed inside the event: the printout is laid out right after the handlers return, and the code
  // must be out of the DOM by then.
  const onBefore = () => {
    printStarted = true;
    flushSync(onChange);
  };
  const onAfter = () => {
    printStarted = false;
    onChange();
  };
  window.addEventListener('beforeprint', onBefore);
  window.addEventListener('afterprint', onAfter);
  media?.addEventListener?.('change', onChange);
  return () => {
    window.removeEventListener('beforeprint', onBefore);
    window.removeEventListener('afterprint', onAfter);
    media?.removeEventListener?.('change', onChange);
  };
}

const isPrinting = () => printStarted || (window.matchMedia?.('print').matches ?? false);
const isPrintingOnServer = () => false;

/**
 * Whether the page is being printed (`window.print()`, the browser's Print, or emulated print media).
 * It does not rely on a stylesheet, so it holds with `unstyled` too.
 */
export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, isPrinting, isPrintingOnServer);
}
