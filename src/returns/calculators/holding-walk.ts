import { daysBetween, type IsoDate } from '../../common/time/calendar-date.js';
import type { DailyTotals } from './daily-totals.js';
import { firstDatedAfter, type ForeignDividend, type TickerDividends } from './dividend-book.js';
import { AsOfPriceCursor } from './as-of-price-cursor.js';
import { applyShares } from './quantity.js';
import type { SplitFactors } from './split-factors.js';
import { isStale, type StalePrice } from './stale-price.js';
import type { TickerLedger } from './ticker-ledger.js';
import type { HoldingReturns, PriceBar } from './types.js';
import type { WindowDays } from './window-days.js';

export interface HoldingWalk {
  returns: HoldingReturns;
  /** The first use of a price older than the stale rule allows, if any. */
  stale: StalePrice | undefined;
  lastBarDate: IsoDate | undefined;
  /** Dividends left out for their currency on days the ticker was entitled (accounting only). */
  foreignDividends: ForeignDividend[];
}

/** Splits and dividends of the ticker; given, the walk adds the accounting figures to its returns. */
export interface WalkAccounting {
  factors: SplitFactors;
  dividends: TickerDividends;
}

/**
 * Walks one ticker through the window: as-of price, position after the day's trades, its own daily chain,
 * and adds its value, flows and bar days into `totals`. Holdings are walked one after the other (not all
 * tickers per day) so that each walk streams through its own bars: far fewer cache misses on big portfolios.
 *
 * Requires a bar on or before the first day a price is needed (see findMissingPrices).
 */
export function walkHolding(
  { ticker, startQuantity, windowTrades: trades, priorTrades, shares }: TickerLedger,
  bars: readonly PriceBar[],
  days: WindowDays,
  totals: DailyTotals,
  accounting?: WalkAccounting,
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
  const factorOn = accounting && !accounting.factors.isEmpty ? accounting.factors.walker() : undefined;
  const startFactor = factorOn ? factorOn(dates[0]) : 1;
  let factor = startFactor; // F_s of the previous day inside the loop
  const counted = accounting?.dividends.counted ?? [];
  const foreign = accounting?.dividends.foreign ?? [];
  let nextDividend = firstDatedAfter(counted, dates[0]);
  let nextForeign = firstDatedAfter(foreign, dates[0]);
  const foreignDividends: ForeignDividend[] = [];
  let dividends = 0;
  let fees = 0;
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
    // Entitlement: the real shares held at the close of the day before the ex-date. `<=`, not `===`: ex-dates
    // passed while flat (days skipped) are consumed on the next walked day, where nothing was held before.
    let dividend = 0;
    for (; nextDividend < counted.length && counted[nextDividend].date <= date; nextDividend++)
      if (quantityBefore !== 0) dividend += (quantityBefore / factor) * counted[nextDividend].cashAmount;
    for (; nextForeign < foreign.length && foreign[nextForeign].date <= date; nextForeign++)
      if (quantityBefore !== 0) foreignDividends.push(foreign[nextForeign]);
    if (factorOn) factor = factorOn(date);
    let dayInflow = 0;
    let dayOutflow = 0;
    let traded = false;
    let closeUsed = false;
    for (; nextTrade < trades.length && tradeOffsets[nextTrade] === offset; nextTrade++) {
      const trade = trades[nextTrade];
      // A price is per real share as traded; without one the trade is at the close, in either basis.
      const tradeShares = shares ? shares[priorTrades.length + nextTrade] : trade.quantity;
      let amount = trade.price === null ? tradeShares * cursor.close : trade.quantity * trade.price;
      if (trade.fee) {
        fees += trade.fee;
        amount += trade.type === 'BUY' ? trade.fee : -trade.fee;
      }
      if (trade.type === 'BUY') dayInflow += amount;
      else dayOutflow += amount;
      quantity = applyShares(quantity, trade.type, tradeShares);
      traded = true;
      closeUsed ||= trade.price === null;
    }
    const previous = value;
    value = quantity === 0 ? 0 : quantity * cursor.close;
    // Flows count at the end of their day, so they are taken out of the day's growth; dividends are paid out.
    if (previous !== 0) growth *= (value + dividend - dayInflow + dayOutflow) / previous;
    inflows += dayInflow;
    outflows += dayOutflow;
    dividends += dividend;
    totals.value[offset] += value;
    totals.inflow[offset] += dayInflow;
    totals.outflow[offset] += dayOutflow;
    totals.dividend[offset] += dividend;
    if (barToday && (quantityBefore !== 0 || quantity !== 0 || traded)) totals.barDay[offset] = 1;
    if (quantity !== 0 || closeUsed) checkStaleness(offset);
  }

  const endBar = cursor.bar as PriceBar;
  const capitalGain = value - startValue - inflows + outflows;
  const profit = capitalGain + dividends;
  const invested = startValue + inflows;
  // Real quantities and prices on their dates: Q/F and P·F (unchanged without splits: F = 1).
  const endQuantity = quantity / factor;
  const returns: HoldingReturns = {
    ticker,
    quantity: endQuantity,
    start_quantity: startQuantity / startFactor,
    end_quantity: endQuantity,
    start_price: startBar ? startBar.close * startFactor : null,
    end_price: endBar.close * factor,
    start_price_date: startBar?.date ?? null,
    end_price_date: endBar.date,
    start_value: startValue,
    end_value: value,
    profit,
    return: profit,
    return_percentage: invested === 0 ? 0 : (100 * profit) / invested,
    time_weighted_return: growth - 1,
  };
  if (accounting) {
    returns.capital_gain = capitalGain;
    returns.dividend_income = dividends;
    returns.total_fees = fees;
  }
  return { returns, stale, lastBarDate: cursor.lastBar?.date, foreignDividends };
}
