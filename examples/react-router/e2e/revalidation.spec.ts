import type { Page, Request } from '@playwright/test';
import { browserCodeRequests, card, codeRequests, expect, expectCardFollowsTheTokenApp, expectCodeOnScreenServedBy, test } from './fixtures';
import { ACCOUNT_PAGES } from './pages';

/** React Router's single-fetch request for the route's data: `<path>.data`, a GET for loaders, a POST for the action. */
function dataRequest(page: Page, path: string, method: 'GET' | 'POST'): Promise<Request> {
  return page.waitForRequest((request) => request.method() === method && new URL(request.url()).pathname === `${path}.data`);
}

/** What the browser sent for a data request, and that the server answered it. */
async function sentAndAnswered(request: Request) {
  expect((await request.response())?.status(), `${request.method()} ${request.url()} answered`).toBe(200);
  const headers = await request.allHeaders();
  return { mode: headers['sec-fetch-mode'], dest: headers['sec-fetch-dest'], accept: headers.accept };
}

for (const { path, title } of ACCOUNT_PAGES) {
  test.describe(`${path} (${title}): revalidations`, () => {
    test('a Link that changes the search and a Form post re-run the loader, and neither mints a code', async ({ page, mock, browserRequests }) => {
      await page.goto(path);
      await expect(card(page)).toHaveAttribute('data-state', 'pending');
      const qrcodeId = await expectCodeOnScreenServedBy(page, mock);
      expect(codeRequests(mock)).toHaveLength(1);

      // <Link to="?tab=security">: React Router fetches the loader's data again.
      const tabData = dataRequest(page, path, 'GET');
      await page.getByRole('link', { name: 'Security' }).click();
      await expect(page).toHaveURL(`${path}?tab=security`);
      await expect(page.getByRole('region', { name: 'Security' })).toBeVisible();
      const linkRevalidation = await sentAndAnswered(await tabData);

      expect(codeRequests(mock), 'no code minted for the link').toHaveLength(1);
      expect(await expectCodeOnScreenServedBy(page, mock), 'the same code on screen').toBe(qrcodeId);

      // <Form method="post">: the action, then the loader again.
      await page.getByRole('link', { name: 'Profile' }).click();
      await expect(page.getByRole('textbox', { name: 'Display name' })).toBeVisible();
      await page.getByRole('textbox', { name: 'Display name' }).fill('Zhang San');
      const actionData = dataRequest(page, path, 'POST');
      const loaderData = dataRequest(page, path, 'GET');
      await page.getByRole('button', { name: 'Save' }).click();
      const formAction = await sentAndAnswered(await actionData);
      const formRevalidation = await sentAndAnswered(await loaderData);
      // The loader ran again: it shows what the action saved.
      await expect(page.getByTestId('display-name')).toHaveText('Zhang San');

      expect(codeRequests(mock), 'no code minted for the form').toHaveLength(1);
      expect(mock.codes().map((code) => code.qrcodeId)).toEqual([qrcodeId]);
      expect(await expectCodeOnScreenServedBy(page, mock), 'the same code on screen').toBe(qrcodeId);
      expect(browserCodeRequests(browserRequests), 'the browser asked for no code either').toEqual([]);

      // What tells the loader these are no documents: the browser's fetch metadata, which React Router hands on
      // to the loader's request.
      for (const sent of [linkRevalidation, formAction, formRevalidation]) expect(sent).toMatchObject({ mode: 'cors', dest: 'empty' });
      test.info().annotations.push({ type: 'data request headers', description: JSON.stringify({ linkRevalidation, formAction, formRevalidation }) });

      await expectCardFollowsTheTokenApp(page, mock);
      expect(codeRequests(mock)).toHaveLength(1);
    });
  });
}
