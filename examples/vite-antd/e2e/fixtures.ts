import { expect, test as base, type Locator, type Page } from '@playwright/test';
// jsqr and pngjs read the QR code from a screenshot, for the repository's proof only: they are not in this
// example's package.json (what an app needs) but resolve from the repository root's node_modules, the next
// node_modules up from here in which Node and TypeScript look.
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { createFastpassMockServer, type FastpassMock } from 'react-fastpass-qrcode/testing';
import { MOCK_PORT } from './ports';

type MockServer = Awaited<ReturnType<typeof createFastpassMockServer>>;

const CODE_PATH = '/api/v3/gene-fastpass-qrcode-info';
const STATUS_PATH = '/api/v3/get-app-login-qrcode-status';

/**
 * The mock Authing runs in the test worker, over real HTTP on a fixed port that the app was built with
 * (the page calls it cross-origin, as it would call Authing). In-process rather than the `fastpass-mock`
 * bin: the tests read `mock.requests` and drive the token app (`mock.scan()`, `mock.confirm()`)
 * directly, typed, with no control requests in between.
 */
export const test = base.extend<{ mock: FastpassMock; consoleErrors: string[] }, { authing: MockServer }>({
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
});
export { expect };

export const codeRequests = (mock: FastpassMock) => mock.requests.filter((r) => r.method === 'POST' && r.path === CODE_PATH);
export const statusRequests = (mock: FastpassMock) => mock.requests.filter((r) => r.method === 'GET' && r.path === STATUS_PATH);
/** Browsers name their origin on cross-origin requests. */
export const fromBrowser = (request: { headers: Record<string, string> }) => request.headers.origin !== undefined;

export const card = (page: Page) => page.locator('[data-slot="root"]');

/** Reads the QR code on screen as a phone would: a screenshot of the code, decoded with jsQR. */
export async function decodeQr(code: Locator): Promise<string> {
  const png = PNG.sync.read(await code.screenshot({ animations: 'disabled' }));
  const result = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.byteLength), png.width, png.height);
  if (!result) throw new Error(`no QR code found in a ${png.width}×${png.height} screenshot of the code`);
  return result.data;
}

/**
 * What every page must do with its card: show exactly the code the mock served, poll that code's status,
 * and follow the token app's scan and confirm to `authorized`. Returns the code's id.
 */
export async function expectCardFollowsTheTokenApp(page: Page, mock: FastpassMock): Promise<string> {
  const root = card(page);
  await expect(root).toHaveAttribute('data-state', 'pending');
  await expect.poll(() => statusRequests(mock).length, { message: 'status polls' }).toBeGreaterThanOrEqual(2);

  const payload = await decodeQr(root.locator('svg[data-slot="qrcode"]'));
  const { qrcodeId } = JSON.parse(payload) as { qrcodeId: string };
  const served = mock.codes().find((code) => code.qrcodeId === qrcodeId);
  expect(served, `the code on screen (${qrcodeId}) is one the mock served`).toBeDefined();
  expect(payload, 'the QR holds exactly the data the mock served').toBe(JSON.stringify(served!.info));
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
