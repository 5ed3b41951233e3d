import { daysBetween, type IsoDate } from '../../common/time/calendar-date.js';
import type { DailyTotals } from './daily-totals.js';
import { AsOfPriceCursor } from './price-series.js';
import { applyTrade } from './quantity.js';
import { isStale, type StalePrice } from './stale-price.js';
import type { TickerLedger } from './ticker-ledger.js';
import type { HoldingReturns, PriceBar } from './types.js';
import type { WindowDays } from './window-days.js';

export interface HoldingWalk {
  returns: HoldingReturns;
  /** The first use of a price older than the stale rule allows, if any. */
  stale: StalePrice | undefined;
  lastBarDate: IsoDate | undefined;
}

/**
 * Walks one ticker through the window: as-of price, position after the day's trades, its own daily chain,
 * and adds its value, flows and bar days into `totals`. Holdings are walked one after the other (not all
 * tickers per day) so that each walk streams through its own bars: far fewer cache misses on big portfolios.
 *
 * Requires a bar on or before the first day a price is needed (see findMissingPrices).
 */
export function walkHolding(
  { ticker, startQuantity, windowTrades: trades }: TickerLedger,
  bars: readonly PriceBar[],
  days: WindowDays,
  totals: DailyTotals,
): HoldingWalk {
  const { dates, startDay } = days;
  const cursor = new AsOfPriceCursor(bars);
  cursor.seek(dates[0]);
  const startBar = cursor.bar;
  let barOffset = startBar ? daysBetween(dates[0], startBar.date) : 0; // offset of the bar in use
  let stale: StalePrice | undefined;
  const checkStaleness = (offset: number): void => {
    if (!stale && isStale(startDay + barOffset, startDay + offset))
      stale = { date: dates[offset], barDate: (cursor.bar as PriceBar).date };
  };

  let quantity = startQuantity;
  const startValue = quantity === 0 ? 0 : quantity * cursor.close;
  if (quantity !== 0) checkStaleness(0);
  totals.value[0] += startValue;
  let value = startValue;
  let growth = 1;
  let inflows = 0;
  let outflows = 0;
  // Trade dates as day offsets: the day loop then compares numbers, not date strings.
  const tradeOffsets = trades.map((trade) => days.offsetOf(trade.tradeDate) as number);
  let nextTrade = 0;
  // While flat, a day adds nothing (no value, flow, bar day or staleness): jump to the day before the next
  // trade, so a ticker bought late in a decades-long window costs its held days, not the whole calendar.
  const skipFlatDays = (offset: number): number => {
    if (quantity !== 0) return offset;
    const next = nextTrade < trades.length ? tradeOffsets[nextTrade] : dates.length;
    if (next <= offset) return offset;
    cursor.seek(dates[next - 1]);
    if (cursor.bar) barOffset = daysBetween(dates[0], cursor.bar.date);
    return next;
  };

  for (let offset = skipFlatDays(1); offset < dates.length; offset = skipFlatDays(offset + 1)) {
    const date = dates[offset];
    const barToday = cursor.stepTo(date);
    if (barToday) barOffset = offset;
    const quantityBefore = quantity;
    let dayInflow = 0;
    let dayOutflow = 0;
    let traded = false;
    let closeUsed = false;
    for (; nextTrade < trades.length && tradeOffsets[nextTrade] === offset; nextTrade++) {
      const trade = trades[nextTrade];
      const amount = trade.quantity * (trade.price ?? cursor.close);
      if (trade.type === 'BUY') dayInflow += amount;
      else dayOutflow += amount;
      quantity = applyTrade(quantity, trade);
      traded = true;
      closeUsed ||= trade.price === null;
    }
    const previous = value;
    value = quantity === 0 ? 0 : quantity * cursor.close;
    // Flows count at the end of their day, so they are taken out of the day's growth.
    if (previous !== 0) growth *= (value - dayInflow + dayOutflow) / previous;
    inflows += dayInflow;
    outflows += dayOutflow;
    totals.value[offset] += value;
    totals.inflow[offset] += dayInflow;
    totals.outflow[offset] += dayOutflow;
    if (barToday && (quantityBefore !== 0 || quantity !== 0 || traded)) totals.barDay[offset] = 1;
    if (quantity !== 0 || closeUsed) checkStaleness(offset);
  }

  const endBar = cursor.bar as PriceBar;
  const profit = value - startValue - inflows + outflows;
  const invested = startValue + inflows;
  return {
    returns: {
      ticker,
      quantity,
      start_quantity: startQuantity,
      end_quantity: quantity,
      start_price: startBar?.close ?? null,
      end_price: endBar.close,
      start_price_date: startBar?.date ?? null,
      end_price_date: endBar.date,
      start_value: startValue,
      end_value: value,
      profit,
      return: profit,
      return_percentage: invested === 0 ? 0 : (100 * profit) / invested,
      time_weighted_return: growth - 1,
    },
    stale,
    lastBarDate: cursor.lastBar?.date,
  };
}
