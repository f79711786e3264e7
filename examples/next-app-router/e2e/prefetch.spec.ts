import { codeRequests, card, expect, expectCardFollowsTheTokenApp, fromBrowser, statusRequests, test } from './fixtures';

test.describe('/account: prefetched in a Server Component', () => {
  test('the server HTML already holds the QR code (a plain GET, no JavaScript)', async ({ request, mock }) => {
    const response = await request.get('/account');
    expect(response.status()).toBe(200);
    const html = await response.text();

    expect(html).toMatch(/<div[^>]*data-slot="root"[^>]*data-state="pending"/);
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*>\s*<title>[^<]+<\/title>/);
    const [code] = mock.codes();
    expect(codeRequests(mock)).toHaveLength(1);
    expect(fromBrowser(codeRequests(mock)[0]!)).toBe(false);
    // The dehydrated cache sent along carries that code.
    expect(html).toContain(code!.qrcodeId);
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
