import type { IsoDate } from '../common/time/calendar-date.js';
import type {
  DividendRecord,
  SplitRecord,
} from '../market-data/corporate-actions/corporate-action.records.js';
import type { CustomerLedger } from '../portfolios/customer-ledger.js';
import type {
  AccountingInput,
  CashDividend,
  CostBasisMethod,
  DividendMode,
  StockSplit,
} from './calculators/types.js';

/** Stored corporate actions (exact decimal strings) as the calculator takes them (numbers). */
export function accountingInput(
  splits: ReadonlyMap<string, readonly SplitRecord[]>,
  dividends: ReadonlyMap<string, readonly DividendRecord[]>,
  options: { dividends: DividendMode; costBasis: CostBasisMethod; today: IsoDate },
): AccountingInput {
  const splitInput = new Map<string, StockSplit[]>();
  for (const [ticker, list] of splits)
    splitInput.set(
      ticker,
      list.map((split) => ({
        executionDate: split.executionDate,
        splitFrom: Number(split.splitFrom),
        splitTo: Number(split.splitTo),
      })),
    );
  const dividendInput = new Map<string, CashDividend[]>();
  for (const [ticker, list] of dividends)
    dividendInput.set(
      ticker,
      list.map((dividend) => ({
        exDividendDate: dividend.exDividendDate,
        payDate: dividend.payDate,
        cashAmount: Number(dividend.cashAmount),
        currency: dividend.currency,
      })),
    );
  return {
    splits: splitInput,
    dividends: dividendInput,
    options: { dividends: options.dividends, costBasis: options.costBasis },
    today: options.today,
  };
}

/**
 * The first date bars are needed from: `start`, or earlier for cost basis, the earliest opening `as_of`
 * or trade before the window without a price (its lot is priced at that day's close).
 */
export function barsFrom(start: IsoDate, ledger: CustomerLedger): IsoDate {
  let from = start;
  for (const holding of ledger.opening) if (holding.asOf < from) from = holding.asOf;
  for (const trade of ledger.trades)
    if (trade.price === null && trade.tradeDate < from) from = trade.tradeDate;
  return from;
}

/** The last date bars are needed to: `end`, or the latest opening `as_of` after it (the lot's price). */
export function barsUntil(end: IsoDate, ledger: CustomerLedger): IsoDate {
  let until = end;
  for (const holding of ledger.opening) if (holding.asOf > until) until = holding.asOf;
  return until;
}
