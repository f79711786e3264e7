'use client';
import type { RefObject } from 'react';
import { useIsomorphicLayoutEffect } from '../../react/useIsomorphicLayoutEffect';

/** The narrowest quiet zone, in modules, that the plate may show to win bigger modules. */
export const MIN_QUIET_ZONE = 2;

/**
 * Draws a QR code's SVG so that every module is a whole number of device pixels, as large as the plate
 * allows. Scaled to an arbitrary size, modules come out 2 and 3 pixels wide in turn, which scanners
 * misread (jsQR fails on a screenshot of such a code at many sizes, 2.5 px per module included); whole
 * pixels decode at every size we tried.
 *
 * The quiet zone need not be whole modules: when the full `marginSize` quiet zone would cost a whole
 * pixel per module (200 px and 101 modules: 1 px instead of 2, a code half the size), the SVG is drawn
 * larger than the plate and the plate (`overflow: hidden`, the same light background) clips the quiet
 * zone down to `MIN_QUIET_ZONE` modules at the least. The SVG's own attributes stay as qrcode.react drew
 * them; only its CSS size and margin change. Below one device pixel per module it is left alone.
 * The server render keeps the full size; this runs before the first paint in the browser.
 */
export function useCrispModules(
  svgRef: RefObject<SVGSVGElement | null>,
  size: number,
  // Names the drawing (its code, and a new <svg> element when one replaces it): a new one is sized again.
  drawing: string | undefined,
  level: string,
  marginSize: number,
): void {
  useIsomorphicLayoutEffect(() => {
    const svg = svgRef.current;
    const modules = svg?.viewBox.baseVal?.width;
    if (!svg || !modules) return;
    const ratio = window.devicePixelRatio || 1;
    const dataModules = modules - 2 * marginSize;
    const quiet = Math.min(marginSize, MIN_QUIET_ZONE);
    const pixelsPerModule = Math.floor((size * ratio) / (dataModules + 2 * quiet));
    if (pixelsPerModule < 1) {
      svg.style.width = svg.style.height = `${size}px`;
      svg.style.margin = '0';
      return;
    }
    const drawn = (pixelsPerModule * modules) / ratio;
    const offset = Math.floor(((size - drawn) / 2) * ratio) / ratio;
    svg.style.width = svg.style.height = `${drawn}px`;
    svg.style.margin = `${offset}px`;
  }, [svgRef, size, drawing, level, marginSize]);
}
