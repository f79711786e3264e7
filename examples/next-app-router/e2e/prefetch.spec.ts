import { card, codeRequests, decodeQr, expect, expectCardFollowsTheTokenApp, fromBrowser, statusRequests, test } from './fixtures';

test.describe('/account: prefetched in a Server Component', () => {
  test('the server HTML already holds the QR code (a plain GET, no JavaScript)', async ({ request, browser, baseURL, mock }) => {
    const response = await request.get('/account');
    expect(response.status()).toBe(200);
    const html = await response.text();

    expect(html).toMatch(/<div[^>]*data-slot="root"[^>]*data-state="pending"/);
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*>\s*<title>[^<]+<\/title>/);
    expect(codeRequests(mock)).toHaveLength(1);
    expect(fromBrowser(codeRequests(mock)[0]!)).toBe(false);
    const [code] = mock.codes();

    // That very HTML, drawn with JavaScript off, is a QR code of exactly the code the server fetched. (At
    // a device pixel ratio of 2: before hydration the modules are not yet snapped to whole pixels, and at
    // 2.25 CSS px a module jsQR cannot read the blurred edges of a 1x screenshot.)
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.route('**/account', (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
    await page.goto('/account');
    expect(await decodeQr(card(page).locator('svg[data-slot="qrcode"]'))).toBe(JSON.stringify(code!.info));
    await context.close();
    expect(codeRequests(mock), 'drawing it asked for nothing').toHaveLength(1);
  });

  test('the browser shows the server\'s code, asks for none, and follows it to authorized', async ({ page, mock }) => {
    const browserCodeRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/v3/gene-fastpass-qrcode-info')) browserCodeRequests.push(request.url());
    });
    await page.goto('/account');

    const qrcodeId = await expectCardFollowsTheTokenApp(page, mock);
    expect(codeRequests(mock), 'one code request in all').toHaveLength(1);
    expect(fromBrowser(codeRequests(mock)[0]!), 'made by the Next.js server').toBe(false);
    expect(browserCodeRequests, 'the browser asked for no code').toEqual([]);
    expect(mock.codes().map((code) => code.qrcodeId)).toEqual([qrcodeId]);
    expect(statusRequests(mock).every(fromBrowser), 'the browser polls').toBe(true);
    await expect(card(page)).toHaveAttribute('data-state', 'authorized');
  });
});
