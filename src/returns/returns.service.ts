import { Inject, Injectable } from '@nestjs/common';
import {
  BadRequestProblem,
  NotFoundProblem,
  UnprocessableProblem,
} from '../common/problem/problem.exception.js';
import { newYorkDate } from '../common/time/calendar-date.js';
import { CLOCK, type Clock } from '../common/time/clock.js';
import { PriceSeriesService } from '../market-data/price-series.service.js';
import { PortfolioLedgerRepository } from '../portfolios/portfolio-ledger.repository.js';
import { calculateReturns } from './calculators/index.js';
import type { ReturnsResult } from './calculators/types.js';
import { LruMap } from '../common/cache/lru-map.js';
import { type CachedReturns, sameVersions } from './cached-returns.js';

export interface ReturnsRequest {
  customerId: string;
  start: string;
  end: string;
  benchmark?: string;
  /** Recompute even when a cached result is still valid (Cache-Control: no-cache). */
  noCache?: boolean;
}

/** Results kept in memory; each holds a daily series, so this bounds the cache to a few tens of MB. */
const RESULT_CACHE_ENTRIES = 200;

/**
 * Loads what a calculation needs in set-based queries (ledger, closes) and runs the pure calculator.
 * Results are cached by the versions of the ledger and of every price series they used: a repeat request
 * costs two small queries, and any change to trades, holdings or prices makes it compute afresh.
 */
@Injectable()
export class ReturnsService {
  /** Computed returns by (customer, window, benchmark); an entry is served only once its versions check out. */
  private readonly results = new LruMap<string, CachedReturns>(RESULT_CACHE_ENTRIES);

  constructor(
    private readonly ledger: PortfolioLedgerRepository,
    private readonly prices: PriceSeriesService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async calculate(request: ReturnsRequest): Promise<ReturnsResult> {
    const { customerId, start, end, benchmark } = request;
    if (start > end) {
      throw new BadRequestProblem(`start_date ${start} is after end_date ${end}`, 'invalid-date-range');
    }
    const today = newYorkDate(this.clock.now());
    if (start > today) {
      throw new BadRequestProblem(
        `start_date ${start} is in the future (today is ${today} in New York)`,
        'invalid-date-range',
      );
    }
    const key = [customerId, start, end, benchmark ?? ''].join('|');
    const cached = request.noCache ? undefined : this.results.get(key);
    if (cached && (await this.stillValid(customerId, cached))) return cached.result;

    const ledger = await this.ledger.ledgerUntil(customerId, end);
    if (!ledger) throw new NotFoundProblem(`Customer ${customerId} not found`);
    const tickers = new Set([...ledger.opening, ...ledger.trades].map((entry) => entry.ticker));
    const priced = [...tickers, ...(benchmark ? [benchmark] : [])];
    const { bars, versions } = await this.prices.window(priced, start, end);
    const result = calculateReturns({
      start,
      end,
      opening: ledger.opening,
      trades: ledger.trades,
      bars: new Map([...bars].filter(([ticker]) => tickers.has(ticker))),
      benchmark: benchmark ? { ticker: benchmark, bars: bars.get(benchmark) ?? [] } : undefined,
    });
    if (result.missing_prices.length > 0) {
      const names = result.missing_prices.map((missing) => `${missing.ticker} (from ${missing.needed_from})`);
      throw new UnprocessableProblem(
        'missing-prices',
        'Missing prices',
        `No stored price for ${names.join(', ')}: load or import prices, then retry`,
        { missing_prices: result.missing_prices },
      );
    }
    this.results.set(key, {
      ledgerVersion: ledger.version,
      tickers: priced,
      priceVersions: versions,
      result,
    });
    return result;
  }

  private async stillValid(customerId: string, cached: CachedReturns): Promise<boolean> {
    const [ledgerVersion, priceVersions] = await Promise.all([
      this.ledger.ledgerVersion(customerId),
      this.prices.priceVersions(cached.tickers),
    ]);
    return ledgerVersion === cached.ledgerVersion && sameVersions(priceVersions, cached.priceVersions);
  }
}
