import { abortableSleep } from './abortable-sleep.js';

/**
 * Gate in front of every outbound request (each page counts). Implementations may be shared across
 * workers (a Postgres-coordinated one exists for that); the provider only ever calls acquire().
 */
export interface RateLimiter {
  /** Resolves when one request may be sent; rejects with the signal's reason if it aborts first. */
  acquire(signal?: AbortSignal): Promise<void>;
}

export interface InMemoryRateLimiterOptions {
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/**
 * Spaces requests evenly (60 s / rpm apart) within one process: with 5/min that is one every 12 s,
 * which stays under the limit whether Polygon counts a fixed or a sliding minute. 0 = unlimited.
 * A slot reserved by a caller that then aborts is not given back (errs on the slow side).
 */
export class InMemoryRateLimiter implements RateLimiter {
  private readonly intervalMs: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  private nextSlotAt = Number.NEGATIVE_INFINITY;

  constructor(requestsPerMinute: number, options: InMemoryRateLimiterOptions = {}) {
    if (!Number.isFinite(requestsPerMinute) || requestsPerMinute < 0) {
      throw new RangeError('requestsPerMinute must be a finite number >= 0');
    }
    this.intervalMs = requestsPerMinute === 0 ? 0 : 60_000 / requestsPerMinute;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? abortableSleep;
  }

  async acquire(signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    if (this.intervalMs === 0) return;
    const now = this.now();
    const slot = Math.max(now, this.nextSlotAt);
    this.nextSlotAt = slot + this.intervalMs;
    if (slot > now) await this.sleep(slot - now, signal);
  }
}
