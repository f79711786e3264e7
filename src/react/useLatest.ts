import { useRef } from 'react';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect';

/**
 * A ref that always holds the latest `value`, for callbacks and effects that must read the newest props
 * without being re-created (and without re-running effects) when those props change. Read it in handlers
 * and effects, never during render.
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useIsomorphicLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
