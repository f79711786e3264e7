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

  it('should withhold the payload while hidden, and give the same one back with no request', async () => {
    const { result } = renderFastpass();
    await settle();
    const payload = result.current.payload;
    expect(payload).toEqual(expect.any(String));
    act(() => setDocumentVisibility('hidden'));
    expect(result.current).toMatchObject({ state: 'pending', payload: undefined, concealed: 'page-hidden', isPageHidden: true });
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

describe('given printing', () => {
  afterEach(() => {
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
  });

  it("should withhold the payload synchronously inside beforeprint, and give it back after the printout", async () => {
    const { result } = renderFastpass();
    await settle();
    const payload = result.current.payload;
    // No act(): the printout is laid out as soon as the handlers return, so the hook commits within the event.
    window.dispatchEvent(new Event('beforeprint'));
    expect(result.current).toMatchObject({ state: 'pending', payload: undefined, concealed: 'printing' });
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(result.current).toMatchObject({ state: 'pending', payload, concealed: undefined });
    expect(codesAsked()).toBe(1);
  });
});

describe('given a prefetched code and generate: "on-demand"', () => {
  it('should stay idle and say, in development, that a prefetch minted a code nobody asked for', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const queryClient = createTestQueryClient();
    const wrapper = createWrapper(queryClient);
    // A loader prefetched with the same options the hook uses (what the HTML's dehydrated cache brings).
    const { unmount } = renderHook(() => useFastpassQrcode(), { wrapper });
    await settle();
    unmount();
    warn.mockClear();

    const { result } = renderHook(() => useFastpassQrcode({ generate: 'on-demand' }), { wrapper });
    expect(result.current.state).toBe('idle');
    expect(result.current.payload).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/generate: "on-demand".*found a code in the cache.*prefetch only\s+for generate="on-mount"/s);
  });
});
