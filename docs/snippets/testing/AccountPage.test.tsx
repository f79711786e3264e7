// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import {
  createFastpassMock,
  FASTPASS_MOCK_ACCESS_TOKEN,
  FASTPASS_MOCK_APP_HOST,
  FASTPASS_MOCK_APP_ID,
  FASTPASS_MOCK_USER,
  FASTPASS_MOCK_USERPOOL,
} from 'react-fastpass-qrcode/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AccountPage } from './AccountPage';

// The mock Authing, answering through MSW: the page's own fetch calls, no network.
const mock = createFastpassMock();
const server = setupServer(...mock.handlers);
// A request that no handler answers fails the test: the page must talk to the mock Authing only.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  mock.reset();
});
afterAll(() => server.close());

// Real timers: the card polls once a second. The waits leave room for a busy CI machine.
const WAIT = { timeout: 5_000 };
const CODE_NAME = `Fastpass QR code for ${FASTPASS_MOCK_USER.displayName} at ${FASTPASS_MOCK_USERPOOL.displayName}`;

describe('given the account page against the mock Authing', () => {
  it('should mint nothing until asked, then show the code and follow the token app to authorized', async () => {
    const user = userEvent.setup();
    render(<AccountPage appHost={FASTPASS_MOCK_APP_HOST} appId={FASTPASS_MOCK_APP_ID} accessToken={FASTPASS_MOCK_ACCESS_TOKEN} />);
    expect(mock.requests).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Show code' }));
    expect(await screen.findByRole('img', { name: CODE_NAME }, WAIT)).toBeInTheDocument();
    expect(mock.codes()).toHaveLength(1);

    mock.scan(); // the token app scans the newest code
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Scanned: confirm on your phone'), WAIT);
    expect(screen.queryByRole('img', { name: CODE_NAME })).not.toBeInTheDocument();

    mock.confirm(); // …and the person confirms on the phone
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Confirmed: Fastpass complete'), WAIT);
  });

  it("should send the user's token and the app id, as Authing's SDK does", async () => {
    const user = userEvent.setup();
    render(<AccountPage appHost={FASTPASS_MOCK_APP_HOST} appId={FASTPASS_MOCK_APP_ID} accessToken={FASTPASS_MOCK_ACCESS_TOKEN} />);
    await user.click(screen.getByRole('button', { name: 'Show code' }));
    await screen.findByRole('img', { name: CODE_NAME }, WAIT);

    expect(mock.requests[0]).toMatchObject({
      method: 'POST',
      path: '/api/v3/gene-fastpass-qrcode-info',
      headers: { authorization: FASTPASS_MOCK_ACCESS_TOKEN, 'x-authing-app-id': FASTPASS_MOCK_APP_ID, 'x-authing-lang': 'en-US' },
    });
  });

  it('should show a server error with Retry after one request, and a code on Retry', async () => {
    // A 500 may come after Authing minted a code: the card never sends the code request again by itself.
    mock.fail({ type: 'server-error' }, { endpoint: 'geneFastpassQrcodeInfo' });
    const user = userEvent.setup();
    render(<AccountPage appHost={FASTPASS_MOCK_APP_HOST} appId={FASTPASS_MOCK_APP_ID} accessToken={FASTPASS_MOCK_ACCESS_TOKEN} />);
    await user.click(screen.getByRole('button', { name: 'Show code' }));

    await user.click(await screen.findByRole('button', { name: 'Retry' }, WAIT));
    expect(await screen.findByRole('img', { name: CODE_NAME }, WAIT)).toBeInTheDocument();
    expect(mock.requests.filter((request) => request.endpoint === 'geneFastpassQrcodeInfo')).toHaveLength(2);
  });
});
