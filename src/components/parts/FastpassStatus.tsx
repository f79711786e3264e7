'use client';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import type { UseFastpassQrcodeResult } from '../../query/fastpassResult';
import { connectFastpass } from './fastpassParts';
import { slotProps, type FastpassStyleProps } from './slots';
import { useFastpassLabels } from './useFastpassLabels';

export interface FastpassStatusProps extends FastpassStyleProps, Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** What `useFastpassQrcode` returned. */
  result: UseFastpassQrcodeResult;
  /** Shown instead of the signed-out message when nobody is signed in. Default: the `signedOut` label. */
  fallback?: ReactNode;
}

/**
 * What the state means for the person, in the labels' language (slot `message`): the hint beside a live code, why a
 * concealed code is not there, who scanned (and a line for whoever did not), the outcome, or the error with
 * Authing's request id. Nothing while a code is loading.
 */
export function FastpassStatus({ result, fallback, classNames, unstyled, className, ...rest }: FastpassStatusProps) {
  const labels = useFastpassLabels();
  const { message, details, icon } = connectFastpass(result, labels);
  const styles = { classNames, unstyled };
  if (result.state === 'signed-out' && fallback !== undefined) {
    return (
      <div {...rest} {...slotProps('message', styles, className)}>
        {fallback}
      </div>
    );
  }
  if (message === undefined) return null;
  return (
    <div {...rest} {...slotProps('message', styles, className)}>
      {icon && (
        <svg {...slotProps('icon', styles)} viewBox="0 0 24 24" width="32" height="32" aria-hidden="true" focusable="false">
          <path d="M5 12.5l4.5 4.5L19 7.5" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      )}
      <p {...slotProps(message.slot, styles)}>{message.text}</p>
      {details.map((detail) => (
        <p key={detail} {...slotProps('detail', styles)}>
          {detail}
        </p>
      ))}
    </div>
  );
}
