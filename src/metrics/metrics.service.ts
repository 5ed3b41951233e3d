import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { collectDefaultMetrics, Counter, Gauge, Histogram, type Metric, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../common/time/clock.js';
import { JOB_OUTCOMES, type JobOutcome } from '../population/job-metrics.js';
import { PRICE_JOB_TYPES } from '../population/price-job-types.js';
import {
  DORMANT_MONITORING_PRECISION_MS,
  EVENT_LOOP_LAG_GAUGES,
  EventLoopLagGauges,
} from './event-loop-lag.js';
import { newestBarAgeSeconds, poolStats } from './metrics-sources.js';

export type PolygonOutcome = 'ok' | '429' | '5xx' | 'timeout' | 'error';

const POLYGON_OUTCOMES: PolygonOutcome[] = ['ok', '429', '5xx', 'timeout', 'error'];
/** Jobs run from a second (one ticker) to an hour (years of bars for many tickers). */
const JOB_BUCKETS = [0.5, 1, 5, 15, 30, 60, 120, 300, 600, 1800, 3600];
/** A scrape must answer even when the database does not. */
const COLLECT_TIMEOUT_MS = 2000;

/**
 * Every metric of the service, on a registry of its own (never prom-client's global one, so many
 * applications can live in one process, as they do in the tests). Names are part of the ops contract:
 * ops/prometheus/alerts.yml and the Grafana dashboard query them.
 *
 * Every counter series an alert or panel reads exists at 0 from start-up: a series born at 1 (its first
 * event) is invisible to rate() and increase(), so the first failure after each restart would not alert.
 */
@Injectable()
export class MetricsService implements OnModuleDestroy {
  readonly registry = new Registry();
  private readonly logger = new Logger('Metrics');
  private readonly httpDuration: Histogram<'method' | 'route' | 'status_code'>;
  private readonly httpResponses: Counter<'method' | 'route' | 'status_class'>;
  private readonly jobs: Counter<'type' | 'outcome'>;
  private readonly jobDuration: Histogram<'type' | 'outcome'>;
  private readonly polygon: Counter<'outcome'>;
  private readonly barsUpsertedTotal: Counter;
  private readonly eventLoopLag: EventLoopLagGauges;

  constructor(@InjectDataSource() dataSource: DataSource, @Inject(CLOCK) clock: Clock) {
    // The event-loop delay histogram is ours (EventLoopLagGauges: once a second while working, off while
    // idle); prom-client's own one, which would wake the process every interval, never samples.
    collectDefaultMetrics({
      register: this.registry,
      eventLoopMonitoringPrecision: DORMANT_MONITORING_PRECISION_MS,
    });
    for (const name of EVENT_LOOP_LAG_GAUGES) this.registry.removeSingleMetric(name);
    this.eventLoopLag = new EventLoopLagGauges(this.registry);
    const registers = [this.registry];
    this.httpDuration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request duration in seconds, by method, route template and status code',
      labelNames: ['method', 'route', 'status_code'],
      registers,
    });
    // The 5xx alert and panels read this counter, not the histogram: its 5xx series are started at 0 per
    // route (declareRoute), which the histogram could only do with a dozen bucket series per status code.
    this.httpResponses = new Counter({
      name: 'http_responses_total',
      help: 'HTTP responses, by method, route template and status class (2xx, 3xx, 4xx, 5xx)',
      labelNames: ['method', 'route', 'status_class'],
      registers,
    });
    this.jobs = new Counter({
      name: 'portfolio_jobs_total',
      help: 'Background jobs finished, by job type and outcome',
      labelNames: ['type', 'outcome'],
      registers,
    });
    for (const type of PRICE_JOB_TYPES)
      for (const outcome of JOB_OUTCOMES) this.jobs.inc({ type, outcome }, 0);
    this.jobDuration = new Histogram({
      name: 'portfolio_job_duration_seconds',
      help: 'Duration of finished background jobs in seconds, by job type and outcome',
      labelNames: ['type', 'outcome'],
      buckets: JOB_BUCKETS,
      registers,
    });
    this.polygon = new Counter({
      name: 'polygon_requests_total',
      help: 'Requests to the Polygon API, by outcome (ok, 429, 5xx, timeout, error)',
      labelNames: ['outcome'],
      registers,
    });
    // Every outcome exists from the start, so ratios over them are defined before the first failure.
    for (const outcome of POLYGON_OUTCOMES) this.polygon.inc({ outcome }, 0);
    this.barsUpsertedTotal = new Counter({
      name: 'stock_bars_upserted_total',
      help: 'Daily price bars inserted or updated',
      registers,
    });
    const logger = this.logger;
    new Gauge({
      name: 'db_pool_connections',
      help: 'Connections of the Postgres pool, by state (total, idle, waiting callers)',
      labelNames: ['state'],
      registers,
      collect() {
        const stats = poolStats(dataSource);
        if (!stats) return;
        this.set({ state: 'total' }, stats.total);
        this.set({ state: 'idle' }, stats.idle);
        this.set({ state: 'waiting' }, stats.waiting);
      },
    });
    // A hand-made gauge: prom-client always prints a label-less gauge (0 when unset), whereas this series
    // must be absent while no bar is stored, so that "0 seconds old" never hides an empty table.
    const newestBarAge = {
      name: 'stock_prices_newest_bar_age_seconds',
      help: 'Seconds since the date of the newest stored daily bar (absent while none is stored)',
      type: 'gauge',
      aggregator: 'max',
      reset: () => undefined,
      get: async () => {
        let age: number | undefined;
        try {
          age = await newestBarAgeSeconds(dataSource, clock.now(), COLLECT_TIMEOUT_MS);
        } catch (error) {
          logger.warn({ err: error }, 'stock_prices_newest_bar_age_seconds: query failed');
        }
        const values = age === undefined ? [] : [{ value: age, labels: {} }];
        return { ...newestBarAge, values };
      },
    };
    this.registry.registerMetric(newestBarAge as unknown as Metric);
  }

  /** A route the router serves: its 5xx series starts at 0 (called from a Fastify onRoute hook). */
  declareRoute(method: string, route: string): void {
    this.httpResponses.inc({ method, route, status_class: '5xx' }, 0);
  }

  /** Records one HTTP response (called from a Fastify onResponse hook). */
  observeHttpRequest(method: string, route: string, statusCode: number, durationSeconds: number): void {
    this.httpDuration.observe({ method, route, status_code: String(statusCode) }, durationSeconds);
    this.httpResponses.inc({ method, route, status_class: `${Math.floor(statusCode / 100)}xx` });
  }

  /** A background job reached a final state. */
  jobFinished(type: string, outcome: JobOutcome, durationSeconds: number): void {
    this.jobs.inc({ type, outcome });
    this.jobDuration.observe({ type, outcome }, durationSeconds);
  }

  /** One request to Polygon finished with this outcome. */
  polygonRequest(outcome: PolygonOutcome): void {
    this.polygon.inc({ outcome });
  }

  /** n daily bars were inserted or updated. */
  barsUpserted(n: number): void {
    if (n > 0) this.barsUpsertedTotal.inc(n);
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  async scrape(): Promise<string> {
    return this.registry.metrics();
  }

  onModuleDestroy(): void {
    this.eventLoopLag.stop();
    this.registry.clear();
  }
}
