/**
 * Gate in front of every outbound request (each page counts). Implementations may be shared across
 * workers (rate-limit/pg-rate-limiter.ts, one limit for the whole deployment); the provider only ever calls acquire().
 */
export interface RateLimiter {
  /** Resolves when one request may be sent; rejects with the signal's reason if it aborts first. */
  acquire(signal?: AbortSignal): Promise<void>;
}
