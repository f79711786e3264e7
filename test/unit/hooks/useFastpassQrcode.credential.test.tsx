import { act, renderHook } from '@testing-library/react';
import { useFastpassQrcode } from '../../../src/react/useFastpassQrcode';
import type { UseFastpassQrcodeOptions } from '../../../src/react/useFastpassQrcodeOptions';
import { advance, createTestQueryClient, createWrapper, installFakeClock, setDocumentVisibility, settle } from '../../utils/fastpassWrapper';
import { setupMockAuthing } from '../../utils/mockServer';

const { mock } = setupMockAuthing();
installFakeClock();
afterEach(() => setDocumentVisibility('visible'));

function renderFastpass(options: UseFastpassQrcodeOptions = {}) {
  const queryClient = createTestQueryClient();
  const view = renderHook(() => useFastpassQrcode(options), { wrapper: createWrapper(queryClient) });
  return { ...view, queryClient };
}

const codesAsked = () => mock.requests.filter((request) => request.endpoint === 'geneFastpassQrcodeInfo').length;

describe('given generate: "on-demand"', () => {
  it('should be idle and send nothing until show(), then ask for exactly one code', async () => {
    const { result } = renderFastpass({ generate: 'on-demand' });
    await advance(10_000);
    expect(result.current.state).toBe('idle');
    expect(mock.requests).toHaveLength(0);

    act(() => result.current.show());
    await settle();
    expect(result.current.state).toBe('pending');
    expect(codesAsked()).toBe(1);
  });
});

describe('given hide()', () => {
  it('should drop the code from the cache, stop polling and be idle, in on-mount mode too', async () => {
    const { result, queryClient } = renderFastpass();
    await settle();
    expect(result.current.state).toBe('pending');
    const { qrcodeId } = mock.latestCode()!;

    act(() => result.current.hide());
    await settle();
    expect(result.current.state).toBe('idle');
    expect(result.current.payload).toBeUndefined();
    expect(JSON.stringify(queryClient.getQueryCache().getAll().map((query) => query.state.data ?? null))).not.toContain(qrcodeId);
    const sent = mock.requests.length;
    await advance(10_000);
    expect(mock.requests).toHaveLength(sent);
  });

  it('should drop an answer still on its way', async () => {
    mock.setLatency(500);
    const { result } = renderFastpass();
    await advance(100);
    expect(result.current.state).toBe('loading');
    act(() => result.current.hide());
    await advance(1_000);
    expect(result.current.state).toBe('idle');
    expect(mock.requests[0]!.aborted).toBe(true);
  });
});

describe('given a hidden page', () => {
  it('should mint nothing while hidden, and one code once the page is seen', async () => {
    setDocumentVisibility('hidden');
    const { result } = renderFastpass();
    await advance(10_000);
    expect(codesAsked()).toBe(0);
    expect(result.current.isPageHidden).toBe(true);

    act(() => setDocumentVisibility('visible'));
    await settle();
    expect(result.current.state).toBe('pending');
    expect(codesAsked()).toBe(1);
  });

  it('should keep a live code in the cache while hidden and show it again with no request', async () => {
    const { result } = renderFastpass();
    await settle();
    const payload = result.current.payload;
    act(() => setDocumentVisibility('hidden'));
    await advance(30_000);
    act(() => setDocumentVisibility('visible'));
    await settle();
    expect(result.current.state).toBe('pending');
    expect(result.current.payload).toBe(payload);
    expect(codesAsked()).toBe(1);
  });

  it('should not replace an expired code until the page is seen, within maxAutoRefresh', async () => {
    const { result } = renderFastpass({ lifetimeMs: 5_000, maxAutoRefresh: 1 });
    await settle();
    act(() => setDocumentVisibility('hidden'));
    await advance(60_000);
    expect(result.current.state).toBe('expired');
    expect(codesAsked()).toBe(1);

    act(() => setDocumentVisibility('visible'));
    await settle();
    expect(result.current.state).toBe('pending');
    expect(codesAsked()).toBe(2);
    await advance(6_000);
    // The cap is spent: the person clicks Refresh.
    expect(result.current.state).toBe('expired');
    expect(codesAsked()).toBe(2);
  });
});
