import type { Page, Response } from '@playwright/test';
import { CODE_PATH, codeRequests, expect, expectCardFollowsTheTokenApp, fromBrowser, signIn, test } from './fixtures';

// prefetchFastpassQrcode keeps TanStack Query's server defaults: one try, and 3 s at most, with the client the
// library builds (/account) and with one the page gives it (/account/bff). Then the page renders the card loading,
// and the browser asks for the code itself, once.
const pages: Array<{ path: string; open: (page: Page) => Promise<Response> }> = [
  { path: '/account', open: async (page) => (await page.goto('/account'))! },
  { path: '/account/bff', open: signIn },
];

test.describe('a prefetch while Authing does not answer', () => {
  for (const { path, open } of pages) {
    test(`${path} waits 3 s at most, renders the card loading, and the browser asks once`, async ({ page, mock }) => {
      const browserAsked: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).pathname.endsWith(CODE_PATH)) browserAsked.push(request.url());
      });
      mock.fail({ type: 'hang' }, { endpoint: 'geneFastpassQrcodeInfo' });
      const started = performance.now();
      const answer = await open(page);
      const html = await answer.text();
      const waited = performance.now() - started;

      expect(html).toMatch(/<div[^>]*data-slot="root"[^>]*data-state="loading"/);
      expect(waited, 'the server gave up after 3 s').toBeGreaterThan(2_900);
      expect(waited, 'and not after the client\'s own 12 s').toBeLessThan(8_000);
      const [prefetch] = codeRequests(mock);
      expect(fromBrowser(prefetch!)).toBe(false);
      expect(prefetch!.aborted, 'the server aborted its request').toBe(true);

      await expectCardFollowsTheTokenApp(page, mock);
      expect(codeRequests(mock), 'no retry on the server').toHaveLength(2);
      expect(browserAsked, 'the browser asked once').toHaveLength(1);
    });
  }
});
