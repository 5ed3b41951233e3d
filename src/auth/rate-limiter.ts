import type { Clock } from '../common/time/clock.js';

export interface RateLimitOutcome {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the current window ends and the budget is refilled. */
  resetSeconds: number;
}

const WINDOW_MS = 60_000;

/**
 * In-process fixed-window limiter: `limit` requests per caller per clock minute, on this instance only
 * (N instances allow N × limit). One window for every caller, so the map of counts is cleared each
 * minute and its size is bounded by the callers seen in a minute.
 */
export class FixedWindowRateLimiter {
  private windowStart = -1;
  private readonly counts = new Map<string, number>();

  constructor(
    private readonly limit: number,
    private readonly clock: Clock,
  ) {}

  take(caller: string): RateLimitOutcome {
    const now = this.clock.now().getTime();
    const windowStart = Math.floor(now / WINDOW_MS) * WINDOW_MS;
    if (windowStart !== this.windowStart) {
      this.windowStart = windowStart;
      this.counts.clear();
    }
    const used = (this.counts.get(caller) ?? 0) + 1;
    this.counts.set(caller, used);
    return {
      allowed: used <= this.limit,
      limit: this.limit,
      remaining: Math.max(0, this.limit - used),
      resetSeconds: Math.max(1, Math.ceil((windowStart + WINDOW_MS - now) / 1000)),
    };
  }
}
