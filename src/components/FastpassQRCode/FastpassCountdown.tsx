'use client';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { useFastpassCountdown } from './useFastpassCountdown';
import { FASTPASS_LABELS_ZH_CN } from './labels';

export interface FastpassCountdownProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /** When the code lapses, in ms since the epoch. */
  expiresAt: number;
  /** The text for the seconds left. Default: the zh-CN label, "120 秒后过期". */
  format?: (seconds: number) => ReactNode;
}

/**
 * The seconds left before a code lapses. A leaf of its own: it re-renders every second, the QR code
 * beside it does not. Not a live region, so screen readers are not told every tick.
 */
export function FastpassCountdown({ expiresAt, format = FASTPASS_LABELS_ZH_CN.countdown, ...rest }: FastpassCountdownProps) {
  const seconds = useFastpassCountdown(expiresAt) ?? 0;
  // The server's clock and the browser's differ by the time between render and hydration.
  return (
    <span data-slot="countdown" {...rest} suppressHydrationWarning>
      {format(seconds)}
    </span>
  );
}
