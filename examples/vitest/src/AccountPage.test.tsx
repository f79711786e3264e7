import { render, screen, waitFor } from '@testing-library/react';
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

const mock = createFastpassMock();
// A request that no handler answers fails the test: the page must talk to the mock Authing only.
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => mock.reset());
afterAll(() => server.close());

// The tests run on real timers: the card polls the code's status once a second. The waits leave room for a busy
// CI machine.
const WAIT = { timeout: 5_000 };
const CODE_NAME = `Fastpass QR code for ${FASTPASS_MOCK_USER.displayName} at ${FASTPASS_MOCK_USERPOOL.displayName}`;

function renderPage(accessToken: string | null = FASTPASS_MOCK_ACCESS_TOKEN) {
  return render(<AccountPage appHost={FASTPASS_MOCK_APP_HOST} appId={FASTPASS_MOCK_APP_ID} accessToken={accessToken} />);
}

describe('given the account page against the mock Authing', () => {
  it('should show the user their code, then follow the token app to authorized', { timeout: 20_000 }, async () => {
    renderPage();
    expect(await screen.findByRole('img', { name: CODE_NAME }, WAIT)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('QR code ready: scan it with Authing Token');

    mock.scan();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Scanned: confirm on your phone'), WAIT);
    mock.confirm();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Confirmed: Fastpass complete'), WAIT);
    expect(screen.queryByRole('img', { name: CODE_NAME })).not.toBeInTheDocument();
  });

  it('should ask Authing for one code, as the signed-in user', { timeout: 20_000 }, async () => {
    renderPage();
    await screen.findByRole('img', { name: CODE_NAME }, WAIT);

    const mints = mock.requests.filter((request) => request.endpoint === 'geneFastpassQrcodeInfo');
    expect(mints).toHaveLength(1);
    expect(mints[0]).toMatchObject({
      method: 'POST',
      path: '/api/v3/gene-fastpass-qrcode-info',
      headers: { authorization: FASTPASS_MOCK_ACCESS_TOKEN, 'x-authing-app-id': FASTPASS_MOCK_APP_ID },
    });
  });

  it('should ask for nothing while nobody is signed in', { timeout: 20_000 }, async () => {
    // Beside a signed-in page, which asks at once: by the time its request has arrived, the signed-out page's would have.
    render(
      <>
        <AccountPage appHost={FASTPASS_MOCK_APP_HOST} appId={FASTPASS_MOCK_APP_ID} accessToken={null} />
        <AccountPage appHost={FASTPASS_MOCK_APP_HOST} appId={FASTPASS_MOCK_APP_ID} accessToken={FASTPASS_MOCK_ACCESS_TOKEN} />
      </>,
    );
    await screen.findByRole('img', { name: CODE_NAME }, WAIT);
    expect(mock.requests.map((request) => request.headers.authorization)).toEqual(
      mock.requests.map(() => FASTPASS_MOCK_ACCESS_TOKEN),
    );
    expect(mock.codes()).toHaveLength(1);
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('Sign in to use Fastpass');
  });

  it('should replace an expired code with a new one while the page is in front', { timeout: 20_000 }, async () => {
    renderPage();
    await screen.findByRole('img', { name: CODE_NAME }, WAIT);

    mock.expire();
    await waitFor(() => expect(mock.codes()).toHaveLength(2), WAIT);
    expect(await screen.findByRole('img', { name: CODE_NAME }, WAIT)).toBeInTheDocument();
  });
});
