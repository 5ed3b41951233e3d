import type { IsoDate } from '../../common/time/calendar-date.js';
import { applyTrade, compareTrades } from './quantity.js';
import type { OpeningHolding, Trade } from './types.js';

/** One ticker as the window sees it. */
export interface TickerLedger {
  ticker: string;
  /** Q_s(start): opening quantity plus every trade dated on or before `start`. */
  startQuantity: number;
  /** Trades dated in (start, end], in the total order of compareTrades. */
  windowTrades: Trade[];
}

/**
 * Per ticker (in ticker order), the starting position and the trades inside the window. Trades dated
 * `start` or earlier are part of the starting position (their cash is not a flow of the window). A ticker
 * flat at `start` and not traded in the window plays no part and is left out.
 */
export function tickerLedgers(
  opening: readonly OpeningHolding[],
  trades: readonly Trade[],
  start: IsoDate,
  end: IsoDate,
): TickerLedger[] {
  const openingQuantity = new Map<string, number>();
  for (const holding of opening)
    openingQuantity.set(holding.ticker, (openingQuantity.get(holding.ticker) ?? 0) + holding.quantity);
  const tradesByTicker = new Map<string, Trade[]>();
  for (const trade of trades) {
    const group = tradesByTicker.get(trade.ticker);
    if (group) group.push(trade);
    else tradesByTicker.set(trade.ticker, [trade]);
  }
  const tickers = [...new Set([...openingQuantity.keys(), ...tradesByTicker.keys()])].sort();
  const ledgers: TickerLedger[] = [];
  for (const ticker of tickers) {
    // Sorting within a ticker is enough for date order, and the total order makes float sums repeatable.
    const sorted = (tradesByTicker.get(ticker) ?? []).sort(compareTrades);
    let startQuantity = openingQuantity.get(ticker) ?? 0;
    let first = 0;
    for (; first < sorted.length && sorted[first].tradeDate <= start; first++)
      startQuantity = applyTrade(startQuantity, sorted[first]);
    let last = first;
    while (last < sorted.length && sorted[last].tradeDate <= end) last++;
    const windowTrades = sorted.slice(first, last);
    if (startQuantity !== 0 || windowTrades.length > 0) ledgers.push({ ticker, startQuantity, windowTrades });
  }
  return ledgers;
}
