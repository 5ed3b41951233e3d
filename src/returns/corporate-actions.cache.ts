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
