/**
 * When to try a Polygon request again, and after how long. Pure: the clock and randomness come in.
 *
 * 429 has its own generous budget because it is expected on a 5/min plan and must not fail a job by
 * itself; its wait is Retry-After when sent (Polygon documents none) or at least the rate window.
 * Upstream trouble (5xx/499, timeouts, resets, malformed bodies) backs off exponentially with full
 * jitter, so a fleet of workers does not retry in lock-step. 400/401/403/404 are never retried.
 */
export type RetryableFailure =
  { kind: 'rate_limited'; retryAfterMs?: number } | { kind: 'server' | 'timeout' | 'network' | 'malformed' };

export interface RetryPolicy {
  /** Retries (not attempts) for server/timeout/network/malformed failures. */
  maxRetries: number;
  /** Retries for 429; separate so a busy minute never exhausts the transient budget. */
  maxRateLimitRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** 429 without Retry-After: 12 s (one slot at 5/min), doubling, capped at a minute. */
  rateLimitBaseDelayMs: number;
  rateLimitMaxDelayMs: number;
  /** Retry-After beyond this is clamped: a job should not sleep for an hour on one header. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 4,
  maxRateLimitRetries: 20,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  rateLimitBaseDelayMs: 12_000,
  rateLimitMaxDelayMs: 60_000,
  maxRetryAfterMs: 300_000,
};

/** Retries already spent on the current request, per budget. */
export interface RetryCounters {
  transient: number;
  rateLimited: number;
}

/** The delay before the next try, or null when the failure's budget is spent. */
export function nextRetryDelayMs(
  failure: RetryableFailure,
  counters: RetryCounters,
  policy: RetryPolicy,
  random: () => number,
): number | null {
  if (failure.kind === 'rate_limited') {
    if (counters.rateLimited >= policy.maxRateLimitRetries) return null;
    if (failure.retryAfterMs !== undefined) return Math.min(failure.retryAfterMs, policy.maxRetryAfterMs);
    return Math.min(policy.rateLimitBaseDelayMs * 2 ** counters.rateLimited, policy.rateLimitMaxDelayMs);
  }
  if (counters.transient >= policy.maxRetries) return null;
  const ceiling = Math.min(policy.baseDelayMs * 2 ** counters.transient, policy.maxDelayMs);
  return Math.floor(random() * ceiling);
}

/** Retry-After is either delta-seconds or an HTTP date; anything else is ignored. */
export function parseRetryAfterMs(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1_000;
  if (!/[a-z]/i.test(trimmed)) return undefined; // e.g. "1.5" or "-3": not valid, and not a date
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}
