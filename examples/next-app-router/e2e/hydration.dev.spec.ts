import { codeRequests, expect, expectCardFollowsTheTokenApp, fromBrowser, signIn, test } from './fixtures';

// Under `next dev`, where React reports every hydration mismatch (attributes too) as a console error,
// which the fixtures turn into a failure. React's StrictMode is on in development, too.
test.describe('hydration under next dev', () => {
  test('/account hydrates the prefetched card cleanly and asks for no second code', async ({ page, mock }) => {
    await page.goto('/account');
    await expectCardFollowsTheTokenApp(page, mock);
    expect(codeRequests(mock).map(fromBrowser)).toEqual([false]);
  });

  test('/account/no-prefetch hydrates the loading card cleanly and asks once', async ({ page, mock }) => {
    await page.goto('/account/no-prefetch');
    await expectCardFollowsTheTokenApp(page, mock);
    expect(codeRequests(mock).map(fromBrowser)).toEqual([true]);
  });

  test('/account/bff hydrates the card prefetched for a server-held session cleanly and asks for no second code', async ({ page, mock }) => {
    await signIn(page);
    await expectCardFollowsTheTokenApp(page, mock);
    expect(codeRequests(mock).map(fromBrowser)).toEqual([false]);
  });
});
