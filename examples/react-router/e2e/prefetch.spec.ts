import { FASTPASS_MOCK_ACCESS_TOKEN } from 'react-fastpass-qrcode/testing';
import {
  browserCodeRequests,
  card,
  cardInHtml,
  codeRequests,
  decodeQr,
  expect,
  expectCardFollowsTheTokenApp,
  fromBrowser,
  qrcode,
  test,
} from './fixtures';
import { ACCOUNT_PAGES } from './pages';

for (const { path, title, bff } of ACCOUNT_PAGES) {
  test.describe(`${path} (${title}): prefetched by the route loader`, () => {
    test('the server HTML already holds the QR code, drawn with JavaScript off', async ({ page, browser, baseURL, mock }) => {
      // A plain GET with the session cookie, as a browser's first visit: no JavaScript runs.
      const response = await page.request.get(path);
      expect(response.status()).toBe(200);
      const html = await response.text();

      expect(html).toMatch(cardInHtml('pending'));
      expect(html).toMatch(/<svg[^>]*role="img"[^>]*>\s*<title>[^<]+<\/title>/);
      expect(codeRequests(mock), 'one code, the loader\'s').toHaveLength(1);
      expect(fromBrowser(codeRequests(mock)[0]!)).toBe(false);
      expect(codeRequests(mock)[0]!.headers.authorization, 'the server sent the session\'s token').toBe(FASTPASS_MOCK_ACCESS_TOKEN);
      // The simple setup hands the browser its token; the BFF page does not (bff.spec.ts looks everywhere else).
      expect(html.includes(FASTPASS_MOCK_ACCESS_TOKEN), 'the token in the HTML').toBe(!bff);
      const [code] = mock.codes();

      // That very HTML, drawn with JavaScript off, is a QR code of exactly the code the server fetched. (At a
      // device pixel ratio of 2: before hydration the modules are not yet snapped to whole pixels.)
      const context = await browser.newContext({ javaScriptEnabled: false, baseURL, deviceScaleFactor: 2 });
      const noScript = await context.newPage();
      await noScript.route(`**${path}`, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
      await noScript.goto(path);
      expect(await decodeQr(qrcode(noScript))).toBe(JSON.stringify(code!.info));
      await context.close();
      expect(codeRequests(mock), 'drawing it asked for nothing').toHaveLength(1);
    });

    test('the browser shows the server\'s code, asks for none, and follows it to authorized', async ({ page, mock, browserRequests }) => {
      const response = await page.goto(path);
      expect(await response!.text(), 'the first response holds the code').toMatch(cardInHtml('pending'));

      const qrcodeId = await expectCardFollowsTheTokenApp(page, mock);
      expect(codeRequests(mock).map(fromBrowser), 'one code request in all, the server\'s').toEqual([false]);
      expect(browserCodeRequests(browserRequests), 'the browser asked for no code').toEqual([]);
      expect(mock.codes().map((code) => code.qrcodeId)).toEqual([qrcodeId]);
      await expect(card(page)).toHaveAttribute('data-state', 'authorized');
    });

    test('a client-side navigation to the page is no document: the loader mints nothing, the browser asks once', async ({ page, mock, browserRequests }) => {
      await page.goto('/');
      await page.getByRole('link', { name: title }).click();
      await expect(page).toHaveURL(path);

      await expectCardFollowsTheTokenApp(page, mock);
      expect(browserCodeRequests(browserRequests), 'the browser asked once').toHaveLength(1);
      expect(codeRequests(mock), 'one code in all').toHaveLength(1);
      // Through the resource route, the request reaches Authing from the server.
      expect(fromBrowser(codeRequests(mock)[0]!)).toBe(!bff);
    });
  });
}
