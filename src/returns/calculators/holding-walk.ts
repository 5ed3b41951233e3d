import type { IsoDate } from '../../common/time/calendar-date.js';
import { firstIndexAfter } from '../../common/time/last-on-or-before.js';
import { isoDateOfEpochDay } from '../../common/time/epoch-day.js';
import type { DailyCloses } from './daily-closes.js';
import type { DailyTotals } from './daily-totals.js';
import { BarDays } from './bar-days.js';
import { firstDatedAfter, type ForeignDividend, type TickerDividends } from './dividend-book.js';
import { applyShares } from './quantity.js';
import type { SplitFactors } from './split-factors.js';
import { isStale, type StalePrice } from './stale-price.js';
import type { TickerLedger } from './ticker-ledger.js';
import type { BarArrays, HoldingReturns, PriceBar } from './types.js';
import { epochDay } from './weekdays.js';
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

/** barOffset before the first bar: far enough back that no day can be measured from it by mistake. */
const NO_BAR = -0x40000000;

/** An offset past every day of any window: "no further event". */
const NEVER = 0x7fffffff;

/**
 * Walks one ticker through the window: as-of price, position after the day's trades, its own daily chain,
 * and adds its value, flows and bar days into `totals`. The bars come as epoch days and closes (`barDays`,
 * buffers shared by the holdings of a calculation); trades, ex-dates and split dates become day offsets.
 * The walk steps from bar to bar: the value changes only on a bar's day or an event's, and each day in
 * between costs one add into the totals (no allocation, no date string, no lookup). Holdings are walked one
 * after the other (not all tickers per day) so that each walk streams through its own arrays.
 *
 * Requires a bar on or before the first day a price is needed (see findMissingPrices). With `bars` empty,
 * `barArrays` are the bars: a date string is made only for the few bars the result names. With `daily`
 * (`barArrays` as of each day of the window: dailyClosesOf), a quiet stretch costs one multiply-add a day
 * and no stepping from bar to bar; the totals it writes are the same to the bit.
 */
