'use client';
import { useRef, type ComponentPropsWithoutRef } from 'react';
import type { UseFastpassQrcodeResult } from '../../query/fastpassResult';
import { connectFastpass, type FastpassAction } from './fastpassParts';
import { slotProps, type FastpassStyleProps } from './slots';
import { useFastpassLabels } from './useFastpassLabels';

export interface FastpassActionsProps extends FastpassStyleProps, Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** What `useFastpassQrcode` returned. */
  result: UseFastpassQrcodeResult;
  /**
   * Which of the state's buttons this group shows, to place them apart (the card puts Hide under the code and the
   * others over it). Default: all of them.
   */
  include?: readonly FastpassAction[] | undefined;
}

/**
 * The buttons the state offers (slot `actions`): Show code in `idle`, Hide code while a code is live, Refresh after it
 * was cancelled or expired, Retry after an error. Real `<button type="button">`s with names. A clicked button is
 * about to go away, so focus moves first to the code area of the same card (`data-slot="root"` around both), else to
 * this group, never to the page's body.
 */
export function FastpassActions({ result, include, classNames, unstyled, className, ...rest }: FastpassActionsProps) {
  const labels = useFastpassLabels();
  const group = useRef<HTMLDivElement>(null);
  const actions = connectFastpass(result, labels).actions.filter((action) => !include || include.includes(action));
  const styles = { classNames, unstyled };
  const run = { show: result.show, hide: result.hide, refresh: result.refresh, retry: result.refresh };
  const keepFocus = () => {
    const card = group.current?.closest('[data-slot="root"]');
    (card?.querySelector<HTMLElement>('[data-slot="code"]') ?? group.current)?.focus();
  };
  return (
    <div {...rest} ref={group} {...slotProps('actions', styles, className)} tabIndex={-1}>
      {actions.map((action) => (
        <button
          key={action}
          type="button"
          {...slotProps(action, styles)}
          onClick={() => {
            keepFocus();
            run[action]();
          }}
        >
          {labels[action]}
        </button>
      ))}
    </div>
  );
}
