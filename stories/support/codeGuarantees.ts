import type { QueryClient } from '@tanstack/react-query';
import { expect, waitFor, within } from 'storybook/test';
import { DEFAULT_POLL_INTERVAL_MS } from '../../src/react/useFastpassQrcodeOptions';
import { FASTPASS_MOCK_OTHER_USER, type FastpassMock } from '../../src/testing';
import { decodeRenderedSvg } from '../../test/utils/decodeQr';
import { setDocumentVisibility } from './pageEmulation';

/**
 * The card's promises about the code, as play functions for any UI drawn from the hook or from the parts: the code is
 * on screen while it is live, and nowhere a camera could read it after the scan, on paper or in a background tab.
 * Each UI says these things in its own words; the checks read only what is on screen and what the mock saw.
 */
export interface DrawnCodeUi {
  /** Brings the UI from its first render to a live code (an on-demand UI clicks its Show button). */
  show: (canvasElement: HTMLElement) => Promise<void>;
  /** The drawn code's accessible name. */
  codeName: string;
  /** What the UI says once the token app scanned, naming who did. */
  scannedBy: (name: string) => string;
  /** What the UI shows where the code was while the page is in the background. */
  hidden: string;
  /** What the UI shows where the code was while the page is printed. */
  printed: string;
  /** What the UI says once the scan is confirmed on the phone. */
  authorized: string;
  /** How often the UI polls (its `refetchInterval`); the hook's default when not given. */
  pollMs?: number;
}

/**
 * Nothing is sent across `intervals` poll intervals, once whatever was on its way has landed: a count that must stay
 * put across a known number of the UI's own intervals (on the page's timer queue, so a poller still running would have
 * fired by then however slow the machine), not a sleep whose length decides the outcome. With the story's query
 * client, the fetches TanStack Query starts are counted too: an explicit signal, before anything reaches the wire.
 */
export async function expectNothingSent(
  mock: FastpassMock,
  { intervalMs = DEFAULT_POLL_INTERVAL_MS, intervals = 2, queryClient }: { intervalMs?: number; intervals?: number; queryClient?: QueryClient } = {},
) {
  await waitFor(
    () => {
      expect(queryClient?.isFetching() ?? 0).toBe(0);
      expect(mock.requests.filter((request) => request.answeredAt === undefined && !request.aborted)).toEqual([]);
    },
    { timeout: 8_000 },
  );
  const sent = mock.requests.length;
  let fetchStarts = 0;
  const stop = queryClient?.getQueryCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'fetch') fetchStarts += 1;
  });
  try {
    for (let i = 0; i < intervals; i += 1) await new Promise((resolve) => setTimeout(resolve, intervalMs));
  } finally {
    stop?.();
  }
  await expect(fetchStarts).toBe(0);
  await expect(mock.requests).toHaveLength(sent);
}

/** What the UI shows, not what its polite live region (visually hidden) announces in the same words. */
const SHOWN = { selector: ':not([role="status"])' };

/** Someone other than the signed-in user scans: the UI must name the scanner, not the account. */
const SCANNER = { displayName: FASTPASS_MOCK_OTHER_USER.displayName, photo: FASTPASS_MOCK_OTHER_USER.photo };

/** The `<svg>`s a person or a screen reader is shown: the hollow placeholder and icons are `aria-hidden` decoration. */
function shownSvgs(canvasElement: HTMLElement): SVGSVGElement[] {
  return [...canvasElement.querySelectorAll('svg')].filter((svg) => !svg.closest('[aria-hidden="true"]'));
}

/** Every QR code a phone's camera could read in the story, decorations included, decoded from the pixels drawn. */
async function readableCodes(canvasElement: HTMLElement): Promise<string[]> {
  const decoded = await Promise.all([...canvasElement.querySelectorAll('svg')].map((svg) => decodeRenderedSvg(svg)));
  return decoded.filter((payload): payload is string => payload !== null);
}

