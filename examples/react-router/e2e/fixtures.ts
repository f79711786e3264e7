import { expect, test as base, type APIRequestContext, type Locator, type Page, type Request } from '@playwright/test';
// jsqr and pngjs read the QR code from a screenshot, for the repository's proof only: they are not in this
// example's package.json (what an app needs) but resolve from the repository root's node_modules, the next
// node_modules up from here in which Node and TypeScript look.
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { createFastpassMockServer, type FastpassMock, type FastpassMockServer } from 'react-fastpass-qrcode/testing';
import { MOCK_PORT } from './ports';

export const CODE_PATH = '/api/v3/gene-fastpass-qrcode-info';
export const STATUS_PATH = '/api/v3/get-app-login-qrcode-status';

/**
 * The mock Authing runs in the test worker, over real HTTP on the port the React Router servers were told,
 * because the loaders (and the resource route) call it from the server. In-process rather than the
 * `fastpass-mock` bin: the tests read `mock.requests` and drive the token app (`mock.scan()`,
 * `mock.confirm()`) directly, typed.
 */
export const test = base.extend<
  { mock: FastpassMock; consoleErrors: string[]; browserRequests: Request[] },
  { authing: FastpassMockServer }
>({
  authing: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await createFastpassMockServer({ port: MOCK_PORT, host: '127.0.0.1' });
      await use(server);
      await server.close();
    },
    { scope: 'worker', auto: true },
  ],
  mock: [
    async ({ authing }, use) => {
      authing.mock.reset();
      await use(authing.mock);
    },
    { auto: true },
  ],
  // Every page is signed in (the session cookie goes into the page's context), and has asked nothing yet.
  page: [
    async ({ page }, use) => {
      await signIn(page.request);
      await use(page);
    },
    { scope: 'test' },
  ],
  // Every test fails on a console error, an uncaught exception or a hydration warning in the page.
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        // Chromium asks for /favicon.ico on its own now and then, whatever icon the page declares: not the page's error.
        if (/\/favicon\.ico$/.test(message.location().url)) return;
        if (message.type() === 'error' || /hydrat/i.test(message.text())) errors.push(`console.${message.type()}: ${message.text()} (${message.location().url})`);
      });
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
      await use(errors);
      expect(errors, 'console errors in the page').toEqual([]);
    },
    { auto: true },
  ],
  // Every request the page makes, as the browser sent it.
  browserRequests: [
    async ({ page }, use) => {
      const requests: Request[] = [];
      page.on('request', (request) => requests.push(request));
      await use(requests);
    },
    { scope: 'test' },
  ],
});
export { expect };

/** Signs in as the app's /login does (its action), without following the redirect to /account. */
export async function signIn(request: APIRequestContext): Promise<void> {
  const response = await request.post('/login', { maxRedirects: 0 });
  expect(response.status(), 'the sign-in redirects').toBe(302);
}

export const codeRequests = (mock: FastpassMock) => mock.requests.filter((r) => r.method === 'POST' && r.path === CODE_PATH);
export const statusRequests = (mock: FastpassMock) => mock.requests.filter((r) => r.method === 'GET' && r.path === STATUS_PATH);
/** Browsers name their origin on cross-origin requests; the React Router server's fetch does not. */
export const fromBrowser = (request: { headers: Record<string, string> }) => request.headers.origin !== undefined;
/** The page's own requests for a code: to Authing, or to the resource route in front of it. */
export const browserCodeRequests = (requests: Request[]) => requests.filter((r) => r.method() === 'POST' && new URL(r.url()).pathname.endsWith(CODE_PATH));

export const card = (page: Page) => page.locator('[data-slot="root"]');
export const qrcode = (page: Page) => card(page).locator('svg[data-slot="qrcode"]');
/** The card's root element in server HTML, with its state. */
export const cardInHtml = (state: string) => new RegExp(`<div[^>]*data-slot="root"[^>]*data-state="${state}"`);

/** Reads the QR code on screen as a phone would: a screenshot of the code, decoded with jsQR. */
export async function decodeQr(code: Locator): Promise<string> {
  const png = PNG.sync.read(await code.screenshot({ animations: 'disabled' }));
  const result = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.byteLength), png.width, png.height);
  if (!result) throw new Error(`no QR code found in a ${png.width}×${png.height} screenshot of the code`);
  return result.data;
}

/** The code on screen, decoded, must be exactly one the mock served; returns that code's id. */
export async function expectCodeOnScreenServedBy(page: Page, mock: FastpassMock): Promise<string> {
  const payload = await decodeQr(qrcode(page));
  const { qrcodeId } = JSON.parse(payload) as { qrcodeId: string };
  const served = mock.codes().find((code) => code.qrcodeId === qrcodeId);
  expect(served, `the code on screen (${qrcodeId}) is one the mock served`).toBeDefined();
  expect(payload, 'the QR holds exactly the data the mock served').toBe(JSON.stringify(served!.info));
  return qrcodeId;
}

/**
 * What every page must do with its card: show exactly the code the mock served, poll that code's status,
 * and follow the token app's scan and confirm to `authorized`. Returns the code's id.
 */
export async function expectCardFollowsTheTokenApp(page: Page, mock: FastpassMock): Promise<string> {
  const root = card(page);
  await expect(root).toHaveAttribute('data-state', 'pending');
  await expect.poll(() => statusRequests(mock).length, { message: 'status polls' }).toBeGreaterThanOrEqual(2);

  const qrcodeId = await expectCodeOnScreenServedBy(page, mock);
  expect(
    statusRequests(mock).map((r) => r.query.qrcodeId),
    'every status poll asks about the code on screen',
  ).toEqual(statusRequests(mock).map(() => qrcodeId));

  mock.scan(qrcodeId);
  await expect(root).toHaveAttribute('data-state', 'scanned');
  mock.confirm(qrcodeId);
  await expect(root).toHaveAttribute('data-state', 'authorized');
  return qrcodeId;
}
