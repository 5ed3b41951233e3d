import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { CLOCK, type Clock } from '../common/time/clock.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { addDays, type IsoDate } from '../common/time/calendar-date.js';
import { CorporateActionsRepository } from './corporate-actions/corporate-actions.repository.js';
import { AS_OF_LOOKBACK_DAYS, latestCompleteDate, planFetchRange, type StoredRange } from './fetch-range.js';
import {
  MARKET_DATA_PROVIDER,
  type MarketDataProvider,
  type Split,
} from './providers/market-data-provider.js';
import { MarketDataError } from './providers/market-data.error.js';
import { PricesRepository } from './prices.repository.js';
import { splitSinceFullFetch } from './split-refetch.js';
import { StocksRepository } from './stocks.repository.js';

/** One ticker to load: a range, or null ends for the default range (first load, or an incremental run). */
export interface LoadRequest {
  ticker: string;
  fromDate: string | null;
  toDate: string | null;
}

export interface LoadOutcome {
  state: 'succeeded' | 'no_data' | 'failed';
  bars: number;
  /** Split and dividend rows inserted or changed by this load. */
  splits: number;
  dividends: number;
  error: string | null;
}

/** Sessions re-fetched on every incremental run: daily bars change after the close. */
const REFETCH_SESSIONS = 5;

/** Corporate actions are fetched from here on a ticker's first load (its whole history). */
export const FIRST_LOAD_ACTIONS_SINCE: IsoDate = '1970-01-01';

/**
 * Loads one ticker's daily bars into stock_prices, deciding the range to fetch, and its splits and cash
 * dividends into the corporate-action tables (all through the provider's rate limit and retries).
 */
@Injectable()
export class PriceLoaderService {
  private readonly logger = new Logger('PriceLoader');

  constructor(
    @Optional() @Inject(MARKET_DATA_PROVIDER) private readonly provider: MarketDataProvider | null,
    private readonly prices: PricesRepository,
    private readonly stocks: StocksRepository,
    private readonly actions: CorporateActionsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  get configured(): boolean {
    return Boolean(this.provider);
  }

  /**
   * Permanent provider errors (bad key, plan limits, bad request) and transient ones that outlived the
   * provider's retries become a failed outcome with a clear reason; anything else (database trouble, an
   * abort at shutdown) is thrown so that the queue retries the whole ticker, which is idempotent.
   */
  async load(task: LoadRequest, signal?: AbortSignal): Promise<LoadOutcome> {
    const provider = this.requireProvider();
    const counts = { bars: 0, splits: 0, dividends: 0 };
    try {
      const stored = await this.prices.storedRange(task.ticker, REFETCH_SESSIONS);
      const since = actionsSince(task, stored);
      // One splits request serves both storage and the re-fetch decision.
      const splits = await provider.fetchSplits(task.ticker, since, signal);
      counts.splits = await this.actions.upsertSplits(task.ticker, splits, 'polygon');
      const range = planFetchRange({
        requestedFrom: task.fromDate,
        requestedTo: task.toDate,
        stored,
        latestComplete: latestCompleteDate(this.clock.now()),
        defaultYears: this.config.prices.populateDefaultYears,
        splitSinceFullFetch: stored ? await this.splitSinceFullFetch(task.ticker, stored, splits) : false,
      });
      const dividends = await provider.fetchDividends(task.ticker, since, signal);
      counts.dividends = await this.actions.upsertDividends(task.ticker, dividends, 'polygon');
      if (!range) return { state: 'no_data', ...counts, error: null };
      const fetchedAt = this.clock.now();
      const result = await provider.fetchDailyBars(task.ticker, range.from, range.to, signal);
      // A full fetch is marked with the bars, in their transaction (also when none came).
      counts.bars = await this.prices.upsertBars(
        task.ticker,
        result.tsv ?? result.bars,
        { adjusted: result.adjusted, source: 'polygon' },
        range.full ? fetchedAt : undefined,
      );
      if ((result.tsv?.count ?? result.bars.length) === 0)
        return { state: 'no_data', ...counts, bars: 0, error: null };
      return { state: 'succeeded', ...counts, error: null };
    } catch (error) {
      if (error instanceof MarketDataError) {
        this.logger.warn({ ticker: task.ticker, kind: error.kind, status: error.status }, error.message);
        return { state: 'failed', ...counts, bars: 0, error: `${error.kind}: ${error.message}` };
      }
      throw error;
    }
  }

  /** Fills in name and exchange once per ticker (a low-priority request that shares the rate limit). */
  async loadDetails(ticker: string, signal?: AbortSignal): Promise<void> {
    const provider = this.requireProvider();
    try {
      const details = await provider.fetchTickerDetails(ticker, signal);
      await this.stocks.saveDetails(ticker, details?.name ?? null, details?.exchange ?? null);
    } catch (error) {
      if (!(error instanceof MarketDataError) || error.retryable) throw error;
      await this.stocks.saveDetails(ticker, null, null);
    }
  }

  /** Whether `splits` (fetched from no later than the stored first date) holds one after the last full fetch. */
  private async splitSinceFullFetch(ticker: string, stored: StoredRange, splits: Split[]): Promise<boolean> {
    return splitSinceFullFetch(splits, stored.firstDate, await this.stocks.fullFetchAt(ticker));
  }

  private requireProvider(): MarketDataProvider {
    if (!this.provider) throw new Error('No market data provider is configured (POLYGON_API_KEY)');
    return this.provider;
  }
}

/**
 * Where a ticker's split and dividend history must start: everything on a first load, else the earliest
 * date its stored or requested range covers (earlier items cannot affect anything stored).
 */
export function actionsSince(task: LoadRequest, stored: StoredRange | undefined): IsoDate {
  if (!stored) return FIRST_LOAD_ACTIONS_SINCE;
  const requested = task.fromDate ? addDays(task.fromDate, -AS_OF_LOOKBACK_DAYS) : stored.firstDate;
  return requested < stored.firstDate ? requested : stored.firstDate;
}
