import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import {
  LIST_PAGE_CACHE_BYTES,
  ListPageCache,
  type VersionedPage,
} from '../common/list-cache/list-page-cache.js';
import { ListVersionsRepository } from '../common/list-cache/list-versions.repository.js';
import {
  ConflictProblem,
  NotFoundProblem,
  ServiceUnavailableProblem,
  ValidationProblem,
} from '../common/problem/problem.exception.js';
import { futureDateMessage, newYorkDate } from '../common/time/calendar-date.js';
import { CLOCK, type Clock } from '../common/time/clock.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { PriceLoaderService } from '../market-data/price-loader.service.js';
import { StocksRepository } from '../market-data/stocks.repository.js';
import { PortfolioLedgerRepository } from '../portfolios/portfolio-ledger.repository.js';
import type { PriceJobState } from './entities/price-job.entity.js';
import { JOB_METRICS, type JobMetrics, type JobOutcome } from './job-metrics.js';
import { QUEUES } from '../jobs/job-names.js';
import type { PriceJobType } from './price-job-types.js';
import { JobQueue } from '../jobs/job-queue.service.js';
import type { FinishedJob, PriceJobRecord, TickerOutcome, TickerTask } from './price-job.record.js';
import { GroupedRefreshPlanner } from './grouped-refresh.planner.js';
import { PriceJobsRepository } from './price-jobs.repository.js';

export interface PopulateRequest {
  type: PriceJobType;
  tickers?: string[];
  startDate?: string;
  endDate?: string;
}

/** Creates price jobs (deduplicated, enqueued atomically), runs their tickers, reports their state. */
@Injectable()
export class PriceJobsService implements OnModuleInit {
  private readonly logger = new Logger('PriceJobs');
  private readonly pages = new ListPageCache<VersionedPage>(LIST_PAGE_CACHE_BYTES);

