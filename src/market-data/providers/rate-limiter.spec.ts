import { InMemoryRateLimiter } from './rate-limiter.js';

function fakeClock(): { now: () => number; sleep: (ms: number) => Promise<void>; slept: number[] } {
  let time = 1_000_000;
  const slept: number[] = [];
  return {
    now: () => time,
    slept,
    sleep: async (ms) => {
      slept.push(ms);
      time += ms;
    },
  };
}

describe('InMemoryRateLimiter', () => {
  it('spaces requests 60 s / rpm apart', async () => {
    const clock = fakeClock();
    const limiter = new InMemoryRateLimiter(5, clock);
    for (let i = 0; i < 4; i++) await limiter.acquire();
    expect(clock.slept).toEqual([12_000, 12_000, 12_000]);
  });

  it('does not wait when requests are already far enough apart', async () => {
    const clock = fakeClock();
    const limiter = new InMemoryRateLimiter(60, clock);
    await limiter.acquire();
    await clock.sleep(5_000);
    await limiter.acquire();
    expect(clock.slept).toEqual([5_000]);
  });

  it('hands out distinct slots to concurrent callers', async () => {
    const clock = fakeClock();
    const limiter = new InMemoryRateLimiter(6, {
      now: clock.now,
      sleep: async (ms) => void clock.slept.push(ms),
    });
    await Promise.all([limiter.acquire(), limiter.acquire(), limiter.acquire()]);
    expect(clock.slept.sort((a, b) => a - b)).toEqual([10_000, 20_000]);
  });

  it('is unlimited at 0 and rejects when the signal is already aborted', async () => {
    const clock = fakeClock();
    const limiter = new InMemoryRateLimiter(0, clock);
    await Promise.all([limiter.acquire(), limiter.acquire()]);
    expect(clock.slept).toEqual([]);
    await expect(limiter.acquire(AbortSignal.abort(new Error('stop')))).rejects.toThrow('stop');
  });

  it('aborts a real wait', async () => {
    const limiter = new InMemoryRateLimiter(1);
    await limiter.acquire();
    const controller = new AbortController();
    const waiting = limiter.acquire(controller.signal);
    controller.abort(new Error('cancelled'));
    await expect(waiting).rejects.toThrow('cancelled');
  });

  it('refuses a negative rate', () => {
    expect(() => new InMemoryRateLimiter(-1)).toThrow(RangeError);
  });
});
