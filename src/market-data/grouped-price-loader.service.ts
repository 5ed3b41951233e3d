import { Inject, Injectable, Optional } from '@nestjs/common';
import type { IsoDate } from '../common/time/calendar-date.js';
import { CorporateActionsRepository } from './corporate-actions/corporate-actions.repository.js';
import type { StoredBar } from './price-bar.js';
import { MARKET_DATA_PROVIDER, type MarketDataProvider } from './providers/market-data-provider.js';
import { PricesRepository } from './prices.repository.js';
import { splitSinceFullFetch } from './split-refetch.js';
import { StocksRepository } from './stocks.repository.js';

export interface ActionsOutcome {
  /** Split and dividend rows inserted or changed, per ticker (tickers with none are left out). */
  splits: Map<string, number>;
  dividends: Map<string, number>;
  /** Tickers whose stored history predates one of their splits: they need their per-ticker load. */
  refetch: Set<string>;
}

export interface DayOutcome {
  /** Rows inserted or changed, per ticker. */
  written: Map<string, number>;
  /** Tickers the day had a bar for (written or already stored as is). */
  traded: string[];
}

/**
 * The market-wide side of loading prices: one grouped-daily request stores a day's bars of many stored
 * tickers, and one (paged) splits and one dividends request cover their corporate actions. Every request
 * goes through the provider (its rate limit and retries); errors are the provider's MarketDataError.
 */
@Injectable()
export class GroupedPriceLoaderService {
  constructor(
    @Optional() @Inject(MARKET_DATA_PROVIDER) private readonly provider: MarketDataProvider | null,
    private readonly prices: PricesRepository,
    private readonly stocks: StocksRepository,
    private readonly actions: CorporateActionsRepository,
  ) {}

  /**
   * Names the tickers with a split after their last full fetch (the per-ticker rule), judged on the
   * window's splits and every split stored for them (so one listed by an earlier run whose re-fetch
   * failed still counts): those are left to their per-ticker load, which stores and counts their splits.
   * Stores the window's splits of the others and the window's dividends of all.
   */
  async loadActions(
    tickers: string[],
    from: IsoDate,
    to: IsoDate,
    signal?: AbortSignal,
  ): Promise<ActionsOutcome> {
    const provider = this.requireProvider();
    const wanted = new Set(tickers);
    const outcome: ActionsOutcome = { splits: new Map(), dividends: new Map(), refetch: new Set() };
    const listed = groupBy(
      (await provider.fetchMarketSplits(from, to, signal)).filter((split) => wanted.has(split.ticker)),
      (split) => split.ticker,
    );
    const [stored, ranges, fullFetch] = await Promise.all([
      this.actions.splitsFor(tickers),
      this.prices.storedRanges(tickers, 1),
      this.stocks.fullFetchDates(tickers),
    ]);
    for (const ticker of new Set([...listed.keys(), ...stored.keys()])) {
      const range = ranges.get(ticker);
      const splits = [...(listed.get(ticker) ?? []), ...(stored.get(ticker) ?? [])];
      if (range && splitSinceFullFetch(splits, range.firstDate, fullFetch.get(ticker) ?? null)) {
        outcome.refetch.add(ticker);
      }
    }
    for (const [ticker, items] of listed) {
      if (outcome.refetch.has(ticker)) continue;
      outcome.splits.set(ticker, await this.actions.upsertSplits(ticker, items, 'polygon'));
    }
    const dividends = (await provider.fetchMarketDividends(from, to, signal)).filter((d) =>
      wanted.has(d.ticker),
    );
    for (const [ticker, items] of groupBy(dividends, (dividend) => dividend.ticker)) {
      if (outcome.refetch.has(ticker)) continue;
      const records = items.map((dividend) => ({ ...dividend, recordDate: null }));
      outcome.dividends.set(ticker, await this.actions.upsertDividends(ticker, records, 'polygon'));
    }
    return outcome;
  }

  /** Stores one market day's bars of `tickers` (other tickers in the answer are ignored). */
  async loadDay(date: IsoDate, tickers: ReadonlySet<string>, signal?: AbortSignal): Promise<DayOutcome> {
    const result = await this.requireProvider().fetchGroupedDaily(date, signal);
    // One bar per ticker: a repeated ticker would make the upsert touch a row twice.
    const byTicker = new Map<string, StoredBar & { ticker: string }>();
    for (const bar of result.bars) if (tickers.has(bar.ticker)) byTicker.set(bar.ticker, bar);
    const bars = [...byTicker.values()];
    const written = await this.prices.upsertBarsOfTickers(bars, {
      adjusted: result.adjusted,
      source: 'polygon',
    });
    return { written, traded: [...byTicker.keys()] };
  }

  private requireProvider(): MarketDataProvider {
    if (!this.provider) throw new Error('No market data provider is configured (POLYGON_API_KEY)');
    return this.provider;
  }
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
