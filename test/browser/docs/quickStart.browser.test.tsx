import { setupWorker } from 'msw/browser';
import { screen } from '@testing-library/react';
import { createFastpassMock, FASTPASS_MOCK_ACCESS_TOKEN } from '../../../src/testing';
import { decodeScreenshot, useUnscaledViewport } from '../components/decodeScreenshot';
import { settleAnimations } from '../../utils/settleAnimations';

// The docs' quick start (docs/snippets/quick-start/main.tsx), run as a Vite app runs its src/main.tsx: imported whole
// into a page with a #root, the package resolved by name. Its Authing is the mock, answering the snippet's own
// appHost and appId, and the user's token is where the snippet reads it.
const mock = createFastpassMock({ appHost: 'https://your-app.authing.cn', appId: 'your-authing-app-id' });
const worker = setupWorker(...mock.handlers);

beforeAll(async () => {
  await useUnscaledViewport();
  await worker.start({ quiet: true, onUnhandledRequest: 'error' });
});
afterAll(() => worker.stop());

describe('given the quick start pasted into a Vite app', () => {
  it("should draw the signed-in user's code, asked of Authing with their token", async () => {
    document.body.innerHTML = '<div id="root"></div>';
    sessionStorage.setItem('authing-access-token', FASTPASS_MOCK_ACCESS_TOKEN);

    await import('../../../docs/snippets/quick-start/main');

    const code = await screen.findByRole('img', { name: /快速认证二维码$/ }, { timeout: 10_000 });
    await settleAnimations();
    // eslint-disable-next-line testing-library/no-node-access -- the code's plate is what a camera sees
    expect(await decodeScreenshot(code.parentElement!)).toBe(JSON.stringify(mock.latestCode()!.info));
    const [mint] = mock.requests.filter((request) => request.endpoint === 'geneFastpassQrcodeInfo');
    expect(mint).toMatchObject({ method: 'POST' });
    // Authing's own header form: the bare token, no "Bearer".
    expect(mint!.headers).toMatchObject({ authorization: FASTPASS_MOCK_ACCESS_TOKEN, 'x-authing-app-id': 'your-authing-app-id' });
  });
});