  constructor(
    private readonly jobs: PriceJobsRepository,
    private readonly queue: JobQueue,
    private readonly loader: PriceLoaderService,
    private readonly stocks: StocksRepository,
    private readonly ledger: PortfolioLedgerRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JOB_METRICS) private readonly metrics: JobMetrics,
    private readonly grouped: GroupedRefreshPlanner,
    private readonly listVersions: ListVersionsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    // Each worker takes a batch of tickers and runs them side by side; the rate limiter still spaces
    // requests.
    const workers = {
      localConcurrency: this.config.prices.jobConcurrency,
      batchSize: 4,
    };
    this.queue.register(QUEUES.populateTicker, workers, (job) =>
      this.runTicker(job.data.jobId, job.data.ticker, job.signal, job.retryCount >= job.retryLimit),
    );
    // Batches of four: a worker fetches again at once while batches come back full, so a job's many new
    // tickers get their details back to back rather than one per idle poll.
    this.queue.register(QUEUES.tickerDetails, { localConcurrency: 1, batchSize: 4 }, (job) =>
      this.loader.loadDetails(job.data.ticker, job.signal),
    );
    this.queue.register(QUEUES.dailyRefresh, {}, async (job) => {
      await this.refresh(job.createdOn);
    });
  }

  /**
   * One firing of the refresh schedule, created (by the queue's cron pass) at `firedAt`. It runs for
   * its period, the schedule's occurrence it was sent for, at most once: across instances, restarts and
   * a queue that sends an occurrence twice. An occurrence from before the schedule was registered is
   * not owed (the queue sends the current minute's on the first pass after registration). A job sent by
   * hand, far from any occurrence, runs unconditionally. Returns the job that serves it, or null.
   */
  async refresh(firedAt: Date): Promise<PriceJobRecord | null> {
    if (!this.loader.configured) return null;
    const occurrence = await this.queue.scheduledOccurrence(QUEUES.dailyRefresh, firedAt);
    if (occurrence && occurrence.at < occurrence.registeredOn) {
      this.logger.log({ period: occurrence.at }, 'Refresh occurrence predates its schedule: skipped');
      return null;
    }
    const job = await this.enqueue({ type: 'daily_refresh' }, occurrence?.at);
    if (!job) {
      this.logger.log({ period: occurrence?.at }, 'Refresh period already served: duplicate firing skipped');
      return null;
    }
    this.logger.log({ jobId: job.id, period: occurrence?.at }, 'Daily price refresh queued');
    return job;
  }

  /**
   * Queues a populate job, or returns the identical one already queued or running. A start_date after
   * today (New York) is a 400: the job "succeeded" with no bars for every ticker.
   */
  async populate(request: PopulateRequest): Promise<PriceJobRecord> {
    const future =
      request.startDate && futureDateMessage('start_date', request.startDate, newYorkDate(this.clock.now()));
    if (future) throw new ValidationProblem([{ field: 'start_date', message: future }]);
    return (await this.enqueue(request))!;
  }

  /** Null only for a `period` that another firing has already served. */
  private async enqueue(request: PopulateRequest, period?: Date): Promise<PriceJobRecord | null> {
    if (!this.loader.configured) {
      throw new ServiceUnavailableProblem(
        'price-provider-not-configured',
        'Price provider not configured',
        'Set POLYGON_API_KEY to load prices from Polygon; CSV/JSON import still works',
      );
    }
    const tickers = request.tickers?.length ? request.tickers : await this.defaultTickers();
    const tasks: TickerTask[] = [...new Set(tickers)].sort().map((ticker) => ({
      ticker,
      fromDate: request.startDate ?? null,
      toDate: request.endDate ?? null,
    }));
    const normalized = {
      tickers: tasks.map((task) => task.ticker),
      start_date: request.startDate ?? null,
      end_date: request.endDate ?? null,
    };
    const dedupeKey = createHash('sha256').update(JSON.stringify(normalized)).digest('hex');
    // Prices reference stocks: every ticker gets its row before a worker can store bars for it.
    await this.stocks.ensureTickers(tasks.map((task) => task.ticker));
    const jobId = randomUUID();
    // Every ticker keeps its row; many stored ones over a few recent days share grouped-daily requests.
    const plan = await this.grouped.plan(normalized.tickers, normalized.start_date, normalized.end_date);
    const outcome = await this.jobs.createOrGetActive(
      { id: jobId, type: request.type, dedupeKey, request: normalized, tasks },
      async (db) => {
        await this.queue.insert(
          QUEUES.populateTicker,
          plan.perTicker.map((ticker) => ({ id: randomUUID(), data: { jobId, ticker } })),
          db,
        );
        if (plan.grouped) {
          const { tickers, days, actionsFrom, actionsTo } = plan.grouped;
          const data = { jobId, tickers, days, actionsFrom, actionsTo };
          await this.queue.insert(QUEUES.groupedDaily, [{ id: randomUUID(), data }], db);
        }
      },
      period,
    );
    if (!outcome) return null;
    const { id, created } = outcome;
    if (created && tasks.length === 0) await this.finished(await this.jobs.settleEmpty(id));
    return (await this.jobs.findById(id))!;
  }

  async get(id: string): Promise<PriceJobRecord> {
    const job = await this.jobs.findById(id);
    if (!job) throw new NotFoundProblem(`Job ${id} not found`);
    return job;
  }

  /** Recent jobs as the JSON array the list route sends, cached while no write has touched the list. */
  async listJson(state: PriceJobState | undefined, limit: number): Promise<string> {
    const page = await this.pages.get(
      `${state ?? ''}:${limit}`,
      () => this.listVersions.current('jobs'),
      () => this.jobs.listPage(state, limit),
    );
    return page.json;
  }

  async cancel(id: string): Promise<PriceJobRecord> {
    const outcome = await this.jobs.cancel(id);
    if (outcome === 'not-found') throw new NotFoundProblem(`Job ${id} not found`);
    const job = (await this.jobs.findById(id))!;
    if (outcome === 'finished')
      throw new ConflictProblem(
        `Job ${id} already ended (${job.state}); only queued or running jobs can be cancelled`,
      );
    this.metrics.jobFinished(job.type, 'cancelled', secondsSince(job.createdAt));
    return job;
  }

  /** One ticker of a job. On the last allowed attempt an unexpected error becomes a failed ticker. */
  private async runTicker(
    jobId: string,
    ticker: string,
    signal: AbortSignal,
    lastAttempt: boolean,
  ): Promise<void> {
    const task = await this.jobs.startTicker(jobId, ticker);
    // Cancelled, or done by an earlier attempt (which may have ended before it could settle the job).
    if (!task) return this.settleIfDone(jobId);
    let outcome;
    try {
      outcome = await this.loader.load(task, signal);
    } catch (error) {
      if (!lastAttempt || signal.aborted) throw error;
      outcome = {
        state: 'failed' as const,
        bars: 0,
        splits: 0,
        dividends: 0,
        error: `internal: ${(error as Error).message}`,
      };
    }
    if (outcome.bars > 0) this.metrics.barsUpserted(outcome.bars);
    await this.finished(await this.jobs.finishTicker(jobId, ticker, outcome));
  }

  /** Settles the job if none of its tickers is open (a retry of a ticker already done). */
  async settleIfDone(jobId: string): Promise<void> {
    await this.finished(await this.jobs.settleIfDone(jobId));
  }

  /** Records the outcomes of many tickers at once (a grouped-daily run) and settles the job if they were the last. */
  async settleTickers(jobId: string, outcomes: (TickerOutcome & { ticker: string })[]): Promise<void> {
    const bars = outcomes.reduce((sum, outcome) => sum + outcome.bars, 0);
    if (bars > 0) this.metrics.barsUpserted(bars);
    await this.finished(await this.jobs.finishTickers(jobId, outcomes));
  }

  private async finished(job: FinishedJob | null): Promise<void> {
    if (!job) return;
    this.metrics.jobFinished(job.type, job.state as JobOutcome, job.durationSeconds);
    const full = await this.jobs.findById(job.id);
    const loaded = full?.tickers.filter((t) => t.state === 'succeeded').map((t) => t.ticker) ?? [];
    // One insert: one wake-up of the details worker, which then drains them in batches.
    const missing = await this.stocks.withoutDetails(loaded);
    await this.queue.insert(
      QUEUES.tickerDetails,
      missing.map((ticker) => ({ id: randomUUID(), data: { ticker }, singletonKey: ticker })),
    );
  }

  /** Every ticker held or traded in any portfolio, plus the benchmarks. */
  private async defaultTickers(): Promise<string[]> {
    return [...(await this.ledger.heldTickers()), ...this.config.prices.benchmarkTickers];
  }
}

function secondsSince(date: Date): number {
  return (Date.now() - new Date(date).getTime()) / 1000;
}
