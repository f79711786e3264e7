import type { Request } from '@playwright/test';
import { card, codeRequests, decodeQr, expect, expectCardFollowsTheTokenApp, fromBrowser, test } from './fixtures';

// The page is rendered again on the server while its code is on screen: prefetchFastpassQrcode must tell that
// render from a document request (by the Fetch Metadata headers Next's server components see through headers()),
// or it mints a second code that nobody sees, valid at Authing for its whole lifetime.
const rerenders = [
  {
    how: 'router.refresh()',
    button: 'router.refresh()',
    // Next's router fetches the page's RSC payload: a GET of /account marked `RSC: 1`.
    isRerender: (request: Request) => request.method() === 'GET' && request.headers()['rsc'] === '1',
  },
  {
    how: "a Server Action that calls revalidatePath('/account')",
    button: "Server Action: revalidatePath('/account')",
    // The action's POST, whose answer carries the page rendered again.
    isRerender: (request: Request) => request.method() === 'POST' && request.headers()['next-action'] !== undefined,
  },
];

test.describe('/account: rendered again on the server, it mints no second code', () => {
  for (const { how, button, isRerender } of rerenders) {
    test(`after ${how}, the mock has one code and the card shows it`, async ({ page, mock }) => {
      await page.goto('/account');
      await expect(card(page)).toHaveAttribute('data-state', 'pending');
      const code = card(page).locator('svg[data-slot="qrcode"]');
      const before = await decodeQr(code);
      expect(mock.codes()).toHaveLength(1);
      expect(before).toBe(JSON.stringify(mock.codes()[0]!.info));

      const renderedAt = page.locator('time');
      const renderedBefore = await renderedAt.textContent();
      const rerender = page.waitForRequest((request) => new URL(request.url()).pathname === '/account' && isRerender(request));
      await page.getByRole('button', { name: button }).click();
      const request = await rerender;
      await expect(renderedAt, 'the server rendered the page again, and the browser shows that render').not.toHaveText(renderedBefore!);

      // What the browser sent, and what prefetchFastpassQrcode reads (Next hides `RSC` from headers(); the
      // browser's own Fetch Metadata reaches it).
      const headers = await request.allHeaders();
      expect(headers['sec-fetch-mode']).toBe('cors');
      expect(headers['sec-fetch-dest']).toBe('empty');

      expect(codeRequests(mock), 'no second code request').toHaveLength(1);
      expect(mock.codes()).toHaveLength(1);
      await expect(card(page)).toHaveAttribute('data-state', 'pending');
      expect(await decodeQr(code), 'the same code on screen').toBe(before);

      const qrcodeId = await expectCardFollowsTheTokenApp(page, mock);
      expect(qrcodeId).toBe(mock.codes()[0]!.qrcodeId);
      expect(codeRequests(mock)).toHaveLength(1);
    });
  }

  test('a client-side navigation to /account mints nothing on the server: the browser asks once', async ({ page, mock }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Prefetched on the server' }).click();
    await page.waitForURL('**/account');
    await expectCardFollowsTheTokenApp(page, mock);
    expect(codeRequests(mock).map(fromBrowser), 'one code, asked for by the browser').toEqual([true]);
  });
});
