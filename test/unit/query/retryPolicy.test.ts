// @vitest-environment node
import { FastpassError } from '../../../src/api/errors';
import { parseRetryAfter } from '../../../src/api/retryAfter';
import { isRefusedMint, MAX_BACKOFF_MS, retryDelay } from '../../../src/query/retryPolicy';
import { fingerprint } from '../../../src/query/fingerprint';

describe('given the retry policy', () => {
  // A minting request is sent again only when Authing refused it (nothing was minted); anything that may have reached
  // Authing is final. A TypeError (kind network) cannot say whether the body went out, so it is final too.
  it.each<[string, FastpassError, boolean]>([
    ['HTTP 429', new FastpassError('api', '', { httpStatus: 429, statusCode: 429 }), true],
    ['a 429 envelope in HTTP 200', new FastpassError('api', '', { httpStatus: 200, statusCode: 429 }), true],
    ['network (refused before sending, or dropped after: fetch cannot tell)', new FastpassError('network', ''), false],
    ['timeout', new FastpassError('timeout', ''), false],
    ['HTTP 502 page', new FastpassError('api', '', { httpStatus: 502, statusCode: 502 }), false],
    ["the server handler's 504", new FastpassError('api', '', { httpStatus: 504, statusCode: 504 }), false],
    ['HTTP 503', new FastpassError('api', '', { httpStatus: 503, statusCode: 503, retryAfterMs: 1_000 }), false],
    ['a 500 envelope in HTTP 200', new FastpassError('api', '', { httpStatus: 200, statusCode: 500 }), false],
    ['a 400 envelope', new FastpassError('api', '', { httpStatus: 200, statusCode: 400 }), false],
    ['unauthorized', new FastpassError('unauthorized', ''), false],
    ['invalid-response', new FastpassError('invalid-response', ''), false],
    ['aborted', new FastpassError('aborted', ''), false],
  ])('should send a minting request that failed with %s again by itself: %s', (_name, error, again) => {
    expect(isRefusedMint(error)).toBe(again);
  });

  it('should back off exponentially with jitter between half and all of the step, capped', () => {
    const error = new FastpassError('network', '');
    expect(retryDelay(0, error, 1_000, () => 0)).toBe(500);
    expect(retryDelay(0, error, 1_000, () => 1)).toBe(1_000);
    expect(retryDelay(3, error, 1_000, () => 1)).toBe(8_000);
    expect(retryDelay(20, error, 1_000, () => 1)).toBe(MAX_BACKOFF_MS);
  });

  it('should wait exactly as long as Retry-After says', () => {
    expect(retryDelay(5, new FastpassError('api', '', { retryAfterMs: 42_000 }), 1_000)).toBe(42_000);
  });

  it('should read Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-24T10:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3_000);
    expect(parseRetryAfter('Tue, 24 Nov 2026 10:00:05 GMT', now)).toBe(5_000);
    expect(parseRetryAfter('Tue, 24 Nov 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe('given a session fingerprint', () => {
  it('should tell tokens apart and never contain them', () => {
    const a = fingerprint('eyJhbGciOiJIUzI1NiJ9.user-a');
    const b = fingerprint('eyJhbGciOiJIUzI1NiJ9.user-b');
    expect(a).not.toBe(b);
    expect(a).toBe(fingerprint('eyJhbGciOiJIUzI1NiJ9.user-a'));
    expect(a).not.toContain('eyJ');
    expect(a.length).toBeLessThan(20);
  });
});
