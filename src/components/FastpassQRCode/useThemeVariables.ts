'use client';
import type { RefObject } from 'react';
import { useIsomorphicLayoutEffect } from '../../react/useIsomorphicLayoutEffect';
import type { FastpassCssVariables } from './getFastpassCssVariables';

/**
 * Sets the root's `--fastpass-*` variables through CSSOM (`style.setProperty`), which a Content-Security-Policy without
 * `'unsafe-inline'` allows, unlike a `style` attribute in server HTML (blocked, and never put back by hydration). Runs
 * before the first paint of a client render, and right after hydration.
 */
export function useThemeVariables(ref: RefObject<HTMLElement | null>, variables: FastpassCssVariables): void {
  const text = JSON.stringify(variables);
  useIsomorphicLayoutEffect(() => {
    const element = ref.current;
    const entries = Object.entries(JSON.parse(text) as FastpassCssVariables);
    for (const [name, value] of entries) element?.style.setProperty(name, value);
    return () => {
      for (const [name] of entries) element?.style.removeProperty(name);
    };
  }, [ref, text]);
}

/**
 * The same variables as a rule for a `<style nonce>` in server HTML (the provider's `nonce`), keyed by the root's
 * `data-fastpass-theme`. A value that could end the rule or the element (`;`, braces, `<`, a backslash) is left out:
 * it still applies through CSSOM once hydrated.
 */
export function themeRule(key: string, variables: FastpassCssVariables): string {
  const declarations = Object.entries(variables)
    .filter(([, value]) => !/[;{}<\\]/.test(value))
    .map(([name, value]) => `${name}:${value}`);
  return `[data-fastpass-theme="${key}"]{${declarations.join(';')}}`;
}
