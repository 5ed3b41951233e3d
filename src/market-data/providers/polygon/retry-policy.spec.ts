import {
  DEFAULT_RETRY_POLICY,
  nextRetryDelayMs,
  parseRetryAfterMs,
  type RetryPolicy,
} from './retry-policy.js';

const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, maxRetries: 3, maxRateLimitRetries: 5 };
const fresh = { transient: 0, rateLimited: 0 };

describe('nextRetryDelayMs', () => {
  it('honours Retry-After on 429, clamped', () => {
    expect(nextRetryDelayMs({ kind: 'rate_limited', retryAfterMs: 7_000 }, fresh, policy, () => 0.5)).toBe(
      7_000,
    );
    expect(
      nextRetryDelayMs({ kind: 'rate_limited', retryAfterMs: 3_600_000 }, fresh, policy, () => 0.5),
    ).toBe(300_000);
  });

  it('waits at least one rate window on 429 without Retry-After, doubling to a minute', () => {
    const delays = [0, 1, 2, 3].map((n) =>
      nextRetryDelayMs({ kind: 'rate_limited' }, { transient: 0, rateLimited: n }, policy, () => 0),
    );
    expect(delays).toEqual([12_000, 24_000, 48_000, 60_000]);
  });

  it('has a separate 429 budget that transient failures do not use', () => {
    const spent = { transient: 3, rateLimited: 4 };
    expect(nextRetryDelayMs({ kind: 'rate_limited' }, spent, policy, () => 0)).toBe(60_000);
    expect(nextRetryDelayMs({ kind: 'server' }, spent, policy, () => 0)).toBeNull();
    expect(
      nextRetryDelayMs({ kind: 'rate_limited' }, { transient: 0, rateLimited: 5 }, policy, () => 0),
    ).toBeNull();
  });

  it('backs off exponentially with full jitter, capped at 30 s', () => {
    const ceiling = (n: number): number | null =>
      nextRetryDelayMs(
        { kind: 'timeout' },
        { transient: n, rateLimited: 0 },
        { ...policy, maxRetries: 10 },
        () => 0.999999,
      );
    expect([0, 1, 2, 3, 4, 5, 6].map(ceiling)).toEqual([999, 1_999, 3_999, 7_999, 15_999, 29_999, 29_999]);
    expect(nextRetryDelayMs({ kind: 'network' }, fresh, policy, () => 0)).toBe(0);
  });

  it.each(['server', 'timeout', 'network', 'malformed'] as const)(
    'gives up on %s after maxRetries',
    (kind) => {
      expect(nextRetryDelayMs({ kind }, { transient: 2, rateLimited: 0 }, policy, () => 0.5)).not.toBeNull();
      expect(nextRetryDelayMs({ kind }, { transient: 3, rateLimited: 0 }, policy, () => 0.5)).toBeNull();
    },
  );
});

describe('parseRetryAfterMs', () => {
  const now = Date.parse('2026-01-05T15:00:00Z');

  it('reads delta-seconds', () => {
    expect(parseRetryAfterMs('30', now)).toBe(30_000);
    expect(parseRetryAfterMs(' 0 ', now)).toBe(0);
  });

  it('reads an HTTP date, never negative', () => {
    expect(parseRetryAfterMs('Mon, 05 Jan 2026 15:00:45 GMT', now)).toBe(45_000);
    expect(parseRetryAfterMs('Mon, 05 Jan 2026 14:00:00 GMT', now)).toBe(0);
  });

  it('ignores absent or invalid values', () => {
    expect(parseRetryAfterMs(undefined, now)).toBeUndefined();
    expect(parseRetryAfterMs('soon', now)).toBeUndefined();
    expect(parseRetryAfterMs('-5', now)).toBeUndefined();
    expect(parseRetryAfterMs('1.5', now)).toBeUndefined();
  });
});