export function walkHolding(
  { ticker, startQuantity, windowTrades: trades, priorTrades, shares }: TickerLedger,
  bars: readonly PriceBar[],
  days: WindowDays,
  totals: DailyTotals,
  accounting?: WalkAccounting,
  barDays: BarDays = new BarDays(days),
  barArrays?: BarArrays,
  daily?: DailyCloses | null,
): HoldingWalk {
  const { startDay, start } = days;
  const length = days.length + 1;
  const { days: barDay, closes, startBar, endBar, count } = barDays.of(bars, barArrays);
  const barDate = (index: number): IsoDate =>
    bars.length > 0 ? bars[index].date : isoDateOfEpochDay(barDay[index]);
  // The bar in use on the day walked: its index, day offset (NO_BAR before the first) and close, and the
  // offset of the next bar (NEVER after the last one inside the window). No closure captures these or any
  // other variable the loop changes: a captured one lives in a heap context, one memory access per use.
  let bar = startBar;
  let barOffset = bar >= 0 ? barDay[bar] - startDay : NO_BAR;
  let close = bar >= 0 ? closes[bar] : Number.NaN;
  let nextBarOffset = bar + 1 < count ? barDay[bar + 1] - startDay : NEVER;
  let stale: StalePrice | undefined;
  // A date string only for a staleness warning: events are compared by day offset.
  const staleOn = (offset: number, index: number): StalePrice => ({
    date: days.dates[offset],
    barDate: barDate(index),
  });
  const offsetOf = (date: IsoDate): number => epochDay(date) - startDay;

  let quantity = startQuantity;
  const startValue = quantity === 0 ? 0 : quantity * close;
  if (quantity !== 0 && isStale(startDay + barOffset, startDay)) stale = staleOn(0, bar);
  totals.value[0] += startValue;
  let value = startValue;
  let growth = 1;
  let inflows = 0;
  let outflows = 0;
  // A plain array: a typed one this small would be a separate backing store to allocate and free.
  const tradeOffsets = new Array<number>(trades.length);
  for (let i = 0; i < trades.length; i++) tradeOffsets[i] = offsetOf(trades[i].tradeDate);
  let nextTrade = 0;
  const factors = accounting && !accounting.factors.isEmpty ? accounting.factors : undefined;
  const splitDates = factors?.executionDates ?? [];
  let nextSplit = firstIndexAfter(splitDates, start);
  const startFactor = factors ? factors.afterSplits(nextSplit) : 1;
  let factor = startFactor; // F_s of the previous day inside the loop
  const counted = accounting?.dividends.counted ?? [];
  const foreign = accounting?.dividends.foreign ?? [];
  let nextDividend = firstDatedAfter(counted, start);
  let nextForeign = firstDatedAfter(foreign, start);
  const foreignDividends: ForeignDividend[] = [];
  let dividends = 0;
  let fees = 0;
  // The offsets of the next ex-dates and split: with the next trade, the next day something other than
  // the close happens. Dates are parsed once each, when they become the next.
  const offsetAt = (dates: readonly { date: IsoDate }[] | readonly IsoDate[], index: number): number => {
    if (index >= dates.length) return NEVER;
    const item = dates[index];
    return offsetOf(typeof item === 'string' ? item : item.date);
  };
  let dividendOffset = offsetAt(counted, nextDividend);
  let foreignOffset = offsetAt(foreign, nextForeign);
  let splitOffset = offsetAt(splitDates, nextSplit);
  const totalValue = totals.value;
  const barDayFlags = totals.barDay;

  let offset = 1;
  while (offset < length) {
    // While flat, a day adds nothing (no value, flow, bar day or staleness): jump to the next trade, so a
    // ticker bought late in a decades-long window costs its held days, not the whole calendar. Ex-dates and
    // splits passed meanwhile are consumed on that day, where nothing was held before.
    if (quantity === 0) {
      if (nextTrade >= trades.length) break;
      if (tradeOffsets[nextTrade] > offset) offset = tradeOffsets[nextTrade];
    }
    // Quiet days: held, no event; the value moves with the close alone (exactly as the event day's
    // formula, whose flows and dividend are zero: growth times 1 is skipped when the value did not move).
    // The close changes only on a bar's day: from one to the next, a day costs one add into the totals.
    const tradeOffset = nextTrade < trades.length ? tradeOffsets[nextTrade] : NEVER;
    const quietUntil = Math.min(tradeOffset, dividendOffset, foreignOffset, splitOffset, length);
    if (daily) {
      // The same stretch from the closes as of each day (no zero close, no stale day in the window): the
      // values and bar days the loop below would write, and its chain of ratios, which telescopes to the
      // stretch's last value over the value it began from.
      const { close: dayClose, isBarDay: dayIsBar } = daily;
      if (offset < quietUntil) {
        for (; offset < quietUntil; offset++) {
          totalValue[offset] += quantity * dayClose[offset];
          if (dayIsBar[offset] === 1) barDayFlags[offset] = 1;
        }
        const last = quantity * dayClose[offset - 1];
        if (last !== value && value !== 0) growth *= last / value;
        value = last;
      }
      if (offset >= length) break;
      // The bar in use on the event day, as the loop below would have stepped to it.
      bar = startBar + daily.bar[offset];
      barOffset = barDay[bar] - startDay;
      close = closes[bar];
      nextBarOffset = bar + 1 < count ? barDay[bar + 1] - startDay : NEVER;
    } else {
      for (;;) {
        // The bar in use today: the last one on or before it (the quiet stretch and the event day alike).
        while (nextBarOffset <= offset) {
          bar++;
          barOffset = nextBarOffset;
          close = closes[bar];
          nextBarOffset = bar + 1 < count ? barDay[bar + 1] - startDay : NEVER;
        }
        if (offset >= quietUntil) break;
        const until = nextBarOffset < quietUntil ? nextBarOffset : quietUntil;
        const previous = value;
        value = quantity * close;
        if (value !== previous && previous !== 0) growth *= value / previous;
        if (barOffset === offset) barDayFlags[offset] = 1;
        // Stale from the first day more than a week after the bar, if any (isStale grows with the day); the
        // usual stretch, a bar to the next within a week, skips the loop at one comparison.
        if (!stale && until > barOffset + 8) {
          const day = firstStaleDay(startDay, barOffset, Math.max(offset, barOffset + 8), until);
          if (day < until) stale = staleOn(day, bar);
        }
        for (; offset < until; offset++) totalValue[offset] += value;
      }
      if (offset >= length) break;
    }

    // An event day: the walk of before, step for step.
    const barToday = barOffset === offset;
    const quantityBefore = quantity;
    // Entitlement: the real shares held at the close of the day before the ex-date. `<=`, not `===`: ex-dates
    // passed while flat (days skipped) are consumed on the next walked day, where nothing was held before.
    let dividend = 0;
    if (dividendOffset <= offset) {
      for (; dividendOffset <= offset; dividendOffset = offsetAt(counted, ++nextDividend))
        if (quantityBefore !== 0) dividend += (quantityBefore / factor) * counted[nextDividend].cashAmount;
    }
    if (foreignOffset <= offset) {
      for (; foreignOffset <= offset; foreignOffset = offsetAt(foreign, ++nextForeign))
        if (quantityBefore !== 0) foreignDividends.push(foreign[nextForeign]);
    }
    while (splitOffset <= offset) splitOffset = offsetAt(splitDates, ++nextSplit);
    // F_s of the day: events are compared by day offset, so no date string is needed on any of them.
    if (factors) factor = factors.afterSplits(nextSplit);
    let dayInflow = 0;
    let dayOutflow = 0;
    let traded = false;
    let closeUsed = false;
    for (; nextTrade < trades.length && tradeOffsets[nextTrade] === offset; nextTrade++) {
      const trade = trades[nextTrade];
      // A price is per real share as traded; without one the trade is at the close, in either basis.
      const tradeShares = shares ? shares[priorTrades.length + nextTrade] : trade.quantity;
      let amount = trade.price === null ? tradeShares * close : trade.quantity * trade.price;
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
    value = quantity === 0 ? 0 : quantity * close;
    // Flows count at the end of their day, so they are taken out of the day's growth; dividends are paid out.
    if (previous !== 0) growth *= (value + dividend - dayInflow + dayOutflow) / previous;
    inflows += dayInflow;
    outflows += dayOutflow;
    dividends += dividend;
    totalValue[offset] += value;
    totals.inflow[offset] += dayInflow;
    totals.outflow[offset] += dayOutflow;
    totals.dividend[offset] += dividend;
    if (barToday && (quantityBefore !== 0 || quantity !== 0 || traded)) barDayFlags[offset] = 1;
    if (!stale && (quantity !== 0 || closeUsed) && isStale(startDay + barOffset, startDay + offset))
      stale = staleOn(offset, bar);
    offset++;
  }

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
    start_price: startBar >= 0 ? closes[startBar] * startFactor : null,
    end_price: closes[endBar] * factor,
    start_price_date: startBar >= 0 ? barDate(startBar) : null,
    end_price_date: barDate(endBar),
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
  const lastBarDate =
    bars.length > 0
      ? bars.at(-1)!.date
      : barArrays?.days.length
        ? isoDateOfEpochDay(barArrays.days.at(-1)!)
        : undefined;
  return { returns, stale, lastBarDate, foreignDividends };
}

/** The first day offset in [from, until) on which the bar of `barOffset` is stale, else `until`. */
function firstStaleDay(startDay: number, barOffset: number, from: number, until: number): number {
  let day = from;
  while (day < until && !isStale(startDay + barOffset, startDay + day)) day++;
  return day;
}
