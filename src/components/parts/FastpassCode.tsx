'use client';
import { forwardRef, useEffect, useRef, useSyncExternalStore, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { QRCodeSVG } from 'qrcode.react';
import type { UseFastpassQrcodeResult } from '../../query/fastpassResult';
import { fingerprint } from '../../query/fingerprint';
import { DEFAULT_LEVEL, type FastpassErrorCorrectionLevel } from '../../query/qrCapacity';
import { DEFAULT_BG_COLOR, DEFAULT_FG_COLOR, DEFAULT_MARGIN_SIZE, DEFAULT_SIZE } from './codeDefaults';
import { warnOnPoorCodeContrast } from './contrast';
import { FastpassCodePlaceholder } from './FastpassCodePlaceholder';
import { connectFastpass } from './fastpassParts';
import { isSafePhotoUrl } from './isSafePhotoUrl';
import { slotProps, type FastpassStyleProps } from './slots';
import { crispLayout, crispViewBox, useCrispModules } from './useCrispModules';
import { qrModuleCount } from './qrModuleCount';
import { useFastpassLabels } from './useFastpassLabels';
import { useStillLoading } from './useStillLoading';
import { useIsomorphicLayoutEffect } from '../../react/useIsomorphicLayoutEffect';
import { DRAWN_CODE_ATTRIBUTE, useRedrawOnHydrationMismatch } from './useRedrawOnHydrationMismatch';

export interface FastpassCodeProps extends FastpassStyleProps, Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** What `useFastpassQrcode` returned. The code is drawn only while it carries a `payload`. */
  result: UseFastpassQrcodeResult;
  /**
   * The plate's width and height in CSS px; it keeps this box in every state. The code is drawn as large as fits with
   * every module a whole number of device pixels and never under 2 CSS px: a code that would be is drawn on a larger
   * plate, with a development warning. A realistic Authing answer (578 bytes, QR version 16 at level L) needs 170.
   * Default: 200.
   */
  size?: number | undefined;
  /** The modules' colour. Keep it dark: a development warning flags low contrast and inverted codes. Default: '#000000'. */
  fgColor?: string | undefined;
  /** The plate and quiet zone: light, even in a dark colour scheme. Default: '#ffffff'. */
  bgColor?: string | undefined;
  /**
   * Error correction: 'L' 7 %, 'M' 15 %, 'Q' 25 %, 'H' 30 % of the code may be lost. Give the hook the same `level`
   * (it checks the payload fits). Use 'Q' or 'H' with `showUserpoolLogo`. Default: 'L', the sparsest code.
   */
  level?: FastpassErrorCorrectionLevel | undefined;
  /** The quiet zone around the code, in modules (the plate may clip it to 2 to win larger modules). Default: 4. */
  marginSize?: number | undefined;
  /** Draws the user pool's photo (when its URL is safe) in the middle of the code. Default: false. */
  showUserpoolLogo?: boolean | undefined;
  /** Drawn over the plate (the card puts its message and buttons here when no code is drawn). */
  children?: ReactNode;
}

/** Share of the code's width the user pool logo takes with `showUserpoolLogo`. */
const LOGO_RATIO = 0.2;

