import { card, codeRequests, decodeQr, expect, expectCardFollowsTheTokenApp, fromBrowser, statusRequests, test } from './fixtures';

// The page reads the code with useSuspenseQuery in a Client Component and prefetches nothing: the server
// fetches code A while it streams the page, the browser (handed no cache) fetches code B. Hydration does
// not patch attributes, so without a guard A's drawing would stay on screen while the card polls B.
test.describe('/account/suspense: useSuspenseQuery during SSR', () => {
  test('the QR on screen is always the code being polled', async ({ page, mock }) => {
    await page.goto('/account/suspense');
    await expect(card(page)).toHaveAttribute('data-state', 'pending');

    await expect
      .poll(() => codeRequests(mock).map(fromBrowser), { message: 'one code from the server, then one from the browser' })
      .toEqual([false, true]);
    const [serverCode, browserCode] = mock.codes().map((code) => code.qrcodeId);

    // Check several polls apart: the drawing must match the polled code at each of them.
    for (let poll = 1; poll <= 3; poll += 1) {
      await expect.poll(() => statusRequests(mock).length).toBeGreaterThanOrEqual(poll + 1);
      const onScreen = (JSON.parse(await decodeQr(card(page).locator('svg[data-slot="qrcode"]'))) as { qrcodeId: string }).qrcodeId;
      expect(onScreen, `the drawing shows the browser's code ${browserCode}, not the server's ${serverCode}`).toBe(browserCode);
      expect(statusRequests(mock).at(-1)!.query.qrcodeId).toBe(onScreen);
    }

    await expectCardFollowsTheTokenApp(page, mock);
    expect(codeRequests(mock)).toHaveLength(2);
  });
});
