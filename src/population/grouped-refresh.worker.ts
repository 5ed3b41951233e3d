import { randomUUID } from 'node:crypto';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { QUEUES, type JobPayloads } from '../jobs/job-names.js';
import { JobQueue } from '../jobs/job-queue.service.js';
import { GroupedPriceLoaderService } from '../market-data/grouped-price-loader.service.js';
import { MarketDataError } from '../market-data/providers/market-data.error.js';
import type { TickerOutcome } from './price-job.record.js';
import { PriceJobsRepository } from './price-jobs.repository.js';
import { PriceJobsService } from './price-jobs.service.js';

type GroupedRun = JobPayloads[typeof QUEUES.groupedDaily];

interface Tally {
  bars: number;
  splits: number;
  dividends: number;
  traded: boolean;
}

/**
 * Runs the grouped-daily part of a price job: corporate actions of every ticker in one window, then one
 * request per market day in date order. Each ticker's row reports the bars written for it across the
 * days (like a per-ticker load: succeeded when a day had its bar, no_data when none did).
 *
 * A ticker with a split after its last full fetch goes back to its per-ticker load (its row stays open,
 * and that load re-fetches its whole history). A day that fails after the provider's retries stops the
 * run: the days before it are stored, the tickers' rows fail with an error naming the day, and, since no
 * later day was stored, the next refresh starts again at that day.
 */
@Injectable()
export class GroupedRefreshWorker implements OnModuleInit {
  private readonly logger = new Logger('GroupedRefresh');

  constructor(
    private readonly queue: JobQueue,
    private readonly loader: GroupedPriceLoaderService,
    private readonly jobs: PriceJobsRepository,
    private readonly priceJobs: PriceJobsService,
  ) {}

  onModuleInit(): void {
    this.queue.register(QUEUES.groupedDaily, { localConcurrency: 1 }, (job) =>
      this.run(job.data, job.signal, job.retryCount >= job.retryLimit),
    );
  }

  async run(run: GroupedRun, signal: AbortSignal, lastAttempt: boolean): Promise<void> {
    const open = await this.jobs.startTickers(run.jobId, run.tickers);
    // Cancelled, or done by an earlier attempt (which may have ended before it could settle the job).
    if (open.length === 0) return this.priceJobs.settleIfDone(run.jobId);
    const tallies = new Map<string, Tally>(
      open.map((ticker) => [ticker, { bars: 0, splits: 0, dividends: 0, traded: false }]),
    );
    let failure: string | null = null;
    let handedOff: string[];
    try {
      const actions = await this.loader.loadActions(open, run.actionsFrom, run.actionsTo, signal);
      for (const [ticker, count] of actions.splits) tallies.get(ticker)!.splits = count;
      for (const [ticker, count] of actions.dividends) tallies.get(ticker)!.dividends = count;
      handedOff = open.filter((ticker) => actions.refetch.has(ticker));
      const grouped = new Set(open.filter((ticker) => !actions.refetch.has(ticker)));
      for (const day of run.days) {
        try {
          const outcome = await this.loader.loadDay(day, grouped, signal);
          for (const [ticker, count] of outcome.written) tallies.get(ticker)!.bars += count;
          for (const ticker of outcome.traded) tallies.get(ticker)!.traded = true;
        } catch (error) {
          if (!(error instanceof MarketDataError)) throw error;
          failure = `grouped daily ${day}: ${error.kind}: ${error.message}`;
          this.logger.warn({ jobId: run.jobId, day, kind: error.kind, status: error.status }, error.message);
          break;
        }
      }
    } catch (error) {
      if (error instanceof MarketDataError) {
        failure = `corporate actions ${run.actionsFrom}..${run.actionsTo}: ${error.kind}: ${error.message}`;
        this.logger.warn({ jobId: run.jobId, kind: error.kind, status: error.status }, error.message);
        handedOff = [];
      } else if (!lastAttempt || signal.aborted) {
        throw error;
      } else {
        failure = `internal: ${(error as Error).message}`;
        handedOff = [];
      }
    }
    if (handedOff.length > 0) {
      this.logger.log(
        { jobId: run.jobId, tickers: handedOff },
        'Split since the last full fetch: per-ticker load',
      );
      await this.queue.insert(
        QUEUES.populateTicker,
        handedOff.map((ticker) => ({ id: randomUUID(), data: { jobId: run.jobId, ticker } })),
      );
    }
    const handed = new Set(handedOff);
    const outcomes = open
      .filter((ticker) => !handed.has(ticker))
      .map((ticker): TickerOutcome & { ticker: string } => {
        const { bars, splits, dividends, traded } = tallies.get(ticker)!;
        const state = failure ? 'failed' : traded ? 'succeeded' : 'no_data';
        return { ticker, state, bars, splits, dividends, error: failure };
      });
    await this.priceJobs.settleTickers(run.jobId, outcomes);
  }
}
