import type { Response } from '@playwright/test';
import { FASTPASS_MOCK_ACCESS_TOKEN } from 'react-fastpass-qrcode/testing';
import { browserCodeRequests, codeRequests, expect, expectCardFollowsTheTokenApp, fromBrowser, STATUS_PATH, statusRequests, test } from './fixtures';
import { MOCK_PORT } from './ports';

const TOKEN = FASTPASS_MOCK_ACCESS_TOKEN;

test.describe('/account/bff: the access token stays on the server', () => {
  test('the token is nowhere in the browser, and the card still follows the token app to authorized', async ({ page, baseURL, mock, browserRequests }) => {
    const responses: Response[] = [];
    page.on('response', (response) => responses.push(response));

    const first = await page.goto('/account/bff');
    const html = await first!.text();
    expect(html, 'the HTML, the loader data and the dehydrated cache in it').not.toContain(TOKEN);

    await expectCardFollowsTheTokenApp(page, mock);

    // Every request the page made: no authorization header, and the token in no header, URL or body.
    expect(browserRequests.length).toBeGreaterThan(0);
    for (const request of browserRequests) {
      const headers = await request.allHeaders();
      expect(headers.authorization, `${request.method()} ${request.url()}`).toBeUndefined();
      expect(JSON.stringify(headers) + request.url() + (request.postData() ?? ''), `${request.method()} ${request.url()}`).not.toContain(TOKEN);
    }
    // Nor in any answer the page read (the handler scrubs Authing's answers too).
    for (const response of responses) {
      if (response.status() >= 300 && response.status() < 400) continue;
      expect((await response.body()).toString('utf8'), response.url()).not.toContain(TOKEN);
    }

    // The page talks to its own server only: the polls go to the resource route, which asks Authing.
    const polls = browserRequests.filter((request) => new URL(request.url()).pathname.endsWith(STATUS_PATH));
    expect(polls.length).toBeGreaterThanOrEqual(2);
    for (const poll of polls) expect(poll.url()).toMatch(new RegExp(`^${baseURL}/api/fastpass${STATUS_PATH}\\?qrcodeId=`));
    const toAuthing = browserRequests.filter((request) => new URL(request.url()).port === String(MOCK_PORT) && request.resourceType() !== 'image');
    expect(toAuthing.map((request) => request.url()), 'no call to Authing (the avatars come from its file CDN)').toEqual([]);
    expect(browserCodeRequests(browserRequests), 'the code came with the HTML').toEqual([]);
    // Authing heard from the server only, with the session's token.
    for (const request of [...codeRequests(mock), ...statusRequests(mock)]) {
      expect(fromBrowser(request)).toBe(false);
      expect(request.headers.authorization).toBe(TOKEN);
    }

    // Not readable by the page's scripts, nor stored anywhere: the session cookie is HttpOnly and holds an id.
    const stored = await page.evaluate(() => ({
      cookie: document.cookie,
      local: JSON.stringify({ ...localStorage }),
      session: JSON.stringify({ ...sessionStorage }),
      // React Router's loader data, as the page holds it.
      loaderData: JSON.stringify((window as { __reactRouterDataRouter?: { state: { loaderData: unknown } } }).__reactRouterDataRouter?.state.loaderData),
    }));
    expect(stored.cookie).toBe('');
    expect(stored.loaderData).toContain('dehydratedState');
    expect(JSON.stringify(stored)).not.toContain(TOKEN);
    const cookies = await page.context().cookies();
    expect(cookies.map(({ name, httpOnly }) => ({ name, httpOnly }))).toEqual([{ name: '__session', httpOnly: true }]);
    for (const { value } of cookies) {
      expect(decodeURIComponent(value)).not.toContain(TOKEN);
      expect(Buffer.from(decodeURIComponent(value).split('.')[0]!, 'base64').toString('utf8')).not.toContain(TOKEN);
    }
  });

  test('without a session the resource route asks Authing nothing', async ({ playwright, baseURL, mock }) => {
    const stranger = await playwright.request.newContext({ baseURL });
    const answer = await stranger.get(`/api/fastpass${STATUS_PATH}?qrcodeId=anything`);
    expect(await answer.json()).toMatchObject({ statusCode: 401, apiCode: 2020 });
    await stranger.dispose();
    expect(mock.requests).toEqual([]);
  });
});
