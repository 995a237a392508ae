import { describe, expect, test } from 'vitest';
import { parseRetryAfter, retryDelay } from '../../../../main/core/sync/retry-delay.js';

describe('retry delay', () => {
  const backoff = { baseMs: 1000, maxMs: 8000 };
  test('jitter keeps each wait between half and all of the exponential ceiling', () => {
    expect([1, 2, 3, 4, 5].map((n) => retryDelay(n, backoff, () => 0))).toEqual([500, 1000, 2000, 4000, 4000]);
    expect([1, 2, 3, 4, 5].map((n) => retryDelay(n, backoff, () => 0.999999))).toEqual([1000, 2000, 4000, 8000, 8000]);
  });

  test("head office's Retry-After is a floor, in seconds or as an HTTP date", () => {
    const now = Date.parse('2026-11-24T12:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Tue, 24 Nov 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(retryDelay(1, backoff, () => 0, 120_000)).toBe(120_000);
  });
});
