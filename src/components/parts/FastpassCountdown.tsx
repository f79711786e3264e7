'use client';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import type { UseFastpassQrcodeResult } from '../../query/fastpassResult';
import { slotProps, type FastpassStyleProps } from './slots';
import { useFastpassCountdown } from './useFastpassCountdown';
import { useFastpassLabels } from './useFastpassLabels';

export interface FastpassCountdownProps extends FastpassStyleProps, Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /** What `useFastpassQrcode` returned: the countdown shows while the code is live (`pending`, `scanned`). */
  result: UseFastpassQrcodeResult;
  /** The text for the seconds left. Default: the `countdown` label in the provider's (or the card's) language. */
  format?: ((seconds: number) => ReactNode) | undefined;
}

/**
 * The seconds left before a live code lapses, or nothing. A leaf of its own: it re-renders every second, the code
 * beside it does not. Not a live region, so screen readers are not told every tick.
 */
export function FastpassCountdown({ result, format, classNames, unstyled, className, ...rest }: FastpassCountdownProps) {
  const labels = useFastpassLabels();
  const seconds = useFastpassCountdown(result.expiresAt);
  if (seconds === undefined) return null;
  // The server's clock and the browser's differ by the time between render and hydration.
  return (
    <span {...rest} {...slotProps('countdown', { classNames, unstyled }, className)} suppressHydrationWarning>
      {(format ?? labels.countdown)(seconds)}
    </span>
  );
}
