import type { ComponentPropsWithoutRef } from 'react';

/**
 * What stands where a lapsed code was: three hollow corner squares and no data, so it reads as "a QR
 * code" without being one (no finder pattern a scanner could lock onto, and never the old code).
 */
export function FastpassCodePlaceholder(props: ComponentPropsWithoutRef<'svg'>) {
  return (
    <svg viewBox="0 0 29 29" aria-hidden="true" focusable="false" {...props}>
      <g fill="none" stroke="currentColor" strokeWidth="1.5">
        <rect x="2.75" y="2.75" width="6.5" height="6.5" rx="1" />
        <rect x="19.75" y="2.75" width="6.5" height="6.5" rx="1" />
        <rect x="2.75" y="19.75" width="6.5" height="6.5" rx="1" />
      </g>
    </svg>
  );
}
