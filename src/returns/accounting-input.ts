import type { IsoDate } from '../common/time/calendar-date.js';
import type { CustomerLedger } from '../portfolios/customer-ledger.js';
import type {
  AccountingInput,
  CashDividend,
  CostBasisMethod,
  DividendMode,
  StockSplit,
} from './calculators/types.js';
import type { TickerActions } from './corporate-actions.cache.js';

/** The calculator's accounting input from each ticker's corporate actions and the request's options. */
export function accountingInput(
  actions: ReadonlyMap<string, TickerActions>,
  options: { dividends: DividendMode; costBasis: CostBasisMethod; today: IsoDate },
): AccountingInput {
  const splits = new Map<string, readonly StockSplit[]>();
  const dividends = new Map<string, readonly CashDividend[]>();
  for (const [ticker, { splits: tickerSplits, dividends: tickerDividends }] of actions) {
    if (tickerSplits.length > 0) splits.set(ticker, tickerSplits);
    if (tickerDividends.length > 0) dividends.set(ticker, tickerDividends);
  }
  return {
    splits,
    dividends,
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
