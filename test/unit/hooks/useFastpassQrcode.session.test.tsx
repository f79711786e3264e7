import { QueryClientProvider } from '@tanstack/react-query';
import { render, renderHook, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { FastpassProvider } from '../../../src/react/FastpassProvider';
import { fastpassQrcodeQueryOptions } from '../../../src/query/fastpassQrcodeQueryOptions';
import { useFastpassQrcode } from '../../../src/react/useFastpassQrcode';
import {
  FASTPASS_MOCK_ACCESS_TOKEN,
  FASTPASS_MOCK_APP_HOST,
  FASTPASS_MOCK_APP_ID,
  FASTPASS_MOCK_OTHER_ACCESS_TOKEN,
  FASTPASS_MOCK_OTHER_USER,
  FASTPASS_MOCK_USER,
} from '../../../src/testing';
import { advance, createTestQueryClient, createWrapper, settle, installFakeClock, WhoseCodePage } from '../../utils/fastpassWrapper';
import { setupMockAuthing } from '../../utils/mockServer';

const { mock } = setupMockAuthing();
installFakeClock();

const codesAsked = () => mock.requests.filter((request) => request.endpoint === 'geneFastpassQrcodeInfo');

describe('given the signed-in session changes', () => {
  it("should never show user A's code to user B, even when A's request answers after the switch", async () => {
    const queryClient = createTestQueryClient();
    mock.setLatency(2_000);
    const { rerender } = render(<WhoseCodePage queryClient={queryClient} accessToken={FASTPASS_MOCK_ACCESS_TOKEN} />);
    await advance(500);
    expect(codesAsked()).toHaveLength(1);

    // A signs out and B signs in while A's code is still on its way.
    mock.setLatency(3_000);
    rerender(<WhoseCodePage queryClient={queryClient} accessToken={FASTPASS_MOCK_OTHER_ACCESS_TOKEN} />);
    const seen: string[] = [];
    for (let t = 0; t < 4_000; t += 250) {
      await advance(250);
      seen.push(screen.getByRole('paragraph').textContent ?? '');
    }
    expect(seen.some((text) => text.includes(FASTPASS_MOCK_USER.displayName))).toBe(false);
    expect(screen.getByRole('paragraph')).toHaveTextContent(`code of ${FASTPASS_MOCK_OTHER_USER.displayName}: pending`);

    // Nothing of A's session stays in the cache, and no key holds a token.
    const keys = JSON.stringify(queryClient.getQueryCache().getAll().map((query) => query.queryKey));
    expect(keys).not.toContain(FASTPASS_MOCK_USER.id);
    expect(keys).not.toContain(FASTPASS_MOCK_ACCESS_TOKEN);
    expect(keys).not.toContain(FASTPASS_MOCK_OTHER_ACCESS_TOKEN);
    expect(queryClient.getQueryCache().getAll().every((query) => query.state.data === undefined || JSON.stringify(query.state.data).includes(FASTPASS_MOCK_OTHER_USER.id) || query.queryKey[1] === 'status')).toBe(true);
  });

  it('should drop the code at sign-out and show signed-out', async () => {
    const queryClient = createTestQueryClient();
    const { rerender } = render(<WhoseCodePage queryClient={queryClient} accessToken={FASTPASS_MOCK_ACCESS_TOKEN} />);
    await settle();
    expect(screen.getByRole('paragraph')).toHaveTextContent(`code of ${FASTPASS_MOCK_USER.displayName}: pending`);
    rerender(<WhoseCodePage queryClient={queryClient} accessToken={null} />);
    await settle();
    expect(screen.getByRole('paragraph')).toHaveTextContent('signed-out');
    expect(queryClient.getQueryCache().getAll().filter((query) => query.state.data !== undefined && query.queryKey[1] === 'qrcode')).toHaveLength(0);
  });
});

describe('given Authing says the session is not signed in', () => {
  it('should call onUnauthorized, then retry once with a fresh token', async () => {
    let token = 'expired-token';
    const onUnauthorized = vi.fn(() => {
      token = FASTPASS_MOCK_ACCESS_TOKEN;
    });
    const { result } = renderHook(() => useFastpassQrcode(), {
      wrapper: createWrapper(createTestQueryClient(), { accessToken: undefined, getAccessToken: () => token, sessionKey: 'user-1', onUnauthorized }),
    });
    await settle();
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(onUnauthorized).toHaveBeenCalledWith(expect.objectContaining({ kind: 'unauthorized', apiCode: 2020 }));
    expect(codesAsked().map((request) => request.headers.authorization)).toEqual(['expired-token', FASTPASS_MOCK_ACCESS_TOKEN]);
    expect(result.current.state).toBe('pending');
  });

  it('should end in error kind unauthorized when the retry fails too', async () => {
    const onUnauthorized = vi.fn();
    const { result } = renderHook(() => useFastpassQrcode(), {
      wrapper: createWrapper(createTestQueryClient(), { accessToken: 'revoked-token', onUnauthorized }),
    });
    await settle();
    expect(codesAsked()).toHaveLength(2);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(result.current.state).toBe('error');
    expect(result.current.error).toMatchObject({ kind: 'unauthorized' });
    expect(result.current.error?.message).not.toContain('revoked-token');
  });
});

describe('given React StrictMode', () => {
  it('should send one code request per mount despite double effects', async () => {
    const { result } = renderHook(() => useFastpassQrcode(), {
      wrapper: createWrapper(createTestQueryClient(), {}, { strict: true }),
    });
    await settle();
    expect(result.current.state).toBe('pending');
    expect(codesAsked()).toHaveLength(1);
  });

  it('should call onStatusChange once per transition despite double effects', async () => {
    const onStatusChange = vi.fn();
    renderHook(() => useFastpassQrcode({ onStatusChange }), {
      wrapper: createWrapper(createTestQueryClient(), {}, { strict: true }),
    });
    await settle();
    expect(onStatusChange.mock.calls.map(([state]) => state)).toEqual(['loading', 'pending']);
  });
});

describe('given a code prefetched in a route loader', () => {
  it('should show it at once, with no second request', async () => {
    const queryClient = createTestQueryClient();
    await queryClient.prefetchQuery(
      fastpassQrcodeQueryOptions({ appHost: FASTPASS_MOCK_APP_HOST, appId: FASTPASS_MOCK_APP_ID, accessToken: FASTPASS_MOCK_ACCESS_TOKEN }),
    );
    expect(codesAsked()).toHaveLength(1);
    const { result } = renderHook(() => useFastpassQrcode(), { wrapper: createWrapper(queryClient) });
    expect(result.current.state).toBe('pending');
    await advance(500);
    expect(codesAsked()).toHaveLength(1);
  });
});

describe('given a missing provider', () => {
  it('should say to add a QueryClientProvider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() =>
      render(
        <StrictMode>
          <FastpassProvider appHost={FASTPASS_MOCK_APP_HOST} appId={FASTPASS_MOCK_APP_ID} accessToken="t" />
        </StrictMode>,
      ),
    ).toThrow(/inside <QueryClientProvider client=\{new QueryClient\(\)\}>/);
  });

  it('should say to add a FastpassProvider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const queryClient = createTestQueryClient();
    expect(() =>
      renderHook(() => useFastpassQrcode(), {
        wrapper: ({ children }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>,
      }),
    ).toThrow(/useFastpassQrcode must be inside <FastpassProvider/);
  });
});
