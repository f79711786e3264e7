'use client';
import { forwardRef, useContext, useId, useRef, type ComponentPropsWithoutRef } from 'react';
import { resolveLabels } from '../../locales/resolveLabels';
import type { UseFastpassQrcodeResult } from '../../query/fastpassResult';
import { FastpassContext } from '../../react/fastpassContext';
import { DEFAULT_BG_COLOR, DEFAULT_FG_COLOR, DEFAULT_SIZE } from '../parts/codeDefaults';
import { FastpassActions } from '../parts/FastpassActions';
import { FastpassCode } from '../parts/FastpassCode';
import { FastpassCountdown } from '../parts/FastpassCountdown';
import { FastpassIdentity } from '../parts/FastpassIdentity';
import { connectFastpass } from '../parts/fastpassParts';
import { FastpassStatus } from '../parts/FastpassStatus';
import { joinClassNames, slotProps } from '../parts/slots';
import { FastpassLabelsContext } from '../parts/useFastpassLabels';
import type { FastpassQRCodeDisplayProps } from './displayProps';
import { getFastpassCssVariables } from './getFastpassCssVariables';
import { themeRule, useThemeVariables } from './useThemeVariables';

export interface FastpassQRCodeViewProps
  extends FastpassQRCodeDisplayProps,
    Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** What `useFastpassQrcode` returned: the view draws exactly this state. */
  result: UseFastpassQrcodeResult;
  /**
   * The labels' language: `en…` picks the built-in English, anything else Simplified Chinese unless `labels` gives
   * that language (a development warning says which locale to import). The root's `lang` attribute names the language
   * shown, so that a screen reader reads it in the right voice. Default: the provider's `lang`.
   */
  lang?: string;
}

/**
 * The card's layout, made of the public parts: the identities above, the code with its message and buttons over it
 * when no code is drawn, the countdown, the hint and Hide below. It holds no Fastpass state and makes no decision of
 * its own: the parts read the result, so a layout rebuilt from them keeps every guarantee this one has.
 */
export const FastpassQRCodeView = forwardRef<HTMLDivElement, FastpassQRCodeViewProps>(function FastpassQRCodeView(
  {
    result,
    lang,
    size = DEFAULT_SIZE,
    fgColor = DEFAULT_FG_COLOR,
    bgColor = DEFAULT_BG_COLOR,
    level,
    marginSize,
    accentColor,
    radius,
    colorScheme = 'auto',
    theme,
    labels: givenLabels,
    fallback,
    showUserpoolLogo,
    classNames,
    unstyled,
    className,
    style,
    ...rest
  },
  ref,
) {
  const provider = useContext(FastpassContext);
  // The card's own `lang` picks its language; without one, the provider's labels apply under the card's.
  const shown = resolveLabels(lang ?? provider?.lang, lang === undefined ? { ...provider?.labels, ...givenLabels } : givenLabels);
  const { labels } = shown;
  const styles = { classNames, unstyled };
  // The message stands over the code area when no code is drawn there, and under the code when one is.
  const { code, message } = connectFastpass(result, labels);
  const overCode = code !== 'qrcode' && message !== undefined;
  // The theme never goes into a `style` attribute (a strict Content-Security-Policy blocks it in server HTML): CSSOM
  // sets it once mounted, and with the provider's nonce a `<style nonce>` carries it in server HTML too.
  const rootRef = useRef<HTMLDivElement | null>(null);
  const variables = getFastpassCssVariables({ size, fgColor, bgColor, accentColor, radius, theme });
  // A variable in the `style` prop wins, as it did when both were one style attribute.
  for (const name in style) delete variables[name as keyof typeof variables];
  useThemeVariables(rootRef, variables);
  const themeKey = useId();
  const nonce = provider?.nonce;
  const status = <FastpassStatus result={result} fallback={fallback} {...styles} />;
  return (
    <FastpassLabelsContext.Provider value={labels}>
      <div
        {...rest}
        ref={(element) => {
          rootRef.current = element;
          if (typeof ref === 'function') ref(element);
          else if (ref) ref.current = element;
        }}
        lang={shown.lang}
        data-slot="root"
        className={joinClassNames(!unstyled && 'fastpass', classNames?.root, className)}
        data-state={result.state}
        data-color-scheme={colorScheme}
        data-fastpass-theme={nonce === undefined ? undefined : themeKey}
        style={style}
      >
        {nonce !== undefined && (
          <style nonce={nonce} suppressHydrationWarning>
            {themeRule(themeKey, variables)}
          </style>
        )}
        <div {...slotProps('header', styles)}>
          <FastpassIdentity result={result} who="user" {...styles} />
          <FastpassIdentity result={result} who="userpool" {...styles} />
        </div>
        <FastpassCode
          result={result}
          size={size}
          fgColor={fgColor}
          bgColor={bgColor}
          level={level}
          marginSize={marginSize}
          showUserpoolLogo={showUserpoolLogo}
          {...styles}
        >
          {overCode && (
            <div {...slotProps('veil', styles)}>
              {status}
              <FastpassActions result={result} include={['show', 'refresh', 'retry']} {...styles} />
            </div>
          )}
        </FastpassCode>
        <div {...slotProps('footer', styles)}>
          <FastpassCountdown result={result} {...styles} />
          {!overCode && status}
          <FastpassActions result={result} include={['hide']} {...styles} />
        </div>
      </div>
    </FastpassLabelsContext.Provider>
  );
});