/** The code on screen is the one code the mock minted, with the server's data exactly as sent. Returns its payload. */
async function expectTheMintedCode(canvasElement: HTMLElement, mock: FastpassMock, ui: DrawnCodeUi): Promise<string> {
  await expect(await within(canvasElement).findByRole('img', { name: ui.codeName })).toBeVisible();
  const codes = await readableCodes(canvasElement);
  await expect(codes).toHaveLength(1);
  await expect(JSON.parse(codes[0]!)).toEqual(mock.latestCode()?.info);
  return codes[0]!;
}

/** No code a camera could read, and nothing shown that might be one. */
async function expectNoCode(canvasElement: HTMLElement, ui: DrawnCodeUi) {
  await expect(within(canvasElement).queryByRole('img', { name: ui.codeName })).not.toBeInTheDocument();
  await expect(shownSvgs(canvasElement)).toEqual([]);
  await expect(await readableCodes(canvasElement)).toEqual([]);
}

/** While pending the code is there, named, and it is the minted one. */
export async function expectLiveCode(canvasElement: HTMLElement, mock: FastpassMock, ui: DrawnCodeUi): Promise<string> {
  await ui.show(canvasElement);
  const payload = await expectTheMintedCode(canvasElement, mock, ui);
  await expect(mock.codes()).toHaveLength(1);
  return payload;
}

/** After the scan, one phone has the code: it leaves the screen, and the UI names who scanned. */
export async function expectCodeGoneOnScan(canvasElement: HTMLElement, mock: FastpassMock, ui: DrawnCodeUi) {
  await expectLiveCode(canvasElement, mock, ui);
  mock.scan(undefined, SCANNER);
  await expect(await within(canvasElement).findByText(ui.scannedBy(SCANNER.displayName), SHOWN, { timeout: 8_000 })).toBeVisible();
  await expectNoCode(canvasElement, ui);
}

/**
 * `beforeprint` (what `window.print()` and the browser's Print fire): the code is out of the DOM when the handlers
 * return, before the printout is laid out. `afterprint` brings the same code back, with no request.
 */
export async function expectCodeKeptOffPaper(canvasElement: HTMLElement, mock: FastpassMock, ui: DrawnCodeUi) {
  const canvas = within(canvasElement);
  const payload = await expectLiveCode(canvasElement, mock, ui);

  window.dispatchEvent(new Event('beforeprint'));
  // At once, with no await in between: this is the DOM the printout gets.
  await expect(shownSvgs(canvasElement)).toEqual([]);
  await expect(canvas.getByText(ui.printed, SHOWN)).toBeInTheDocument();
  await expectNoCode(canvasElement, ui);

  window.dispatchEvent(new Event('afterprint'));
  await canvas.findByRole('img', { name: ui.codeName });
  await expect(await expectTheMintedCode(canvasElement, mock, ui)).toBe(payload);
  await expect(mock.codes()).toHaveLength(1);
}

/** A background tab holds no code; back in front, the same code returns from the cache with no request. */
export async function expectCodeKeptOffBackgroundTab(canvasElement: HTMLElement, mock: FastpassMock, ui: DrawnCodeUi) {
  const canvas = within(canvasElement);
  const payload = await expectLiveCode(canvasElement, mock, ui);

  setDocumentVisibility('hidden');
  await waitFor(() => expect(canvas.queryByRole('img', { name: ui.codeName })).not.toBeInTheDocument());
  await expect(canvas.getByText(ui.hidden, SHOWN)).toBeVisible();
  await expectNoCode(canvasElement, ui);

  setDocumentVisibility('visible');
  await canvas.findByRole('img', { name: ui.codeName });
  await expect(await expectTheMintedCode(canvasElement, mock, ui)).toBe(payload);
  await expect(mock.codes()).toHaveLength(1);
}

/** Scanned, then confirmed on the phone: authorized, no code, and polling stops. */
export async function expectAuthorized(canvasElement: HTMLElement, mock: FastpassMock, ui: DrawnCodeUi) {
  const canvas = within(canvasElement);
  await expectCodeGoneOnScan(canvasElement, mock, ui);
  mock.confirm();
  await expect(await canvas.findByText(ui.authorized, SHOWN, { timeout: 8_000 })).toBeVisible();
  await expectNoCode(canvasElement, ui);
  // Polling stopped: nothing over the wire across two of the UI's poll intervals.
  await expectNothingSent(mock, { intervalMs: ui.pollMs });
}
