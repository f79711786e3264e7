// @vitest-environment node
import { withTimeout } from '../../../src/api/withTimeout';

describe('withTimeout', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('should abort after timeoutMs and say it timed out', async () => {
    vi.useFakeTimers();
    const { signal, didTimeOut, dispose } = withTimeout(undefined, 50);
    await vi.advanceTimersByTimeAsync(49);
    expect(signal.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect([signal.aborted, didTimeOut(), (signal.reason as DOMException).name]).toEqual([true, true, 'TimeoutError']);
    dispose();
  });

  it("should abort with the caller's reason when the caller aborts, already or later, and not call that a timeout", () => {
    const early = new AbortController();
    early.abort('gone');
    const already = withTimeout(early.signal, 1_000);
    expect([already.signal.aborted, already.signal.reason, already.didTimeOut()]).toEqual([true, 'gone', false]);
    already.dispose();

    const late = new AbortController();
    const linked = withTimeout(late.signal, 1_000);
    late.abort('later');
    expect([linked.signal.aborted, linked.signal.reason, linked.didTimeOut()]).toEqual([true, 'later', false]);
    linked.dispose();
  });

  it('should leave no timer running once disposed', () => {
    vi.useFakeTimers();
    const { signal, dispose } = withTimeout(new AbortController().signal, 50);
    dispose();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(100);
    expect(signal.aborted).toBe(false);
  });
});
