import type { IsoDate } from '../../common/time/calendar-date.js';
import type { TickerLedger } from './ticker-ledger.js';
import type { MissingPrice, PriceBar } from './types.js';

/**
 * Tickers that would need a price before their first bar: held at `start` (needed from `start`) or first
 * traded inside the window (needed from that trade date). The service never drops such a holding silently.
 */
export function findMissingPrices(
  ledgers: readonly TickerLedger[],
  bars: ReadonlyMap<string, readonly PriceBar[]>,
  start: IsoDate,
): MissingPrice[] {
  const missing: MissingPrice[] = [];
  for (const { ticker, startQuantity, windowTrades } of ledgers) {
    const neededFrom = startQuantity !== 0 ? start : windowTrades[0].tradeDate;
    const firstBar = bars.get(ticker)?.[0];
    if (!firstBar || firstBar.date > neededFrom) missing.push({ ticker, needed_from: neededFrom });
  }
  return missing;
}
