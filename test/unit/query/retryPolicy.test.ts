// @vitest-environment node
import { FastpassError } from '../../../src/api/errors';
import { parseRetryAfter } from '../../../src/api/retryAfter';
import { isTransientError, MAX_BACKOFF_MS, retryDelay } from '../../../src/query/retryPolicy';
import { fingerprint } from '../../../src/query/fingerprint';

describe('given the retry policy', () => {
  it.each<[string, FastpassError, boolean]>([
    ['network', new FastpassError('network', ''), true],
    ['timeout', new FastpassError('timeout', ''), true],
    ['HTTP 429', new FastpassError('api', '', { httpStatus: 429, statusCode: 429 }), true],
    ['HTTP 502 page', new FastpassError('api', '', { httpStatus: 502, statusCode: 502 }), true],
    ['a 500 envelope in HTTP 200', new FastpassError('api', '', { httpStatus: 200, statusCode: 500 }), true],
    ['a 400 envelope', new FastpassError('api', '', { httpStatus: 200, statusCode: 400 }), false],
    ['unauthorized', new FastpassError('unauthorized', ''), false],
    ['invalid-response', new FastpassError('invalid-response', ''), false],
    ['aborted', new FastpassError('aborted', ''), false],
  ])('should treat %s as transient: %s', (_name, error, transient) => {
    expect(isTransientError(error)).toBe(transient);
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
