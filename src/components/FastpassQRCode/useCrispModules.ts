import { useEffect, useLayoutEffect, type RefObject } from 'react';

// useLayoutEffect warns on the server in React 18; there is nothing to measure there anyway.
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/**
 * Shrinks a QR code's SVG to the largest size at or under `size` where every module is a whole number
 * of device pixels, and centres it on the plate (the plate keeps its `size` box). Scaled to an arbitrary
 * size, modules come out 2 and 3 pixels wide in turn, which scanners misread (jsQR fails on a screenshot of
 * such a code at many sizes, 2.5 px per module included); whole pixels decode at every size we tried. The
 * space given up widens the quiet zone. Below one device pixel per module it leaves the code as it is.
 * The server render keeps the full size; this runs before the first paint in the browser.
 */
export function useCrispModules(
  svgRef: RefObject<SVGSVGElement | null>,
  size: number,
  // What changes the module count: the drawing is redone when one of these changes.
  payload: string | undefined,
  level: string,
  marginSize: number,
): void {
  useIsomorphicLayoutEffect(() => {
    const svg = svgRef.current;
    const modules = svg?.viewBox.baseVal?.width;
    if (!svg || !modules) return;
    const ratio = window.devicePixelRatio || 1;
    const devicePixels = Math.floor((size * ratio) / modules) * modules;
    const crisp = devicePixels >= modules ? devicePixels / ratio : size;
    const offset = Math.floor(((size - crisp) / 2) * ratio) / ratio;
    svg.style.width = svg.style.height = `${crisp}px`;
    svg.style.margin = `${offset}px`;
  }, [svgRef, size, payload, level, marginSize]);
}
