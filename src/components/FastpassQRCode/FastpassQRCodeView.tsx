'use client';
import { forwardRef, useEffect, useRef, type ComponentPropsWithoutRef, type CSSProperties } from 'react';
import { QRCodeSVG } from 'qrcode.react';
import type { UseFastpassQrcodeResult } from '../../query/fastpassResult';
import { warnOnPoorCodeContrast } from './contrast';
import { FastpassAvatar } from './FastpassAvatar';
import { FastpassCodePlaceholder } from './FastpassCodePlaceholder';
import { FastpassCountdown } from './FastpassCountdown';
import { DEFAULT_BG_COLOR, DEFAULT_COLOR_SCHEME, DEFAULT_FG_COLOR, DEFAULT_MARGIN_SIZE, DEFAULT_SIZE } from './defaults';
import type { FastpassQRCodeDisplayProps } from './displayProps';
import { getFastpassAnnouncement, getFastpassErrorMessage } from './getFastpassAnnouncement';
import { getFastpassCssVariables } from './getFastpassCssVariables';
import { isSafePhotoUrl } from './isSafePhotoUrl';
import { getFastpassLabels } from './labels';
import { joinClassNames, type FastpassSlot } from './slots';
import { useCrispModules } from './useCrispModules';
import { usePrinting } from './usePrinting';
import { DRAWN_CODE_ATTRIBUTE, useRedrawOnHydrationMismatch } from './useRedrawOnHydrationMismatch';
import { fingerprint } from '../../query/fingerprint';
import { DEFAULT_LEVEL } from '../../query/qrCapacity';
import { IS_DEVELOPMENT } from '../../shared/development';

export interface FastpassQRCodeViewProps
  extends FastpassQRCodeDisplayProps,
    Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** What `useFastpassQrcode` returned: the view draws exactly this state. */
  result: UseFastpassQrcodeResult;
  /** Picks the built-in labels (`zh-TW`/`zh-HK`/`zh-MO`/`zh-Hant…` → zh-TW, `ja…` → ja-JP, `en…` → en-US, otherwise zh-CN) and is set as the root's `lang` attribute. Default: zh-CN labels, no attribute. */
  lang?: string;
}

// Inline, not in the stylesheet: the live region must stay hidden even when `unstyled` drops our classes.
const VISUALLY_HIDDEN: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};

/** States whose code area shows the hollow stand-in for a code that is not (or no longer) drawn. */
function hasCodePlaceholder(state: UseFastpassQrcodeResult['state']): boolean {
  return state === 'idle' || state === 'pending' || state === 'scanned' || state === 'cancelled' || state === 'expired';
}

/** Share of the code's width the user pool logo takes with `showUserpoolLogo`. */
const LOGO_RATIO = 0.2;

/**
 * Draws one `useFastpassQrcode` result: identity, the code (or what stands in its place), countdown,
 * actions and a polite live region. Pure: it holds no Fastpass state of its own.
 */
