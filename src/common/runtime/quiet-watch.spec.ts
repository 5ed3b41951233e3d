import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { observeGarbageCollections, QuietWatch } from './quiet-watch.js';

function recordingWatch(quietMs: number) {
  const events: { event: 'busy' | 'quiet'; at: number }[] = [];
  const watch = new QuietWatch(quietMs, {
    busy: () => events.push({ event: 'busy', at: performance.now() }),
    quiet: () => events.push({ event: 'quiet', at: performance.now() }),
  });
  return { watch, events };
}

describe('QuietWatch', () => {
  it('reports busy at the first activity and quiet once nothing happened for quietMs, then holds no timer', async () => {
    const { watch, events } = recordingWatch(40);
    expect(watch.busy).toBe(false);
    const first = performance.now();
    watch.activity();
    watch.activity();
    expect(events.map((e) => e.event)).toEqual(['busy']);
    expect(watch.busy).toBe(true);
    await sleep(150);
    expect(events.map((e) => e.event)).toEqual(['busy', 'quiet']);
    expect(events[1].at - first).toBeGreaterThanOrEqual(40);
    expect(watch.busy).toBe(false);
  });

  it('extends the busy spell while activity goes on: quiet comes quietMs after the last activity', async () => {
    const { watch, events } = recordingWatch(60);
    let last = 0;
    for (let i = 0; i < 6; i++) {
      last = performance.now();
      watch.activity();
      await sleep(20);
    }
    await sleep(200);
    expect(events.map((e) => e.event)).toEqual(['busy', 'quiet']);
    expect(events[1].at - last).toBeGreaterThanOrEqual(60);
  });

  it('starts a new spell after a quiet one, and stop() cancels the pending check', async () => {
    const { watch, events } = recordingWatch(20);
    watch.activity();
    await sleep(80);
    watch.activity();
    watch.stop();
    await sleep(80);
    expect(events.map((e) => e.event)).toEqual(['busy', 'quiet', 'busy']);
    expect(watch.busy).toBe(false);
  });

  it('delivers every garbage collection to each listener, and to none once it has stopped', async () => {
    const heard = { first: 0, second: 0 };
    const stopFirst = observeGarbageCollections((startTimes) => (heard.first += startTimes.length));
    const stopSecond = observeGarbageCollections((startTimes) => (heard.second += startTimes.length));
    const churn = async () => {
      for (let round = 0; round < 20; round++) {
        const kept: unknown[] = [];
        for (let i = 0; i < 100_000; i++) kept.push({ i });
        await sleep(5); // the observer reports collections asynchronously
      }
    };
    await churn();
    stopFirst();
    const firstAtStop = heard.first;
    expect(firstAtStop).toBeGreaterThan(0);
    expect(heard.second).toBe(firstAtStop);
    await churn();
    stopSecond();
    expect(heard.first).toBe(firstAtStop);
    expect(heard.second).toBeGreaterThan(firstAtStop);
  });
});
