import type { Page, Request } from '@playwright/test';
import { FASTPASS_MOCK_ACCESS_TOKEN } from 'react-fastpass-qrcode/testing';
import { card, CODE_PATH, codeRequests, decodeQr, expect, expectCardFollowsTheTokenApp, fromBrowser, signIn, STATUS_PATH, statusRequests, test } from './fixtures';
import { MOCK_PORT } from './ports';

const TOKEN = FASTPASS_MOCK_ACCESS_TOKEN;

/**
 * Every request of the page from now on, and the body of every answer. Next's router reads its RSC fetches (the
 * prefetches of the links on the page) as streams and Chromium keeps no body of some of them, so those are read on
 * their way in; every other body is read as it arrives, before the page can navigate away from it.
 */
async function record(page: Page): Promise<{ requests: Request[]; bodies: () => Promise<Array<{ url: string; body: string }>> }> {
  const requests: Request[] = [];
  const bodies: Array<Promise<{ url: string; body: string }>> = [];
  const isRsc = (url: string) => new URL(url).searchParams.has('_rsc');
  page.on('request', (request) => requests.push(request));
  await page.route((url) => isRsc(url.href), async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    bodies.push(Promise.resolve({ url: route.request().url(), body }));
    await route.fulfill({ response, body });
  });
  page.on('response', (response) => {
    const redirect = response.status() >= 300 && response.status() < 400;
    if (!redirect && !isRsc(response.url())) bodies.push(response.body().then((body) => ({ url: response.url(), body: body.toString('utf8') })));
  });
  return { requests, bodies: () => Promise.all(bodies) };
}

const toFastpassApi = (requests: Request[]) => requests.filter((request) => new URL(request.url()).pathname.includes('/api/v3/'));

test.describe('/account/bff: a backend for frontend holds the access token', () => {
  test('signed out, the page offers to sign in and /api/fastpass asks Authing nothing', async ({ page, request, mock }) => {
    await page.goto('/account/bff');
    await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
    await expect(card(page)).toHaveCount(0);

    const status = await request.get(`/api/fastpass${STATUS_PATH}?qrcodeId=anything`);
    expect(await status.json()).toMatchObject({ statusCode: 401, apiCode: 2020 });
    const code = await request.post(`/api/fastpass${CODE_PATH}`, { data: {} });
    expect(await code.json()).toMatchObject({ statusCode: 401, apiCode: 2020 });
    expect(mock.requests, 'nothing reached Authing').toEqual([]);
  });

  test('the code comes with the HTML, the browser polls /api/fastpass with no token, and the token is nowhere in the browser', async ({ page, baseURL, mock }) => {
    const { requests, bodies } = await record(page);
    const landing = await signIn(page);

    // The server prefetched the code with its own client, keyed as the browser's provider keys it.
    const html = await landing.text();
    expect(html).toMatch(/<div[^>]*data-slot="root"[^>]*data-state="pending"/);
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*>\s*<title>[^<]+<\/title>/);
    expect(codeRequests(mock)).toHaveLength(1);

    const qrcodeId = await expectCardFollowsTheTokenApp(page, mock);
    expect(mock.codes().map((code) => code.qrcodeId), 'the browser took the server\'s code and asked for none').toEqual([qrcodeId]);

    // The page's Fastpass calls go to this app's /api/fastpass, without authorization; none goes to Authing.
    const calls = toFastpassApi(requests);
    expect(calls.filter((call) => new URL(call.url()).pathname.endsWith(STATUS_PATH)).length).toBeGreaterThanOrEqual(2);
    for (const call of calls) {
      expect(call.url()).toMatch(new RegExp(`^${baseURL}/api/fastpass/api/v3/`));
      expect((await call.allHeaders()).authorization, call.url()).toBeUndefined();
    }
    const toAuthing = requests.filter((request) => new URL(request.url()).port === String(MOCK_PORT) && request.resourceType() !== 'image');
    expect(toAuthing.map((request) => request.url()), 'no call to Authing (the avatars are its files)').toEqual([]);
    // Authing heard from the Next.js server only, with the session's token.
    for (const call of [...codeRequests(mock), ...statusRequests(mock)]) {
      expect(fromBrowser(call)).toBe(false);
      expect(call.headers.authorization).toBe(TOKEN);
    }

    // The token is in no request the page made (headers, cookie included, URL, body)…
    expect(requests.length).toBeGreaterThan(0);
    for (const request of requests) {
      const sent = JSON.stringify(await request.allHeaders()) + request.url() + (request.postData() ?? '');
      expect(sent, `${request.method()} ${request.url()}`).not.toContain(TOKEN);
    }
    // …in no answer it received: the HTML, its RSC payload, the chunks, the answers of /api/fastpass…
    expect(html).toContain('self.__next_f.push');
    expect(html).not.toContain(TOKEN);
    const received = await bodies();
    expect(received.filter(({ url }) => new URL(url).searchParams.has('_rsc')).length, 'RSC payloads (the links\' prefetches)').toBeGreaterThan(0);
    for (const { url, body } of received) expect(body, url).not.toContain(TOKEN);
    // …nor anywhere a script can read: the DOM, document.cookie, the storages.
    const readable = await page.evaluate(() => ({
      dom: document.documentElement.outerHTML,
      cookie: document.cookie,
      local: JSON.stringify({ ...localStorage }),
      session: JSON.stringify({ ...sessionStorage }),
    }));
    expect(readable.cookie).toBe('');
    expect(JSON.stringify(readable)).not.toContain(TOKEN);
    // The session cookie is HttpOnly, and holds the token sealed (encrypted): no part of it decodes to the token.
    const cookies = await page.context().cookies();
    expect(cookies.map(({ name, httpOnly }) => ({ name, httpOnly }))).toEqual([{ name: 'fastpass-example-session', httpOnly: true }]);
    for (const part of decodeURIComponent(cookies[0]!.value).split('*')) {
      expect(part + Buffer.from(part, 'base64url').toString('latin1')).not.toContain(TOKEN);
    }
  });

  test('a new code the person asks for comes through /api/fastpass too', async ({ page, baseURL, mock }) => {
    await signIn(page);
    await expect(card(page)).toHaveAttribute('data-state', 'pending');
    const [first] = mock.codes();

    mock.cancel(first!.qrcodeId);
    await expect(card(page)).toHaveAttribute('data-state', 'cancelled');
    const asked = page.waitForRequest((request) => request.method() === 'POST' && new URL(request.url()).pathname.endsWith(CODE_PATH));
    await page.getByRole('button', { name: '刷新二维码' }).click();
    const request = await asked;
    expect(request.url()).toBe(`${baseURL}/api/fastpass${CODE_PATH}`);
    expect((await request.allHeaders()).authorization).toBeUndefined();

    await expect(card(page)).toHaveAttribute('data-state', 'pending');
    const second = mock.latestCode()!;
    expect(second.qrcodeId).not.toBe(first!.qrcodeId);
    expect(await decodeQr(card(page).locator('svg[data-slot="qrcode"]'))).toBe(JSON.stringify(second.info));
    expect(codeRequests(mock).map((call) => [fromBrowser(call), call.headers.authorization])).toEqual([
      [false, TOKEN],
      [false, TOKEN],
    ]);
  });
});
