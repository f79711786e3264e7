/* eslint-disable testing-library/no-node-access -- server HTML is read as the DOM it parses into: there is no render result to query. */
// Issue 21, item 6: the code in server HTML is drawn on whole CSS pixels at device pixel ratio 1, so that the page shows
// a code that scans before any script runs (or with scripts off). The card's server HTML (renderToString with a
// prefetched code, as a route loader renders it) is put into a page with the library's stylesheet and never hydrated,
// then a 1× screenshot of the code area is read by jsQR and its pixels counted.
import '../../../src/styles.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act } from '@testing-library/react';
import { getResponse } from 'msw';
import type { ReactElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { commands, page } from 'vitest/browser';
import { FastpassProvider, FastpassQRCode, prefetchFastpassQrcode } from '../../../src';
import { encodeFastpassPayload } from '../../../src/api/payload';
import type { FastpassQrcodeInfo, FastpassUserInfo } from '../../../src/api/schemas';
import { createFastpassMock } from '../../../src/testing';
import type { CspPageOptions, CspPageResult } from '../security/csp/cspCommand';
import { decodePng } from '../../utils/decodeQr';
import { decodeScreenshot, useUnscaledViewport } from './decodeScreenshot';
import { REALISTIC_INFO } from '../../utils/viewResults';

declare module 'vitest/browser' {
  interface BrowserCommands {
    openCspPage(options: CspPageOptions): Promise<CspPageResult>;
  }
}

const TOKEN = 'realistic-access-token';
const APP_HOST = 'https://sso-personal-center.authing.cn';

const roots: Root[] = [];
beforeAll(() => useUnscaledViewport());
afterEach(() => {
  vi.restoreAllMocks();
  for (const root of roots.splice(0)) act(() => root.unmount());
  document.body.replaceChildren();
  // A device pixel ratio a test pretended (see below) goes back to the page's own.
  Reflect.deleteProperty(window, 'devicePixelRatio');
});

/**
 * A realistic Authing answer minted by the mock Authing (the fixture's people, photos and hosts; the mock's own code
 * id), prefetched as a route loader does, and the card's HTML rendered from it: what a server sends.
 */
async function serverHtml(size: number, unstyled: boolean, user: FastpassUserInfo): Promise<{ html: string; payload: string; tree: ReactElement }> {
  const mock = createFastpassMock({
    apiHost: REALISTIC_INFO.apiHost,
    appId: REALISTIC_INFO.appId,
    sessions: { [TOKEN]: user },
    userpool: REALISTIC_INFO.userpool,
  });
  // The mock's handlers answer the client's real requests, without a service worker.
  const answer: typeof fetch = async (input, init) => (await getResponse(mock.handlers, new Request(input, init))) ?? new Response(null, { status: 404 });
  const session = { appHost: APP_HOST, appId: REALISTIC_INFO.appId, accessToken: TOKEN, fetch: answer };
  const queryClient = new QueryClient();
  await prefetchFastpassQrcode(queryClient, session);
  const info = queryClient.getQueryCache().getAll()[0]?.state.data as FastpassQrcodeInfo;
  const tree = (
    <QueryClientProvider client={queryClient}>
      <FastpassProvider {...session} lang="zh-CN">
        <FastpassQRCode size={size} unstyled={unstyled} />
      </FastpassProvider>
    </QueryClientProvider>
  );
  return { html: renderToString(tree), payload: encodeFastpassPayload(info), tree };
}

/** The HTML parsed into the page as a browser parses a document's body: no script runs, nothing hydrates. */
function showWithoutScripts(html: string): { host: HTMLElement; plate: HTMLElement } {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  const plate = host.querySelector<HTMLElement>('[data-slot="code"]');
  if (!plate) throw new Error('no code area in the server HTML');
  return { host, plate };
}

/** The screenshot's pixels (RGBA), at its natural size. */
async function pixelsOf(png: string): Promise<ImageData> {
  const image = new Image();
  image.src = `data:image/png;base64,${png}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth;
  canvas.height = image.naturalHeight;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(image, 0, 0);
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

/**
 * The lengths of the runs of dark and light pixels along every row and column of the screenshot, within `inset` px of
 * its edges (clear of the plate's rounded corners), leaving out the runs that touch that box's edges. On whole pixels
 * each is a whole number of modules of one width (a multiple of the shortest); scaled to 180/89 px a module, modules
 * come out 2 and 3 px wide in turn (qrcode.react draws with `shape-rendering: crispEdges`: no grey edges, uneven widths
 * instead), which scanners misread.
 */
function runLengths({ data, width, height }: ImageData, inset = 12): number[] {
  const dark = (x: number, y: number) => data[(y * width + x) * 4]! < 128;
  const runs: number[] = [];
  const walk = (length: number, at: (i: number) => boolean) => {
    let start = 0;
    for (let i = 1; i <= length; i += 1) {
      if (i < length && at(i) === at(start)) continue;
      if (start > 0 && i < length) runs.push(i - start);
      start = i;
    }
  };
  for (let y = inset; y < height - inset; y += 1) walk(width - 2 * inset, (i) => dark(inset + i, y));
  for (let x = inset; x < width - inset; x += 1) walk(height - 2 * inset, (i) => dark(x, inset + i));
  return runs;
}

describe('given server HTML of the card with a prefetched code, no script run, at device pixel ratio 1', () => {
  it('should be a page at device pixel ratio 1 (what a 1× screenshot shows)', () => {
    expect(window.devicePixelRatio).toBe(1);
  });

  describe.each([
    // 578 bytes: QR version 16 at level L.
    ['81 modules (the realistic answer)', REALISTIC_INFO.user, 81],
    // Version 15: a shorter photo URL, 499 bytes.
    ["77 modules (the issue's code)", { ...REALISTIC_INFO.user, photo: 'https://files.authing.co/user-contents/photos/avatar.png' }, 77],
  ])('with %s', (_, user, modules) => {
    describe.each([
      ['the stylesheet', false],
      ['unstyled parts', true],
    ])('with %s', (__, unstyled) => {
      it.each([180, 200, 170, 233, 150, 260])('should draw it at size %i on whole pixels that a 1× screenshot decodes', async (size) => {
        const { html, payload } = await serverHtml(size, unstyled, user);
        expect(html).not.toMatch(/\sstyle="/);
        const { plate } = showWithoutScripts(html);
        const svg = plate.querySelector('svg[data-slot="qrcode"]')!;
        // qrcode.react's own light square: the code and its 4-module quiet zone.
        expect(svg.querySelector('path')?.getAttribute('d')).toBe(`M0,0 h${modules + 8}v${modules + 8}H0z`);
        // The plate's size, or the least that draws 2 px a module with a 2-module quiet zone (150 px: it grows). At 260
        // px a module is 3 px, and the viewBox's offset a third of a module.
        const plateSize = Math.max(size, 2 * (modules + 2 * 2));
        expect(svg.getBoundingClientRect()).toMatchObject({ width: plateSize, height: plateSize });
        const png = await page.screenshot({ element: plate, save: false });
        expect(await decodePng(png)).toBe(payload);
        const runs = runLengths(await pixelsOf(png));
        // As large as whole pixels allow once the quiet zone may narrow to 2 modules, and never under 2 px.
        const module = Math.min(...runs);
        expect(module).toBe(Math.max(2, Math.floor(size / (modules + 2 * 2))));
        expect(runs.filter((run) => run % module !== 0)).toEqual([]);
      });
    });
  });
});

describe('given server HTML of the card with a prefetched code, hydrated', () => {
  it.each([
    [1, 180],
    [1, 150],
    // Pretended (the page's own ratio is 1): the layout, not the pixels, is what this checks at ratio 2.
    [2, 180],
    [2, 200],
  ])('should hydrate without a mismatch and draw it again for device pixel ratio %i at size %i', async (ratio, size) => {
    const { html, payload, tree } = await serverHtml(size, false, REALISTIC_INFO.user);
    const { host, plate } = showWithoutScripts(html);
    const serverSvg = plate.querySelector('svg[data-slot="qrcode"]')!;
    const serverViewBox = serverSvg.getAttribute('viewBox');
    if (ratio !== window.devicePixelRatio) Object.defineProperty(window, 'devicePixelRatio', { configurable: true, value: ratio });
    const errors = vi.spyOn(console, 'error');
    const recoverable: unknown[] = [];
    await act(async () => {
      roots.push(hydrateRoot(host, tree, { onRecoverableError: (error) => recoverable.push(error) }));
    });
    expect(recoverable).toEqual([]);
    expect(errors.mock.calls.map((call) => String(call[0]).slice(0, 300))).toEqual([]);

    // The very <svg> of the server HTML, drawn again through CSSOM: qrcode.react's viewBox, sized to the code.
    const svg = plate.querySelector('svg[data-slot="qrcode"]')!;
    expect(svg).toBe(serverSvg);
    expect(svg.getAttribute('viewBox')).not.toBe(serverViewBox);
    expect(svg.getAttribute('viewBox')).toBe('0 0 89 89');
    expect(svg.hasAttribute('style')).toBe(true);
    const code = svg.getBoundingClientRect();
    const area = plate.getBoundingClientRect();
    const pixelsPerModule = (code.width * ratio) / 89;
    expect(pixelsPerModule).toBe(Math.max(2 * ratio, Math.floor((size * ratio) / 85)));
    expect(Number.isInteger((code.left - area.left) * ratio)).toBe(true);
    expect(area.width).toBe(Math.max(size, 170));
    if (ratio === 1) expect(await decodeScreenshot(plate)).toBe(payload);
  });
});

describe('given server HTML sent by a server with a strict Content-Security-Policy, scripts off, at device pixel ratio 1', () => {
  it('should show codes that decode from a 1× screenshot, with no violation', async () => {
    const seen = await commands.openCspPage({ page: 'cards', scriptsOff: true });
    for (const id of ['#themed', '#unstyled']) {
      expect({ id, png: typeof seen.codes[id] }).toEqual({ id, png: 'string' });
      expect({ id, decoded: await decodePng(seen.codes[id]!) }).toEqual({ id, decoded: expect.stringContaining('"qrcodeId"') });
      const runs = runLengths(await pixelsOf(seen.codes[id]!));
      const shortest = Math.min(...runs);
      expect({ id, uneven: runs.filter((run) => run % shortest !== 0) }).toEqual({ id, uneven: [] });
    }
    expect(seen.violations).toEqual([]);
  });
});
