import { codeRequests, expect, expectCardFollowsTheTokenApp, fromBrowser, test } from './fixtures';

test.describe('/account/no-prefetch: the card alone', () => {
  test('the server HTML shows it loading and asks Authing for nothing', async ({ request, mock }) => {
    const html = await (await request.get('/account/no-prefetch')).text();
    expect(html).toMatch(/<div[^>]*data-slot="root"[^>]*data-state="loading"/);
    expect(html).not.toContain('role="img"');
    expect(codeRequests(mock)).toHaveLength(0);
  });

  test('the browser asks for one code and follows it to authorized', async ({ page, mock }) => {
    await page.goto('/account/no-prefetch');
    await expectCardFollowsTheTokenApp(page, mock);
    expect(codeRequests(mock), 'one code request in all').toHaveLength(1);
    expect(fromBrowser(codeRequests(mock)[0]!), 'made by the browser').toBe(true);
  });
});
