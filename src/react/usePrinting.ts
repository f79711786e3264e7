'use client';
import { useState, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

/**
 * One hook's view of printing. `window.print()` and the browser's Print fire `beforeprint` and
 * `afterprint` around the printout (Chromium's print media query is not yet true inside `beforeprint`);
 * print media emulation (devtools, Playwright) flips the `print` media query. Each hook keeps its own
 * flag, so that nothing outlives it: a component that unmounts mid-print leaves no state behind.
 */
function createPrintStore() {
  let started = false;
  return {
    subscribe(onChange: () => void): () => void {
      const media = window.matchMedia?.('print');
      // Flushed inside the event: the printout is laid out right after the handlers return, and the
      // code must be out of the DOM by then.
      const onBefore = () => {
        started = true;
        flushSync(onChange);
      };
      const onAfter = () => {
        started = false;
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
    },
    isPrinting: () => started || (window.matchMedia?.('print').matches ?? false),
  };
}

const isPrintingOnServer = () => false;

/**
 * Whether the page is being printed (`window.print()`, the browser's Print, or emulated print media). The hook
 * withholds the payload while it is: no stylesheet is needed, so it holds for any UI drawn from the result.
 */
export function usePrinting(): boolean {
  const [store] = useState(createPrintStore);
  return useSyncExternalStore(store.subscribe, store.isPrinting, isPrintingOnServer);
}
