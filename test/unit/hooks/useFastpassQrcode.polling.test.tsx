import { renderHook } from '@testing-library/react';
import { useFastpassQrcode } from '../../../src/react/useFastpassQrcode';
import type { UseFastpassQrcodeOptions } from '../../../src/react/useFastpassQrcodeOptions';
import { advance, createTestQueryClient, createWrapper, setDocumentVisibility, settle, installFakeClock } from '../../utils/fastpassWrapper';
import { setupMockAuthing } from '../../utils/mockServer';

const { mock } = setupMockAuthing();
installFakeClock();
afterEach(() => setDocumentVisibility('visible'));

function renderFastpass(options: UseFastpassQrcodeOptions = {}) {
  return renderHook(() => useFastpassQrcode(options), { wrapper: createWrapper(createTestQueryClient()) });
}

const polls = () => mock.requests.filter((request) => request.endpoint === 'getAppLoginQrcodeStatus');

describe('given a pending code being polled', () => {
  it('should never have two status requests in flight, however slow the server', async () => {
    renderFastpass();
    await settle();
    mock.setLatency(3_500);
    await advance(10_000);
    // Each poll starts only once the one before it was answered.
    expect(polls().length).toBeGreaterThanOrEqual(2);
    polls().forEach((request, index) => {
      const previous = polls()[index - 1];
      if (previous) expect(request.receivedAt).toBeGreaterThanOrEqual(previous.answeredAt!);
    });
    expect(polls().filter((request) => request.answeredAt === undefined).length).toBeLessThanOrEqual(1);
  });

  it('should send nothing while the tab is hidden and check at once when it shows again', async () => {
    renderFastpass();
    await settle();
    await advance(1_000);
    expect(polls()).toHaveLength(1);

    setDocumentVisibility('hidden');
    await advance(30_000);
    expect(polls()).toHaveLength(1);

    setDocumentVisibility('visible');
    await settle();
    expect(polls()).toHaveLength(2);
  });

  it('should keep the code on screen through a failed poll, and recover on the next one', async () => {
    const { result } = renderFastpass();
    await settle();
    mock.fail({ type: 'server-error', httpStatus: 503 }, { endpoint: 'getAppLoginQrcodeStatus' });
    await advance(1_000);
    expect(polls()).toHaveLength(1);
    expect(result.current.state).toBe('pending');
    expect(result.current.payload).toBeDefined();

    mock.scan();
    await advance(5_000);
    expect(result.current.state).toBe('scanned');
  });

  it('should turn into error with the info kept after three consecutive failed polls, then recover by itself', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(1);
    const { result } = renderFastpass();
    await settle();
    mock.fail({ type: 'network' }, { endpoint: 'getAppLoginQrcodeStatus', times: 3 });
    await advance(1_000);
    expect(result.current.state).toBe('pending');
    await advance(3_000); // the retries: 1 s, then 2 s
    expect(polls()).toHaveLength(3);
    expect(result.current.state).toBe('error');
    if (result.current.state !== 'error') throw new Error('narrowing');
    expect(result.current.error.kind).toBe('network');
    // Still the code's identity on screen, with nothing of the code to draw.
    expect(result.current.identity?.user.displayName).toBe(mock.latestCode()!.info.user.displayName);
    expect(result.current.payload).toBeUndefined();

    // Polling goes on slowly (8 s) rather than hammering a failing server, and heals when it answers.
    await advance(7_000);
    expect(polls()).toHaveLength(3);
    await advance(1_000);
    expect(polls()).toHaveLength(4);
    expect(result.current.state).toBe('pending');
  });

  it('should back off exponentially between failed polls', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(1); // the top of the jitter range: 1 s, then 2 s
    renderFastpass({ maxPollFailures: 3 });
    await settle();
    mock.fail({ type: 'server-error' }, { endpoint: 'getAppLoginQrcodeStatus', times: 3 });
    await advance(1_000);
    expect(polls()).toHaveLength(1);
    await advance(999);
    expect(polls()).toHaveLength(1);
    await advance(1);
    expect(polls()).toHaveLength(2);
    await advance(1_999);
    expect(polls()).toHaveLength(2);
    await advance(1);
    expect(polls()).toHaveLength(3);
  });

  it('should wait as long as Retry-After says after a 429', async () => {
    const { result } = renderFastpass();
    await settle();
    mock.fail({ type: 'rate-limit', retryAfterSeconds: 7 }, { endpoint: 'getAppLoginQrcodeStatus' });
    await advance(1_000);
    expect(polls()).toHaveLength(1);
    await advance(6_999);
    expect(polls()).toHaveLength(1);
    expect(result.current.state).toBe('pending');
    await advance(1);
    expect(polls()).toHaveLength(2);
  });

  it('should not let a return to the tab cut a Retry-After short once the retries gave up', async () => {
    const { result } = renderFastpass();
    await settle();
    mock.fail({ type: 'rate-limit', retryAfterSeconds: 20 }, { endpoint: 'getAppLoginQrcodeStatus', times: 3 });
    await advance(1_000 + 20_000 + 20_000);
    expect(polls()).toHaveLength(3);
    expect(result.current.state).toBe('error');

    await advance(5_000);
    setDocumentVisibility('hidden');
    setDocumentVisibility('visible');
    await settle();
    expect(polls()).toHaveLength(3);

    await advance(15_000);
    expect(polls()).toHaveLength(4);
    expect(result.current.state).toBe('pending');
  });

  it('should abort the request in flight on unmount and poll no more', async () => {
    const errors = vi.spyOn(console, 'error');
    const { unmount } = renderFastpass();
    await settle();
    mock.setLatency(5_000);
    await advance(1_000);
    expect(polls()).toHaveLength(1);
    unmount();
    await settle();
    expect(polls()[0]!.aborted).toBe(true);
    await advance(30_000);
    expect(polls()).toHaveLength(1);
    expect(errors).not.toHaveBeenCalled();
  });

  it('should abort the code request in flight on unmount', async () => {
    mock.setLatency(5_000);
    const { unmount } = renderFastpass();
    await advance(100);
    expect(mock.requests).toHaveLength(1);
    unmount();
    await settle();
    expect(mock.requests[0]!.aborted).toBe(true);
  });
});