export const FastpassQRCodeView = forwardRef<HTMLDivElement, FastpassQRCodeViewProps>(function FastpassQRCodeView(
  {
    result,
    lang,
    size = DEFAULT_SIZE,
    fgColor = DEFAULT_FG_COLOR,
    bgColor = DEFAULT_BG_COLOR,
    level = DEFAULT_LEVEL,
    marginSize = DEFAULT_MARGIN_SIZE,
    accentColor,
    radius,
    colorScheme = DEFAULT_COLOR_SCHEME,
    theme,
    labels: labelOverrides,
    fallback,
    showUserpoolLogo = false,
    classNames,
    unstyled = false,
    className,
    style,
    ...rest
  },
  ref,
) {
  const labels = { ...getFastpassLabels(lang), ...labelOverrides };
  const codeRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  // The code is a credential: out of the DOM wherever nobody should be able to scan it.
  const printing = usePrinting();
  const concealed =
    result.payload === undefined ? undefined : printing ? labels.printed : result.isPageHidden ? labels.hiddenInBackground : undefined;
  const drawn = result.state === 'pending' && concealed === undefined ? result : undefined;
  const drawnCode = drawn && fingerprint(drawn.payload);
  const generation = useRedrawOnHydrationMismatch(svgRef, drawnCode);
  // Names the <svg> element on screen: a new one (another code, a redraw, back from hiding) is sized anew.
  const drawing = drawnCode && `${generation}:${drawnCode}`;
  useCrispModules(svgRef, size, drawing, level, marginSize);

  useEffect(() => {
    if (IS_DEVELOPMENT) warnOnPoorCodeContrast(fgColor, bgColor);
  }, [fgColor, bgColor]);

  const slot = (name: FastpassSlot) => ({
    'data-slot': name,
    className: joinClassNames(!unstyled && `fastpass__${name}`, classNames?.[name]),
  });

  // The button that was clicked is about to unmount: hand focus to the code area, which stays.
  const withFocusKept = (action: () => void) => () => {
    codeRef.current?.focus();
    action();
  };

  const { info } = result;
  const identity = (who: 'user' | 'userpool') =>
    info && (
      <div {...slot(who)}>
        <FastpassAvatar src={info[who].photo} name={info[who].displayName} unstyled={unstyled} className={classNames?.avatar} />
        <span {...slot('name')} title={info[who].displayName} dir="auto">
          {info[who].displayName}
        </span>
      </div>
    );

  const logo =
    showUserpoolLogo && info && isSafePhotoUrl(info.userpool.photo)
      ? { src: info.userpool.photo, width: Math.round(size * LOGO_RATIO), height: Math.round(size * LOGO_RATIO), excavate: true }
      : undefined;

  const actionButton = (action: 'refresh' | 'retry' | 'show') => (
    <div {...slot('actions')}>
      <button type="button" {...slot(action)} onClick={withFocusKept(action === 'show' ? result.show : result.refresh)}>
        {labels[action]}
      </button>
    </div>
  );

  const veil = (() => {
    switch (result.state) {
      case 'idle':
        return (
          <>
            <p {...slot('status')}>{labels.idle}</p>
            {actionButton('show')}
          </>
        );
      case 'pending':
        return concealed === undefined ? null : <p {...slot('status')}>{concealed}</p>;
      case 'scanned':
        return (
          <>
            <p {...slot('status')}>{labels.scanned}</p>
            {result.scannedBy && <p {...slot('detail')}>{labels.scannedBy(result.scannedBy.displayName)}</p>}
            <p {...slot('detail')}>{labels.notYou}</p>
          </>
        );
      case 'cancelled':
      case 'expired':
        return (
          <>
            <p {...slot('status')}>{labels[result.state]}</p>
            {actionButton('refresh')}
          </>
        );
      case 'authorized':
        return (
          <>
            <svg {...slot('icon')} viewBox="0 0 24 24" width="32" height="32" aria-hidden="true" focusable="false">
              <path d="M5 12.5l4.5 4.5L19 7.5" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
            <p {...slot('status')}>{labels.authorized}</p>
          </>
        );
      case 'error':
        return (
          <>
            <p {...slot('error')}>{getFastpassErrorMessage(result.error.kind, labels)}</p>
            {actionButton('retry')}
          </>
        );
      case 'signed-out':
        return fallback ?? <p {...slot('status')}>{labels.signedOut}</p>;
      default:
        return null;
    }
  })();

  return (
    <div
      {...rest}
      ref={ref}
      lang={lang}
      data-slot="root"
      data-state={result.state}
      data-color-scheme={colorScheme}
      className={joinClassNames(!unstyled && 'fastpass', classNames?.root, className)}
      style={{ ...getFastpassCssVariables({ size, fgColor, bgColor, accentColor, radius, theme }), ...style }}
    >
      <div {...slot('header')}>
        {identity('user')}
        {identity('userpool')}
      </div>

      <div {...slot('code')} ref={codeRef} role="group" aria-label={labels.codeRegion} tabIndex={-1}>
        {drawn !== undefined && (
          <QRCodeSVG
            {...slot('qrcode')}
            key={generation}
            {...{ [DRAWN_CODE_ATTRIBUTE]: drawnCode }}
            ref={svgRef}
            value={drawn.payload}
            size={size}
            level={level}
            fgColor={fgColor}
            bgColor={bgColor}
            marginSize={marginSize}
            title={labels.codeTitle(drawn.info.user.displayName, drawn.info.userpool.displayName)}
            imageSettings={logo}
          />
        )}
        {result.state === 'loading' && <div {...slot('skeleton')} aria-hidden="true" />}
        {drawn === undefined && hasCodePlaceholder(result.state) && <FastpassCodePlaceholder {...slot('placeholder')} />}
        {veil !== null && <div {...slot('veil')}>{veil}</div>}
      </div>

      <div {...slot('footer')}>
        {result.expiresAt !== undefined && (
          <FastpassCountdown {...slot('countdown')} expiresAt={result.expiresAt} format={labels.countdown} />
        )}
        {result.state === 'pending' && <p {...slot('hint')}>{labels.hint}</p>}
        {(result.state === 'pending' || result.state === 'scanned') && (
          <button type="button" {...slot('hide')} onClick={withFocusKept(result.hide)}>
            {labels.hide}
          </button>
        )}
        {result.state === 'error' && result.error.requestId !== undefined && (
          <p {...slot('detail')}>{labels.requestId(result.error.requestId)}</p>
        )}
      </div>

      <div {...slot('live')} role="status" aria-live="polite" aria-atomic="true" style={VISUALLY_HIDDEN}>
        {getFastpassAnnouncement(result, labels)}
      </div>
    </div>
  );
});
