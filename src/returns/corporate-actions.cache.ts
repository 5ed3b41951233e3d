import { LruMap } from '../common/cache/lru-map.js';
import type {
  DividendRecord,
  SplitRecord,
} from '../market-data/corporate-actions/corporate-action.records.js';
import type { CashDividend, StockSplit } from './calculators/types.js';

/** One ticker's splits and dividends as the calculator takes them (numbers, not decimal strings). */
export interface TickerActions {
  splits: readonly StockSplit[];
  dividends: readonly CashDividend[];
}

export function toTickerActions(
  splits: readonly SplitRecord[],
  dividends: readonly DividendRecord[],
): TickerActions {
  return {
    splits: splits.map((split) => ({
      executionDate: split.executionDate,
      splitFrom: Number(split.splitFrom),
      splitTo: Number(split.splitTo),
    })),
    // Frozen: cached and shared by every calculation while the version holds, so the calculator may keep
    // what it derives from them (DividendBook).
    dividends: Object.freeze(
      dividends.map((dividend) =>
        Object.freeze({
          exDividendDate: dividend.exDividendDate,
          payDate: dividend.payDate,
          cashAmount: Number(dividend.cashAmount),
          currency: dividend.currency,
        }),
      ),
    ),
  };
}

/**
 * Each ticker's corporate actions, kept with the price version they were read at (every corporate-action
 * write bumps it): a recompute reuses them while the version holds, instead of reading and converting
 * thousands of rows again. Weighed by events, so the cache stays small whatever the tickers.
 */
export class CorporateActionsCache {
  private readonly entries: LruMap<string, { version: string; actions: TickerActions }>;

  constructor(maxEvents: number) {
    this.entries = new LruMap(
      maxEvents,
      (entry) => 1 + entry.actions.splits.length + entry.actions.dividends.length,
    );
  }

  get(ticker: string, version: string | undefined): TickerActions | undefined {
    if (version === undefined) return undefined;
    const entry = this.entries.get(ticker);
    return entry?.version === version ? entry.actions : undefined;
  }

  /** Only for actions read after `version` was: never cached as fresher than they are. */
  set(ticker: string, version: string | undefined, actions: TickerActions): void {
    if (version !== undefined) this.entries.set(ticker, { version, actions });
  }
}
