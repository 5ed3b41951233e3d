import type { IsoDate } from '../../common/time/calendar-date.js';
import type { ForeignDividend } from './dividend-book.js';
import { PORTFOLIO_CURRENCY } from './dividend-book.js';
import type { ReturnsWarning } from './types.js';

export interface TickerForeignDividends {
  ticker: string;
  dividends: readonly ForeignDividend[];
}

/**
 * The accounting warnings, after the others: one `dividend_currency` per (ticker, ex-date) left out for its
 * currency while it would have counted (held, or the benchmark), in ticker and date order, then one
 * `unknown_cost_basis` per ticker whose cost-basis figures are null.
 */
export function accountingWarnings(
  foreign: readonly TickerForeignDividends[],
  unknownCostBasis: readonly string[],
): ReturnsWarning[] {
  const seen = new Set<string>();
  const dividendWarnings: Array<ReturnsWarning & { ticker: string; date: IsoDate }> = [];
  for (const { ticker, dividends } of foreign)
    for (const { date, currency } of dividends) {
      const key = `${ticker} ${date}`;
      if (seen.has(key)) continue;
      seen.add(key);
      dividendWarnings.push({
        code: 'dividend_currency',
        message: `${ticker}: the dividend with ex-date ${date} is paid in ${currency}, not ${PORTFOLIO_CURRENCY}; it is left out`,
        ticker,
        date,
        currency,
      });
    }
  dividendWarnings.sort((a, b) => compare(a.ticker, b.ticker) || compare(a.date, b.date));
  const costWarnings = [...unknownCostBasis].sort(compare).map((ticker): ReturnsWarning => ({
    code: 'unknown_cost_basis',
    message: `${ticker}: a lot has no price (an opening holding without a bar on or before its as-of date, or an earlier trade without a price or a bar); its cost-basis figures are null`,
    ticker,
  }));
  return [...dividendWarnings, ...costWarnings];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