// The live region is hidden by the stylesheet (`.fastpass__live`) and, for `unstyled` parts, through CSSOM once mounted:
// never an inline `style` attribute, which a Content-Security-Policy without 'unsafe-inline' blocks. The clip-path
// form of "visually hidden" (every browser since 2020): out of sight, still read by screen readers.
const VISUALLY_HIDDEN = { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' };
const subscribeNever = () => () => {};

/**
 * The code alone, with every guarantee of the card: drawn only while the result carries a payload (never in a hidden
 * tab, on paper or after the scan: the hook withholds it), crisp on whole device pixels, drawn again when server HTML
 * held another code, and otherwise a skeleton (which, after a few seconds, says that Authing is still being waited
 * for) or a placeholder that is never a code. It announces every state in a polite live region, and takes focus (`tabIndex={-1}`) when a button that started a request goes away.
 */
export const FastpassCode = forwardRef<HTMLDivElement, FastpassCodeProps>(function FastpassCode(
  {
    result,
    size = DEFAULT_SIZE,
    fgColor = DEFAULT_FG_COLOR,
    bgColor = DEFAULT_BG_COLOR,
    level = DEFAULT_LEVEL,
    marginSize = DEFAULT_MARGIN_SIZE,
    showUserpoolLogo = false,
    classNames,
    unstyled,
    className,
    style,
    children,
    ...rest
  },
  ref,
) {
  const labels = useFastpassLabels();
  const parts = connectFastpass(result, labels);
  // After a few seconds of loading, the skeleton (for the eye) and the live region (for the ear) say that Authing is
  // still being waited for.
  const late = useStillLoading(result) && labels.stillLoading;
  const plateRef = useRef<HTMLDivElement | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const liveRef = useRef<HTMLDivElement>(null);
  // False in server HTML and while hydrating: the live region is empty there (what a live region holds when the page
  // loads is never announced anyway), so that server HTML shown without the stylesheet never shows its text.
  const mounted = useSyncExternalStore(subscribeNever, () => true, () => false);
  const drawn = parts.code === 'qrcode' ? result.payload : undefined;
  const { identity } = result;
  // A code is drawn with its title, which names the user and the user pool.
  const drawsCode = drawn !== undefined && identity !== undefined;
  const drawnCode = drawn === undefined ? undefined : fingerprint(drawn);
  const generation = useRedrawOnHydrationMismatch(svgRef, drawnCode);
  // The code's width in modules with its quiet zone, as qrcode.react will draw it (it floors `marginSize`).
  const margin = Math.max(Math.floor(marginSize), 0);
  const cells = drawn === undefined ? 0 : qrModuleCount(drawn, level) + 2 * margin;
  useCrispModules(plateRef, svgRef, size, drawnCode && `${generation}:${drawnCode}`, cells, margin);
  // Server HTML draws the code on whole CSS pixels at device pixel ratio 1 with attributes alone (the <svg> as large as
  // the plate, a viewBox that scales it by a whole number); in the browser, useCrispModules draws it for the screen.
  const serverLayout = crispLayout(size, cells, margin, 1);
  useIsomorphicLayoutEffect(() => {
    plateRef.current?.style.setProperty('--fastpass-code-background', bgColor);
    if (liveRef.current) Object.assign(liveRef.current.style, VISUALLY_HIDDEN);
  }, [bgColor]);

  useEffect(() => {
    if (process.env.NODE_ENV !== 'production') warnOnPoorCodeContrast(fgColor, bgColor);
  }, [fgColor, bgColor]);

  const logo = showUserpoolLogo && isSafePhotoUrl(identity?.userpool.photo) ? identity?.userpool.photo : undefined;
  const logoSize = Math.round(size * LOGO_RATIO);
  const styles = { classNames, unstyled };
  return (
    <div
      {...rest}
      ref={(element) => {
        plateRef.current = element;
        if (typeof ref === 'function') ref(element);
        else if (ref) ref.current = element;
      }}
      {...slotProps('code', styles, className)}
      data-state={result.state}
      role="group"
      aria-label={labels.codeRegion}
      tabIndex={-1}
      style={style}
    >
      {drawsCode && (
        <QRCodeSVG
          {...slotProps('qrcode', styles)}
          key={generation}
          {...{ [DRAWN_CODE_ATTRIBUTE]: drawnCode }}
          ref={svgRef}
          display="block"
          value={drawn}
          size={size}
          width={serverLayout.plate}
          height={serverLayout.plate}
          viewBox={crispViewBox(serverLayout, cells)}
          level={level}
          fgColor={fgColor}
          bgColor={bgColor}
          marginSize={marginSize}
          title={labels.codeTitle(identity.user.displayName, identity.userpool.displayName)}
          imageSettings={logo === undefined ? undefined : { src: logo, width: logoSize, height: logoSize, excavate: true }}
        />
      )}
      {/* Without a code, the box's size is held by attributes (no stylesheet, no style attribute needed). */}
      {!drawsCode && <svg width={size} height={size} display="block" aria-hidden="true" focusable="false" />}
      {parts.code === 'skeleton' && (
        <div {...slotProps('skeleton', styles)} aria-hidden="true">
          {late}
        </div>
      )}
      {parts.code === 'placeholder' && <FastpassCodePlaceholder {...slotProps('placeholder', styles)} />}
      {children}
      <div {...slotProps('live', styles)} ref={liveRef} role="status" aria-live="polite" aria-atomic="true">
        {mounted && (late || parts.announcement)}
      </div>
    </div>
  );
});
