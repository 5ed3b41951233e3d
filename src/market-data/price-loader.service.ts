import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { CLOCK, type Clock } from '../common/time/clock.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { latestCompleteDate, planFetchRange, type StoredRange } from './fetch-range.js';
import { MARKET_DATA_PROVIDER, type MarketDataProvider } from './providers/market-data-provider.js';
import { MarketDataError } from './providers/market-data.error.js';
import { PricesRepository } from './prices.repository.js';
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
  error: string | null;
}

/** Sessions re-fetched on every incremental run: daily bars change after the close. */
const REFETCH_SESSIONS = 5;

/** Loads one ticker's daily bars from the provider into stock_prices, deciding the range to fetch. */
@Injectable()
export class PriceLoaderService {
  private readonly logger = new Logger('PriceLoader');

  constructor(
    @Optional() @Inject(MARKET_DATA_PROVIDER) private readonly provider: MarketDataProvider | null,
    private readonly prices: PricesRepository,
    private readonly stocks: StocksRepository,
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
    try {
      const stored = (await this.prices.storedRanges([task.ticker], REFETCH_SESSIONS)).get(task.ticker);
      const splitSinceFullFetch = stored
        ? await this.splitSinceFullFetch(provider, task.ticker, stored, signal)
        : false;
      const range = planFetchRange({
        requestedFrom: task.fromDate,
        requestedTo: task.toDate,
        stored,
        latestComplete: latestCompleteDate(this.clock.now()),
        defaultYears: this.config.prices.populateDefaultYears,
        splitSinceFullFetch,
      });
      if (!range) return { state: 'no_data', bars: 0, error: null };
      const fetchedAt = this.clock.now();
      const result = await provider.fetchDailyBars(task.ticker, range.from, range.to, signal);
      const written = await this.prices.upsertBars(task.ticker, result.bars, {
        adjusted: result.adjusted,
        source: 'polygon',
      });
      if (range.full) await this.stocks.markFullFetch(task.ticker, fetchedAt);
      if (result.bars.length === 0) return { state: 'no_data', bars: 0, error: null };
      return { state: 'succeeded', bars: written, error: null };
    } catch (error) {
      if (error instanceof MarketDataError) {
        this.logger.warn({ ticker: task.ticker, kind: error.kind, status: error.status }, error.message);
        return { state: 'failed', bars: 0, error: `${error.kind}: ${error.message}` };
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

  private async splitSinceFullFetch(
    provider: MarketDataProvider,
    ticker: string,
    stored: StoredRange,
    signal?: AbortSignal,
  ): Promise<boolean> {
    const fullFetchAt = await this.stocks.fullFetchAt(ticker);
    const since = fullFetchAt ? fullFetchAt.toISOString().slice(0, 10) : stored.firstDate;
    const splits = await provider.fetchSplits(ticker, since, signal);
    return splits.some((split) => split.executionDate > since || !fullFetchAt);
  }

  private requireProvider(): MarketDataProvider {
    if (!this.provider) throw new Error('No market data provider is configured (POLYGON_API_KEY)');
    return this.provider;
  }
}
