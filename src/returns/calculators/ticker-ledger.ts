import type { IsoDate } from '../../common/time/calendar-date.js';
import { applyShares, compareTrades } from './quantity.js';
import type { SplitBook } from './split-factors.js';
import type { OpeningHolding, Trade } from './types.js';

/** One ticker as the window sees it. */
export interface TickerLedger {
  ticker: string;
  /** Q_s(start) in the newest basis: opening quantities plus every trade dated on or before `start`. */
  startQuantity: number;
  /** Trades dated in (start, end], in the total order of compareTrades. */
  windowTrades: Trade[];
  /** Trades dated on or before `start` (cost basis only), in the same order. */
  priorTrades: Trade[];
  /**
   * Newest-basis shares (quantity · F_s(tradeDate)) of priorTrades then windowTrades, by index; null for a
   * ticker without splits, whose shares are the quantities. (A parallel array: no copy of each trade.)
   */
  shares: Float64Array | null;
  /** The ticker's opening holdings (cost basis only), as given. */
  opening: OpeningHolding[];
}

/**
 * Per ticker (in ticker order), the starting position and the trades inside the window. Trades dated
 * `start` or earlier are part of the starting position (their cash is not a flow of the window). A ticker
 * flat at `start` and not traded in the window plays no part and is left out. Quantities are re-based to
 * the newest split basis (the basis of the bars) when `splits` are given.
 */
export function tickerLedgers(
  opening: readonly OpeningHolding[],
  trades: readonly Trade[],
  start: IsoDate,
  end: IsoDate,
  splits?: SplitBook,
): TickerLedger[] {
  const openingByTicker = new Map<string, OpeningHolding[]>();
  for (const holding of opening) {
    const group = openingByTicker.get(holding.ticker);
    if (group) group.push(holding);
    else openingByTicker.set(holding.ticker, [holding]);
  }
  const tradesByTicker = new Map<string, Trade[]>();
  for (const trade of trades) {
    const group = tradesByTicker.get(trade.ticker);
    if (group) group.push(trade);
    else tradesByTicker.set(trade.ticker, [trade]);
  }
  const tickers = [...new Set([...openingByTicker.keys(), ...tradesByTicker.keys()])].sort();
  const ledgers: TickerLedger[] = [];
  for (const ticker of tickers) {
    const factors = splits?.of(ticker);
    const holdings = openingByTicker.get(ticker) ?? [];
    let startQuantity = 0;
    for (const holding of holdings)
      startQuantity +=
        factors && holding.asOf !== undefined
          ? holding.quantity * factors.factorOn(holding.asOf)
          : holding.quantity;
    // Sorting within a ticker is enough for date order, and the total order makes float sums repeatable.
    const sorted = (tradesByTicker.get(ticker) ?? []).sort(compareTrades);
    // A plain loop: Float64Array.from with a map function takes a generic, far slower path.
    let shares: Float64Array | null = null;
    if (factors && !factors.isEmpty) {
      shares = new Float64Array(sorted.length);
      for (let i = 0; i < sorted.length; i++)
        shares[i] = sorted[i].quantity * factors.factorOn(sorted[i].tradeDate);
    }
    let first = 0;
    for (; first < sorted.length && sorted[first].tradeDate <= start; first++)
      startQuantity = applyShares(
        startQuantity,
        sorted[first].type,
        shares ? shares[first] : sorted[first].quantity,
      );
    let last = first;
    while (last < sorted.length && sorted[last].tradeDate <= end) last++;
    const windowTrades = sorted.slice(first, last);
    if (startQuantity !== 0 || windowTrades.length > 0)
      ledgers.push({
        ticker,
        startQuantity,
        windowTrades,
        priorTrades: sorted.slice(0, first),
        shares,
        opening: holdings,
      });
  }
  return ledgers;
}
