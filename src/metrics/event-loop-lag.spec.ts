import { setTimeout as sleep } from 'node:timers/promises';
import { Registry } from 'prom-client';
import { eventually } from '../../test/support/eventually.js';
import { EVENT_LOOP_LAG_GAUGES, EventLoopLagGauges } from './event-loop-lag.js';

async function scrape(registry: Registry): Promise<Map<string, number>> {
  const values = new Map<string, number>();
  for (const line of (await registry.metrics()).split('\n'))
    if (line && !line.startsWith('#')) values.set(line.split(' ')[0], Number(line.split(' ')[1]));
  return values;
}

function blockLoop(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

describe('EventLoopLagGauges', () => {
  let gauges: EventLoopLagGauges | undefined;
  afterEach(() => gauges?.stop());

  it("reports prom-client's seven delay gauges for the interval since the last scrape", async () => {
    const registry = new Registry();
    gauges = new EventLoopLagGauges(registry);
    expect(gauges.sampling).toBe(true); // start-up counts as work
    blockLoop(1_500); // the loop stalls: the next sample comes late
    await sleep(1_100);
    const stalled = await scrape(registry);
    expect([...stalled.keys()].sort()).toEqual([...EVENT_LOOP_LAG_GAUGES].sort());
    expect(stalled.get('nodejs_eventloop_lag_max_seconds')).toBeGreaterThan(0.3);
    expect(stalled.get('nodejs_eventloop_lag_min_seconds')).toBeLessThanOrEqual(
      stalled.get('nodejs_eventloop_lag_max_seconds')!,
    );
    // Scraped again at once: no sample in between, so no delay to report.
    const next = await scrape(registry);
    for (const name of EVENT_LOOP_LAG_GAUGES) expect(next.get(name)).toBe(0);
  });

  it('stops sampling once the process has not collected garbage for quietMs, and starts again when it does', async () => {
    gauges = new EventLoopLagGauges(new Registry(), 300);
    await eventually(
      async () => gauges!.sampling,
      (sampling) => !sampling,
      { timeoutMs: 5_000, what: 'sampling off after a quiet spell' },
    );
    // Work: enough allocation for a few scavenges, which the GC observer sees.
    const kept: unknown[] = [];
    await eventually(
      async () => {
        for (let i = 0; i < 200_000; i++) kept.push({ i });
        kept.length = 0;
        await sleep(20); // the observer hears of the collections asynchronously
        return gauges!.sampling;
      },
      Boolean,
      { timeoutMs: 5_000, what: 'sampling on after garbage collections' },
    );
  });
});
