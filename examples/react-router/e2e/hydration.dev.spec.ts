import { codeRequests, expect, expectCardFollowsTheTokenApp, fromBrowser, test } from './fixtures';
import { ACCOUNT_PAGES } from './pages';

// Under `react-router dev`, where React reports every hydration mismatch (attributes too) as a console error,
// which the fixtures turn into a failure. React's StrictMode is on in development, too.
test.describe('hydration under react-router dev', () => {
  for (const { path, title } of ACCOUNT_PAGES) {
    test(`${path} (${title}) hydrates the prefetched card cleanly and asks for no second code`, async ({ page, mock }) => {
      await page.goto(path);
      await expectCardFollowsTheTokenApp(page, mock);
      expect(codeRequests(mock).map(fromBrowser), 'the loader\'s code only').toEqual([false]);
    });
  }
});
