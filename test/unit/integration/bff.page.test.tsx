import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { http } from 'msw';
import { FastpassProvider, FastpassQRCode } from '../../../src';
import { createFastpassRequestHandler } from '../../../src/server';
import { FASTPASS_MOCK_ACCESS_TOKEN, FASTPASS_MOCK_APP_HOST, FASTPASS_MOCK_APP_ID, FASTPASS_MOCK_USER } from '../../../src/testing';
import { advance, createTestQueryClient, installFakeClock, settle } from '../../utils/fastpassWrapper';
import { setupMockAuthing } from '../../utils/mockServer';

// The page as it is written with a backend for frontend: the provider names the session and points at a path of the
// page's own site; the handler there (the real one) forwards to Authing (the mock) with the token the server holds.
const { mock, server } = setupMockAuthing({ appHost: FASTPASS_MOCK_APP_HOST });
installFakeClock();

const handler = createFastpassRequestHandler({
  appHost: FASTPASS_MOCK_APP_HOST,
  appId: FASTPASS_MOCK_APP_ID,
  // The server reads the token from its own session store; here, the session cookie's value is the user id.
  getAccessToken: (request) => (/(?:^|;\s*)sid=zhangsan(?:;|$)/.test(request.headers.get('cookie') ?? '') ? FASTPASS_MOCK_ACCESS_TOKEN : undefined),
});

/** What reached the page's own backend: the browser's requests, as they left it. */
const pageRequests: Request[] = [];

beforeEach(() => {
  pageRequests.length = 0;
  server.use(
    http.all(`${location.origin}/api/fastpass/*`, ({ request }) => {
      pageRequests.push(request.clone());
      // The browser sends the session cookie with same-origin requests; jsdom's fetch here does not keep cookies.
      const withCookie = new Request(request, { headers: { ...Object.fromEntries(request.headers), cookie: 'sid=zhangsan', 'sec-fetch-site': 'same-origin' } });
      return handler(withCookie);
    }),
  );
});

describe('given a provider with a session key and no token (the token stays on the server)', () => {
  it('should send no authorization from the page, and follow the code to authorized through the handler', async () => {
    render(
      <QueryClientProvider client={createTestQueryClient()}>
        <FastpassProvider appHost="/api/fastpass" appId={FASTPASS_MOCK_APP_ID} sessionKey={FASTPASS_MOCK_USER.id} lang="en-US">
          <FastpassQRCode />
        </FastpassProvider>
      </QueryClientProvider>,
    );
    await settle();
    expect(screen.getByRole('img', { name: `Fastpass QR code for ${FASTPASS_MOCK_USER.displayName} at Authing 示例用户池` })).toBeInTheDocument();

    mock.scan();
    await advance(1_000);
    mock.confirm();
    await advance(1_000);
    expect(screen.getByText('Confirmed: Fastpass complete', { selector: 'p' })).toBeVisible();

    // The page: its own origin, no token, no authorization header at all.
    expect(pageRequests.length).toBeGreaterThanOrEqual(3);
    for (const request of pageRequests) {
      expect(new URL(request.url).origin).toBe(location.origin);
      expect(request.headers.has('authorization')).toBe(false);
      expect(request.headers.get('x-authing-app-id')).toBe(FASTPASS_MOCK_APP_ID);
    }
    expect(new URL(pageRequests[0]!.url).pathname).toBe('/api/fastpass/api/v3/gene-fastpass-qrcode-info');
    // Authing: the server's token on every request.
    expect(mock.requests.map((request) => request.headers.authorization)).toEqual(mock.requests.map(() => FASTPASS_MOCK_ACCESS_TOKEN));
    expect(document.documentElement.outerHTML).not.toContain(FASTPASS_MOCK_ACCESS_TOKEN);
  });
});

describe('given a hanging Authing behind the backend for frontend', () => {
  it("should show the handler's 504 as the error with Retry, before the page's own timeout, having minted once", async () => {
    mock.fail({ type: 'hang' }, { endpoint: 'geneFastpassQrcodeInfo', times: 1 });
    render(
      <QueryClientProvider client={createTestQueryClient()}>
        <FastpassProvider appHost="/api/fastpass" appId={FASTPASS_MOCK_APP_ID} sessionKey={FASTPASS_MOCK_USER.id} lang="en-US">
          <FastpassQRCode data-testid="card" />
        </FastpassProvider>
      </QueryClientProvider>,
    );
    await settle();
    expect(screen.getByTestId('card')).toHaveAttribute('data-state', 'loading');

    // The handler gives up at its default 8 s, four seconds before the page's client would (12 s).
    await advance(7_999);
    expect(screen.getByTestId('card')).toHaveAttribute('data-state', 'loading');
    await advance(1);
    expect(screen.getByTestId('card')).toHaveAttribute('data-state', 'error');
    expect(screen.getByText('Something went wrong on the server: try again later', { selector: 'p' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeVisible();

    // One code request from the page, one to Authing, and nothing sent again by itself.
    await advance(60_000);
    expect(pageRequests.map((request) => `${request.method} ${new URL(request.url).pathname}`)).toEqual(['POST /api/fastpass/api/v3/gene-fastpass-qrcode-info']);
    expect(mock.requests.map(({ method, path }) => `${method} ${path}`)).toEqual(['POST /api/v3/gene-fastpass-qrcode-info']);
  });
});
