import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Gauge, type Registry } from 'prom-client';
import { observeGarbageCollections, QuietWatch } from '../common/runtime/quiet-watch.js';

/** prom-client's histogram gauges of the event-loop delay, by what each reports. */
const GAUGES = {
  min: ['nodejs_eventloop_lag_min_seconds', 'The minimum recorded event loop delay.'],
  max: ['nodejs_eventloop_lag_max_seconds', 'The maximum recorded event loop delay.'],
  mean: ['nodejs_eventloop_lag_mean_seconds', 'The mean of the recorded event loop delays.'],
  stddev: [
    'nodejs_eventloop_lag_stddev_seconds',
    'The standard deviation of the recorded event loop delays.',
  ],
  p50: ['nodejs_eventloop_lag_p50_seconds', 'The 50th percentile of the recorded event loop delays.'],
  p90: ['nodejs_eventloop_lag_p90_seconds', 'The 90th percentile of the recorded event loop delays.'],
  p99: ['nodejs_eventloop_lag_p99_seconds', 'The 99th percentile of the recorded event loop delays.'],
} as const;
export const EVENT_LOOP_LAG_GAUGES = Object.values(GAUGES).map(([name]) => name);

/** For collectDefaultMetrics: its own delay histogram never samples (its gauges are replaced by these). */
export const DORMANT_MONITORING_PRECISION_MS = 2 ** 31 - 1;
const SAMPLE_EVERY_MS = 1000;
/** No garbage collection for this long: the process is idle, and its loop has no delay worth sampling. */
const QUIET_MS = 10_000;

/**
 * The event-loop delay gauges of prom-client's default metrics (same names, same meaning: the delays
 * sampled since the previous scrape), from a histogram that samples once a second while the process
 * works and is switched off while it is idle. A timer once a second was about half of an idle
 * instance's CPU; an idle loop has no delay to report (the gauges read 0 for an interval without
 * samples). Work is recognised by its garbage collections (QuietWatch).
 */
export class EventLoopLagGauges {
  private readonly histogram = monitorEventLoopDelay({ resolution: SAMPLE_EVERY_MS });
  private readonly watch: QuietWatch;
  private readonly stopObserving: () => void;

  constructor(registry: Registry, quietMs = QUIET_MS) {
    this.watch = new QuietWatch(quietMs, {
      busy: () => this.histogram.enable(),
      quiet: () => this.histogram.disable(),
    });
    type Keyed = readonly [keyof typeof GAUGES, Gauge];
    const gauges: Keyed[] = Object.entries(GAUGES).map(
      ([key, [name, help]], index): Keyed =>
        [
          key as keyof typeof GAUGES,
          new Gauge({
            name,
            help,
            registers: [registry],
            aggregator: key === 'min' ? 'min' : key === 'max' ? 'max' : 'average',
            // As in prom-client: the first gauge's collect sets them all, then starts a new interval.
            collect: index === 0 ? (): void => this.collect(gauges) : undefined,
          }),
        ] as const,
    );
    this.stopObserving = observeGarbageCollections(() => this.watch.activity());
    this.watch.activity(); // start-up is work
  }

  get sampling(): boolean {
    return this.watch.busy;
  }

  stop(): void {
    this.stopObserving();
    this.watch.stop();
    this.histogram.disable();
  }

  private collect(gauges: (readonly [keyof typeof GAUGES, Gauge])[]): void {
    const histogram = this.histogram;
    for (const [key, gauge] of gauges) {
      let nanoseconds = 0;
      if (histogram.count > 0)
        nanoseconds =
          key === 'p50' || key === 'p90' || key === 'p99'
            ? histogram.percentile(Number(key.slice(1)))
            : histogram[key];
      gauge.set(nanoseconds / 1e9);
    }
    histogram.reset();
  }
}
