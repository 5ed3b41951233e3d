import type { IsoDate } from '../../common/time/calendar-date.js';
import type { TickerLedger } from './ticker-ledger.js';
import type { MissingPrice } from './types.js';

/**
 * Tickers that would need a price before their first bar: held at `start` (needed from `start`) or first
 * traded inside the window (needed from that trade date). The service never drops such a holding silently.
 */
export function findMissingPrices(
  ledgers: readonly TickerLedger[],
  firstBarDate: (ticker: string) => IsoDate | undefined,
  start: IsoDate,
): MissingPrice[] {
  const missing: MissingPrice[] = [];
  for (const { ticker, startQuantity, windowTrades } of ledgers) {
    const neededFrom = startQuantity !== 0 ? start : windowTrades[0].tradeDate;
    const first = firstBarDate(ticker);
    if (first === undefined || first > neededFrom) missing.push({ ticker, needed_from: neededFrom });
  }
  return missing;
}
