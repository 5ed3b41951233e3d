import { FixedWindowRateLimiter } from './rate-limiter.js';

describe('FixedWindowRateLimiter', () => {
  let now = Date.parse('2030-01-01T00:00:45.500Z');
  const clock = { now: () => new Date(now) };

  it('allows `limit` requests per caller per clock minute, then says when the window reopens', () => {
    const limiter = new FixedWindowRateLimiter(2, clock);
    expect(limiter.take('a')).toEqual({ allowed: true, limit: 2, remaining: 1, resetSeconds: 15 });
    expect(limiter.take('a')).toEqual({ allowed: true, limit: 2, remaining: 0, resetSeconds: 15 });
    expect(limiter.take('a')).toEqual({ allowed: false, limit: 2, remaining: 0, resetSeconds: 15 });
    expect(limiter.take('b').allowed).toBe(true);
    now = Date.parse('2030-01-01T00:01:00.000Z');
    expect(limiter.take('a')).toEqual({ allowed: true, limit: 2, remaining: 1, resetSeconds: 60 });
  });
});
