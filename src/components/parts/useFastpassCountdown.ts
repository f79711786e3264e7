'use client';
import { useEffect, useState } from 'react';

/** Whole seconds left until `expiresAt` (never negative), or undefined without a deadline. */
export function secondsUntil(expiresAt: number | undefined, now: number): number | undefined {
  return expiresAt === undefined ? undefined : Math.max(0, Math.ceil((expiresAt - now) / 1000));
}

/**
 * The seconds left before a code lapses, updated once a second. Only the component that calls it
 * re-renders as time passes: keep it in a small leaf (as `<FastpassCountdown>` does), so that the QR
 * code's subtree does not re-render every second.
 */
export function useFastpassCountdown(expiresAt: number | undefined): number | undefined {
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (expiresAt === undefined) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Tick on the second boundaries of the deadline, so the text changes when the number does.
    const schedule = () => {
      const left = expiresAt - Date.now();
      if (left > 0) timer = setTimeout(tick, left % 1000 || 1000);
    };
    const tick = () => {
      setNow(Date.now());
      schedule();
    };
    tick();
    return () => clearTimeout(timer);
  }, [expiresAt]);

  return secondsUntil(expiresAt, now);
}
