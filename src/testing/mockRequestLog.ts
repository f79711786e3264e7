import type { FastpassMockEndpoint } from './faults';

/** A request the mock received, for asserting what went over the wire. */
export interface FastpassMockRequest {
  endpoint: FastpassMockEndpoint;
  method: string;
  url: string;
  /** The path after the host, e.g. `/api/v3/gene-fastpass-qrcode-info`. */
  path: string;
  query: Record<string, string>;
  /** Every header, with lower-case names. */
  headers: Record<string, string>;
  /** The parsed JSON body, the raw text when it is not JSON, or undefined when there is none. */
  body: unknown;
  /** Set when the client aborted the request before it was answered. */
  aborted: boolean;
  /** When the mock received it, by the mock's clock. */
  receivedAt: number;
  /** When the mock answered it, by the mock's clock; undefined while it is still being answered. */
  answeredAt: number | undefined;
}

/** What the mock received, newest `maxRequests` only. */
export interface MockRequestLog {
  /** The requests kept, oldest first: the same array until the next request or `clear()`. */
  readonly entries: readonly FastpassMockRequest[];
  /** Records a request as it arrives; the entry is updated when it is aborted. */
  record(endpoint: FastpassMockEndpoint, request: Request): Promise<FastpassMockRequest>;
  clear(): void;
}

/**
 * A ring of the newest `maxRequests` requests, so that a mock left running (beside a dev server, under a
 * long e2e suite) holds a bounded amount of memory: recording is O(1) however large the ring, and the
 * oldest-first array that `entries` returns is built only when it is read after a change.
 */
export function createMockRequestLog({ now, maxRequests }: { now: () => number; maxRequests: number }): MockRequestLog {
  let ring: FastpassMockRequest[] = [];
  /** Where the next entry goes once the ring is full: the oldest entry's slot. */
  let next = 0;
  let ordered: readonly FastpassMockRequest[] | undefined;

  function push(entry: FastpassMockRequest): void {
    if (maxRequests === 0) return;
    if (ring.length < maxRequests) {
      ring.push(entry);
    } else {
      ring[next] = entry;
      next = (next + 1) % maxRequests;
    }
    ordered = undefined;
  }

  return {
    get entries() {
      // Frozen: every reader until the next request shares this array.
      ordered ??= Object.freeze(next === 0 ? ring.slice() : [...ring.slice(next), ...ring.slice(0, next)]);
      return ordered;
    },
    async record(endpoint, request) {
      const url = new URL(request.url);
      const text = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.clone().text();
      let body: unknown;
      if (text !== '') {
        try {
          body = JSON.parse(text);
        } catch {
          body = text;
        }
      }
      const entry: FastpassMockRequest = {
        endpoint,
        method: request.method,
        url: request.url,
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: Object.fromEntries(request.headers),
        body,
        aborted: request.signal.aborted,
        receivedAt: now(),
        answeredAt: undefined,
      };
      request.signal.addEventListener('abort', () => (entry.aborted = true), { once: true });
      push(entry);
      return entry;
    },
    clear() {
      ring = [];
      next = 0;
      ordered = undefined;
    },
  };
}
