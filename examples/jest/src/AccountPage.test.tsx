import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { render, screen, waitFor } from '@testing-library/react';
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
import { AccountPage } from './AccountPage';

const mock = createFastpassMock();
// A request that no handler answers fails the test: the page must talk to the mock Authing only.
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => mock.reset());
afterAll(() => server.close());

// The tests run on real timers: the card polls the code's status once a second and retries a failed
// request after up to 1 s, then up to 2 s. The waits leave room for a busy CI machine.
const WAIT = { timeout: 5_000 };
jest.setTimeout(20_000);
const CODE_NAME = `Fastpass QR code for ${FASTPASS_MOCK_USER.displayName} at ${FASTPASS_MOCK_USERPOOL.displayName}`;

function renderPage() {
  return render(<AccountPage appHost={FASTPASS_MOCK_APP_HOST} appId={FASTPASS_MOCK_APP_ID} accessToken={FASTPASS_MOCK_ACCESS_TOKEN} />);
}

describe('given the account page against the mock Authing', () => {
  it('should show the user their code, then follow the token app to authorized', async () => {
    renderPage();
    expect(screen.getByRole('heading', { level: 1, name: 'Your account' })).toBeInTheDocument();

    const code = await screen.findByRole('img', { name: CODE_NAME }, WAIT);
    expect(code.tagName.toLowerCase()).toBe('svg');
    expect(screen.getByRole('status')).toHaveTextContent('QR code ready: scan it with Authing Token');

    mock.scan();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Scanned: confirm on your phone'), WAIT);

    mock.confirm();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Confirmed: Fastpass complete'), WAIT);
    expect(screen.queryByRole('img', { name: CODE_NAME })).not.toBeInTheDocument();
  });

  it('should ask Authing for the code as the signed-in user, and poll that code', async () => {
    renderPage();
    await screen.findByRole('img', { name: CODE_NAME }, WAIT);
    mock.scan();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Scanned: confirm on your phone'), WAIT);

    // One code, asked for once; every poll after it asks about that code.
    expect(mock.codes()).toHaveLength(1);
    const { qrcodeId } = mock.codes()[0]!;
    const headers = { authorization: FASTPASS_MOCK_ACCESS_TOKEN, 'x-authing-app-id': FASTPASS_MOCK_APP_ID, 'x-authing-lang': 'en-US' };
    const [create, ...polls] = mock.requests;
    expect(create).toMatchObject({ method: 'POST', path: '/api/v3/gene-fastpass-qrcode-info', headers });
    expect(polls.length).toBeGreaterThan(0);
    for (const poll of polls) {
      expect(poll).toMatchObject({ method: 'GET', path: '/api/v3/get-app-login-qrcode-status', query: { qrcodeId }, headers });
    }
  });

  it('should show a server error with Retry after one request (a code request is never re-sent blind), and bring a code on Retry', async () => {
    // A 500 may come after Authing minted: the card does not send the code request again by itself.
    mock.fail({ type: 'server-error' }, { endpoint: 'geneFastpassQrcodeInfo', times: 1 });
    const user = userEvent.setup();
    renderPage();

    const retry = await screen.findByRole('button', { name: 'Retry' }, WAIT);
    expect(mock.requests.filter((request) => request.endpoint === 'geneFastpassQrcodeInfo')).toHaveLength(1);
    expect(screen.getByRole('status')).toHaveTextContent('Something went wrong on the server: try again later');
    expect(screen.queryByRole('img', { name: CODE_NAME })).not.toBeInTheDocument();

    await user.click(retry);
    expect(await screen.findByRole('img', { name: CODE_NAME }, WAIT)).toBeInTheDocument();
    expect(mock.requests.filter((request) => request.endpoint === 'geneFastpassQrcodeInfo')).toHaveLength(2);
  });
});
