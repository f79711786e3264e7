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

/** Where a code of `cells` modules (its quiet zone included) goes on a plate of `size` CSS px, in CSS px. */
export interface CrispLayout {
  /** The plate's width and height: `size`, or more when `size` would draw modules under `MIN_MODULE_SIZE`. */
  plate: number;
  /** The code's width and height with its whole quiet zone: a whole number of device pixels a module. */
  drawn: number;
  /** From the plate's edge to the code's, a whole number of device pixels; negative when the plate clips the quiet zone. */
  offset: number;
}

/**
 * Every module a whole number of device pixels, as large as the plate allows, never under `MIN_MODULE_SIZE` CSS px
 * (`ratio` is the device pixel ratio). The quiet zone need not be whole modules: when the full `margin` quiet zone
 * would cost a whole pixel per module (200 px and 101 modules: 1 px instead of 2, a code half the size), the code is
 * drawn larger than the plate and the plate clips the quiet zone down to `MIN_QUIET_ZONE` modules at the least. When
 * even that leaves modules under `MIN_MODULE_SIZE`, the plate grows.
 */
export function crispLayout(size: number, cells: number, margin: number, ratio: number): CrispLayout {
  const span = cells - 2 * margin + 2 * Math.min(margin, MIN_QUIET_ZONE);
  const pixelsPerModule = Math.max(Math.ceil(MIN_MODULE_SIZE * ratio), Math.floor((size * ratio) / span));
  const plate = Math.max(size, Math.ceil((pixelsPerModule * span) / ratio));
  const drawn = (pixelsPerModule * cells) / ratio;
  return { plate, drawn, offset: Math.floor(((plate - drawn) / 2) * ratio) / ratio };
}

/**
 * The viewBox that draws a code of `cells` modules on whole CSS pixels in an `<svg>` as large as the plate, at device
 * pixel ratio 1: what server HTML can hold (an attribute, where a Content-Security-Policy blocks `style` attributes)
 * before `useCrispModules` knows the screen. Scaled by a whole number, shifted by whole pixels.
 */
export function crispViewBox({ plate, drawn, offset }: CrispLayout, cells: number): string {
  const unit = drawn / cells;
  return `${-offset / unit} ${-offset / unit} ${plate / unit} ${plate / unit}`;
}

/**
 * Draws a QR code's SVG so that every module is a whole number of device pixels, as large as the plate allows and
 * never smaller than `MIN_MODULE_SIZE` CSS px (see `crispLayout`). Scaled to an arbitrary size, modules come out 2 and
 * 3 pixels wide in turn, which scanners misread; whole pixels decode at every size we tried.
 *
 * Server HTML (and the first render in the browser, which hydrates it) draws the code on whole CSS pixels for device
 * pixel ratio 1 with the `<svg>`'s own attributes (`crispViewBox`). Before the first paint in the browser, this draws
 * it again for the screen's device pixel ratio through CSSOM (which a Content-Security-Policy allows, unlike a `style`
 * attribute): the viewBox back to qrcode.react's `0 0 cells cells`, the `<svg>` sized to the code and moved by its
 * offset, the plate (`overflow: hidden`, the same light background) clipping what lies outside. A plate too small for
 * `MIN_MODULE_SIZE` grows (its `--fastpass-code-size`) and a development warning names the size the code needs.
 */
export function useCrispModules(
  plateRef: RefObject<HTMLElement | null>,
  svgRef: RefObject<SVGSVGElement | null>,
  size: number,
  // Names the drawing (its code, and a new <svg> element when one replaces it): a new one is sized again.
  drawing: string | undefined,
  // The code's width in modules with its quiet zone (qrcode.react's viewBox), 0 without a code.
  cells: number,
  margin: number,
): void {
  useIsomorphicLayoutEffect(() => {
    const svg = svgRef.current;
    const plate = plateRef.current;
    if (!plate) return;
    // The plate's box in every state, with or without the stylesheet, with or without a code.
    const setPlate = (plateSize: number) => {
      plate.style.setProperty('--fastpass-code-size', `${plateSize}px`);
      plate.style.width = plate.style.height = `${plateSize}px`;
    };
    if (!svg || !cells) {
      setPlate(size);
      return;
    }
    const { plate: plateSize, drawn, offset } = crispLayout(size, cells, margin, window.devicePixelRatio || 1);
    setPlate(plateSize);
    const modules = cells - 2 * margin;
    if (process.env.NODE_ENV !== 'production' && plateSize > size && !warned.has(`${size}:${modules}`)) {
      warned.add(`${size}:${modules}`);
      console.warn(
        `[react-fastpass-qrcode] size={${size}} would draw this code (${modules} modules wide) below ` +
          `${MIN_MODULE_SIZE} CSS px a module, too small for a phone camera: it is drawn on a ${plateSize} px plate instead. ` +
          `Give size={${plateSize}} or more, or a sparser code (level "L", a shorter payload).`,
      );
    }
    svg.setAttribute('viewBox', `0 0 ${cells} ${cells}`);
    svg.style.width = svg.style.height = `${drawn}px`;
    svg.style.margin = `${offset}px`;
  }, [plateRef, svgRef, size, drawing, cells, margin]);
}
