import { browserCodeRequests, cardInHtml, codeRequests, expect, expectCardFollowsTheTokenApp, fromBrowser, test } from './fixtures';
import { ACCOUNT_PAGES } from './pages';

for (const { path, title, bff } of ACCOUNT_PAGES) {
  test.describe(`${path} (${title}): when the server's prefetch fails`, () => {
    test('Authing failing renders loading in the HTML, and the browser takes over with one request', async ({ page, mock, browserRequests }) => {
      mock.fail({ type: 'server-error' }, { endpoint: 'geneFastpassQrcodeInfo' });
      const response = await page.goto(path);
      const html = await response!.text();
      expect(html).toMatch(cardInHtml('loading'));
      expect(html).not.toContain('data-slot="qrcode"');

      await expectCardFollowsTheTokenApp(page, mock);
      expect(browserCodeRequests(browserRequests), 'the browser asked once').toHaveLength(1);
      // The loader's (failed, not retried), then the browser's (through the resource route on the BFF page).
      expect(codeRequests(mock).map(fromBrowser)).toEqual([false, !bff]);
      expect(mock.codes()).toHaveLength(1);
    });

    test('a hanging Authing holds the HTML no longer than the server timeout (3 s)', async ({ page, mock }) => {
      mock.fail({ type: 'hang' }, { endpoint: 'geneFastpassQrcodeInfo' });
      const started = performance.now();
      const response = await page.request.get(path);
      const html = await response.text();
      const seconds = (performance.now() - started) / 1000;
      test.info().annotations.push({ type: 'HTML with a hanging Authing', description: `${seconds.toFixed(2)} s` });

      expect(response.status()).toBe(200);
      expect(html).toMatch(cardInHtml('loading'));
      expect(seconds, 'waited for the timeout').toBeGreaterThan(2.5);
      expect(seconds, 'and no longer').toBeLessThan(6);
      await expect.poll(() => codeRequests(mock)[0]?.aborted, { message: 'the loader gave up on the request' }).toBe(true);
    });
  });
}
