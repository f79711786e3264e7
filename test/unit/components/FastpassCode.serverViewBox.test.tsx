// @vitest-environment node
// The code's <svg> in server HTML (no window: no layout effect runs), read as attributes: as large as the plate, with a
// viewBox that draws each module a whole number of CSS px at a whole-pixel offset for device pixel ratio 1. The pixels
// themselves are checked in Chromium (test/browser/components/serverHtmlCode.browser.test.tsx).
import { renderToString } from 'react-dom/server';
import { FastpassQRCodeView } from '../../../src';
import { REALISTIC_PAYLOAD, viewResult } from '../../utils/viewResults';

/** The attributes of the code's <svg> in the server HTML. */
function serverSvg(props: { size?: number; level?: 'L' | 'M' | 'Q' | 'H'; marginSize?: number }) {
  const view = renderToString(<FastpassQRCodeView result={viewResult('pending', { payload: REALISTIC_PAYLOAD })} {...props} />);
  const svg = /<svg[^>]*data-slot="qrcode"[^>]*>/.exec(view)?.[0] ?? '';
  const attribute = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(svg)?.[1];
  return { width: attribute('width'), height: attribute('height'), viewBox: attribute('viewBox'), style: attribute('style') };
}

// The realistic answer is 81 modules at level L, 89 with the 4-module quiet zone; 85 with the quiet zone clipped to 2.
describe('given server HTML of the realistic code', () => {
  it.each([
    // 2 px a module: the 178 px code 1 px in from each edge.
    [180, { width: '180', viewBox: '-0.5 -0.5 90 90' }],
    // 2 px a module: the code 11 px in, its quiet zone whole.
    [200, { width: '200', viewBox: '-5.5 -5.5 100 100' }],
    // 2 px a module: the quiet zone clipped by 4 px (2 modules) a side.
    [170, { width: '170', viewBox: '2 2 85 85' }],
    // Too small for 2 px a module: the plate grows to 170, as it does in the browser.
    [150, { width: '170', viewBox: '2 2 85 85' }],
    // 3 px a module: 267 px, clipped by 4 px a side.
    [260, { width: '260', viewBox: `${4 / 3} ${4 / 3} ${260 / 3} ${260 / 3}` }],
  ])('should draw it at size %i on whole pixels with attributes alone', (size, expected) => {
    expect(serverSvg({ size })).toEqual({ ...expected, height: expected.width, style: undefined });
  });

  it('should follow the level and the quiet zone (93 modules at level M; a 2-module quiet zone)', () => {
    // 101 modules with the quiet zone, 2 px each: the 202 px code 1 px out on each side (its quiet zone 3.5 modules).
    expect(serverSvg({ size: 200, level: 'M' }).viewBox).toBe('0.5 0.5 100 100');
    // 85 modules with a 2-module quiet zone: 2 px a module, the code 15 px in.
    expect(serverSvg({ size: 200, marginSize: 2 }).viewBox).toBe('-7.5 -7.5 100 100');
  });
});
