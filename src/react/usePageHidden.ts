'use client';
import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  document.addEventListener('visibilitychange', onChange);
  return () => document.removeEventListener('visibilitychange', onChange);
}

const isHidden = () => document.visibilityState === 'hidden';
// The server renders what a visible page shows; the browser corrects it after hydration.
const isHiddenOnServer = () => false;

/** Whether the document is hidden (a background tab, a minimised window, a locked screen). */
export function usePageHidden(): boolean {
  return useSyncExternalStore(subscribe, isHidden, isHiddenOnServer);
}
