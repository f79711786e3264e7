'use client';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { useFastpassQrcode } from '../../react/useFastpassQrcode';
import type { UseFastpassQrcodeOptions } from '../../react/useFastpassQrcodeOptions';
import type { FastpassQRCodeDisplayProps } from './displayProps';
import { FastpassQRCodeView } from './FastpassQRCodeView';

export interface FastpassQRCodeProps
  extends FastpassQRCodeDisplayProps,
    UseFastpassQrcodeOptions,
    Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /**
   * The labels' language, also the root's `lang` attribute: `en…` is the built-in English, anything else Simplified
   * Chinese unless `labels` gives that language. Default: the provider's `lang`.
   */
  lang?: string;
}

/**
 * The props that belong to the hook; everything else goes to the view and its root element. A record of
 * every option, so that a new hook option that is not listed here fails to compile instead of falling
 * through to the `<div>`.
 */
const HOOK_OPTIONS = {
  scope: true,
  context: true,
  customData: true,
  enabled: true,
  refetchInterval: true,
  lifetimeMs: true,
  maxAutoRefresh: true,
  maxPollFailures: true,
  encode: true,
  onStatusChange: true,
  onAuthorized: true,
  generate: true,
  level: true,
} as const satisfies Record<keyof UseFastpassQrcodeOptions, true>;

type HookOptionName = keyof typeof HOOK_OPTIONS;

function splitProps(props: FastpassQRCodeProps): [UseFastpassQrcodeOptions, Omit<FastpassQRCodeProps, HookOptionName>] {
  const hookOptions: Record<string, unknown> = {};
  const viewProps: Record<string, unknown> = { ...props };
  for (const name of Object.keys(HOOK_OPTIONS)) {
    hookOptions[name] = props[name as HookOptionName];
    delete viewProps[name];
  }
  return [hookOptions, viewProps];
}

/**
 * The signed-in user's Fastpass QR code, drop-in: it asks Authing for a code, shows it with the user's
 * and the user pool's name and photo, follows its status and offers Refresh and Retry.
 * Needs a `FastpassProvider` (inside a `QueryClientProvider`) above it.
 */
export const FastpassQRCode = forwardRef<HTMLDivElement, FastpassQRCodeProps>(function FastpassQRCode(props, ref) {
  const [hookOptions, viewProps] = splitProps(props);
  const result = useFastpassQrcode(hookOptions);
  // `level` is both: the hook checks the payload fits, the view draws at it.
  return <FastpassQRCodeView ref={ref} result={result} level={hookOptions.level} {...viewProps} />;
});
