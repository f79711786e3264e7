'use client';
import type { RefObject } from 'react';
import { useIsomorphicLayoutEffect } from '../../react/useIsomorphicLayoutEffect';

/** The narrowest quiet zone, in modules, that the plate may show to win bigger modules. */
export const MIN_QUIET_ZONE = 2;

/**
 * The least a module is ever drawn, in CSS px. At 1 CSS px a realistic code (version 16, 81 modules) is 0.26 mm a
 * module on a typical laptop screen: a screenshot decodes, a phone camera at arm's length does not.
 */
export const MIN_MODULE_SIZE = 2;

const warned = new Set<string>();

/**
 * Draws a QR code's SVG so that every module is a whole number of device pixels, as large as the plate allows and
 * never smaller than `MIN_MODULE_SIZE` CSS px. Scaled to an arbitrary size, modules come out 2 and 3 pixels wide in
 * turn, which scanners misread; whole pixels decode at every size we tried.
 *
 * The quiet zone need not be whole modules: when the full `marginSize` quiet zone would cost a whole pixel per module
 * (200 px and 101 modules: 1 px instead of 2, a code half the size), the SVG is drawn larger than the plate and the
 * plate (`overflow: hidden`, the same light background) clips the quiet zone down to `MIN_QUIET_ZONE` modules at the
 * least. When even that leaves modules under `MIN_MODULE_SIZE`, the plate grows (its `--fastpass-code-size`) and a
 * development warning names the size the code needs. The SVG's own attributes stay as qrcode.react drew them; only
 * CSS sizes change. The server render keeps `size`; this runs before the first paint in the browser.
 */
export function useCrispModules(
  plateRef: RefObject<HTMLElement | null>,
  svgRef: RefObject<SVGSVGElement | null>,
  size: number,
  // Names the drawing (its code, and a new <svg> element when one replaces it): a new one is sized again.
  drawing: string | undefined,
  marginSize: number,
): void {
  useIsomorphicLayoutEffect(() => {
    const svg = svgRef.current;
    const plate = plateRef.current;
    if (!plate) return;
    const modules = svg?.viewBox.baseVal?.width;
    // The plate's box in every state, through CSSOM (which a Content-Security-Policy allows, unlike a `style`
    // attribute): with or without the stylesheet, with or without a code.
    const setPlate = (plateSize: number) => {
      plate.style.setProperty('--fastpass-code-size', `${plateSize}px`);
      plate.style.width = plate.style.height = `${plateSize}px`;
    };
    if (!svg || !modules) {
      setPlate(size);
      return;
    }
    const ratio = window.devicePixelRatio || 1;
    const span = modules - 2 * marginSize + 2 * Math.min(marginSize, MIN_QUIET_ZONE);
    const least = Math.ceil(MIN_MODULE_SIZE * ratio);
    const pixelsPerModule = Math.max(least, Math.floor((size * ratio) / span));
    const plateSize = Math.max(size, Math.ceil((pixelsPerModule * span) / ratio));
    setPlate(plateSize);
    if (process.env.NODE_ENV !== 'production' && plateSize > size && !warned.has(`${size}:${modules}`)) {
      warned.add(`${size}:${modules}`);
      console.warn(
        `[react-fastpass-qrcode] size={${size}} would draw this code (${modules - 2 * marginSize} modules wide) below ` +
          `${MIN_MODULE_SIZE} CSS px a module, too small for a phone camera: it is drawn on a ${plateSize} px plate instead. ` +
          `Give size={${plateSize}} or more, or a sparser code (level "L", a shorter payload).`,
      );
    }
    const drawn = (pixelsPerModule * modules) / ratio;
    const offset = Math.floor(((plateSize - drawn) / 2) * ratio) / ratio;
    svg.style.width = svg.style.height = `${drawn}px`;
    svg.style.margin = `${offset}px`;
  }, [plateRef, svgRef, size, drawing, marginSize]);
}
