import type { QueryClient } from '@tanstack/react-query';
import type { FastpassMock } from '../../src/testing';

/**
 * Counts the fetches the library starts, as TanStack Query starts them: an explicit signal, given at the moment a
 * poll or a mint begins, before anything goes over the wire. Call the returned function to stop counting.
 */
export function countFetchStarts(queryClient: QueryClient): { readonly count: number; stop: () => void } {
  let count = 0;
  const stop = queryClient.getQueryCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'fetch') count += 1;
  });
  return {
    get count() {
      return count;
    },
    stop,
  };
}

/** Resolves once every fetch the library started has ended and every request the mock received was answered or aborted. */
export async function untilQuiet(queryClient: QueryClient, mock: FastpassMock, timeout = 5_000): Promise<void> {
  await vi.waitFor(
    () => {
      expect(queryClient.isFetching()).toBe(0);
      expect(mock.requests.filter((request) => request.answeredAt === undefined && !request.aborted)).toEqual([]);
    },
    { timeout },
  );
}

/**
 * Waits `intervals` of the page's own timers of `intervalMs` each, one after the other: a known number of poll
 * intervals on the same timer queue as the library's poll timer, so that a poller still running would have started
 * fetches by the end however slow the machine is (its timers slow down with these).
 */
export async function pollIntervals(intervals: number, intervalMs: number): Promise<void> {
  for (let i = 0; i < intervals; i += 1) await new Promise((resolve) => setTimeout(resolve, intervalMs));
}

/**
 * Asserts that nothing starts and nothing goes over the wire for `intervals` poll intervals, after whatever was on its
 * way has landed: a counter that must stay at zero across a known number of intervals, not a sleep whose length
 * decides the outcome.
 */
export async function expectNothingSentFor(
  queryClient: QueryClient,
  mock: FastpassMock,
  { intervals = 4, intervalMs }: { intervals?: number; intervalMs: number },
): Promise<void> {
  await untilQuiet(queryClient, mock);
  const sent = mock.requests.length;
  const starts = countFetchStarts(queryClient);
  try {
    await pollIntervals(intervals, intervalMs);
  } finally {
    starts.stop();
  }
  expect(starts.count).toBe(0);
  expect(mock.requests).toHaveLength(sent);
}

/** The positive control for `expectNothingSentFor`: the counter sees a poller that runs (`fetches` starts). */
export async function expectPolling(queryClient: QueryClient, { fetches = 2, timeout = 5_000 } = {}): Promise<void> {
  const starts = countFetchStarts(queryClient);
  try {
    await vi.waitFor(() => expect(starts.count).toBeGreaterThanOrEqual(fetches), { timeout });
  } finally {
    starts.stop();
  }
}
