'use client';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { useFastpassContext } from '../../hooks/fastpassContext';
import { useFastpassQrcode } from '../../hooks/useFastpassQrcode';
import type { UseFastpassQrcodeOptions } from '../../hooks/useFastpassQrcodeOptions';
import type { FastpassQRCodeDisplayProps } from './FastpassQRCodeDisplayProps';
import { FastpassQRCodeView } from './FastpassQRCodeView';

export interface FastpassQRCodeProps
  extends FastpassQRCodeDisplayProps,
    UseFastpassQrcodeOptions,
    Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The labels' language: `zh-CN`, `zh-TW`, `ja-JP` or `en-US` (see `getFastpassLabels`). Default: the provider's `lang`, else zh-CN. */
  lang?: string;
}

/** The props that belong to the hook; everything else goes to the view and its root element. */
const HOOK_OPTION_NAMES = [
  'scope',
  'context',
  'customData',
  'enabled',
  'refetchInterval',
  'lifetimeMs',
  'maxAutoRefresh',
  'maxPollFailures',
  'encode',
  'onStatusChange',
  'onAuthorized',
  'generate',
] as const satisfies readonly (keyof UseFastpassQrcodeOptions)[];

function splitProps(props: FastpassQRCodeProps) {
  const hookOptions: Record<string, unknown> = {};
  const viewProps: Record<string, unknown> = { ...props };
  for (const name of HOOK_OPTION_NAMES) {
    hookOptions[name] = props[name];
    delete viewProps[name];
  }
  return [hookOptions as UseFastpassQrcodeOptions, viewProps as Omit<FastpassQRCodeProps, (typeof HOOK_OPTION_NAMES)[number]>] as const;
}

/**
 * The signed-in user's Fastpass QR code, drop-in: it asks Authing for a code, shows it with the user's
 * and the user pool's name and photo, follows its status and offers Refresh and Retry.
 * Needs a `FastpassProvider` (inside a `QueryClientProvider`) above it.
 */
export const FastpassQRCode = forwardRef<HTMLDivElement, FastpassQRCodeProps>(function FastpassQRCode(props, ref) {
  const [hookOptions, { lang, ...viewProps }] = splitProps(props);
  const provider = useFastpassContext('<FastpassQRCode>');
  const result = useFastpassQrcode(hookOptions);
  return <FastpassQRCodeView ref={ref} result={result} lang={lang ?? provider.lang} {...viewProps} />;
});
