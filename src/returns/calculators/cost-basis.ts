import type { IsoDate } from '../../common/time/calendar-date.js';
import { lastDayOnOrBefore, lastIndexOnOrBefore } from '../../common/time/last-on-or-before.js';
import { isFlat } from './quantity.js';
import type { SplitFactors } from './split-factors.js';
import type { TickerLedger } from './ticker-ledger.js';
import type { BarArrays, CostBasisMethod, PriceBar, Trade } from './types.js';
import { epochDay } from './weekdays.js';

export interface CostBasisFigures {
  /** Σ proceeds − removed cost over the SELLs dated in (start, end]. */
  realized: number;
  /** The cost still held after every trade dated <= end. */
  cost: number;
}

/** A lot in the newest split basis. */
interface Lot {
  shares: number;
  cost: number;
}

/**
 * Realized gain and remaining cost of one ticker (accounting-cases.md, "Cost basis and gains"). Lots come
 * in this order: the opening holdings, then trades by date, BUYs before SELLs on a day (positions are only
 * checked at a day's close), each in recording order. Null when a lot has no price: an opening holding
 * without `asOf` or without a bar on or before it, or a trade before the window without a price or a bar.
 * `arrays`, when given, are the bars (as typed arrays) and `bars` is not read.
 */
export function costBasis(
  ledger: TickerLedger,
  bars: readonly PriceBar[],
  factors: SplitFactors,
  start: IsoDate,
  method: CostBasisMethod,
  arrays?: BarArrays,
): CostBasisFigures | null {
  const closeOn = (date: IsoDate): number | null => {
    if (arrays) {
      const index = lastDayOnOrBefore(arrays.days, epochDay(date));
      return index < 0 ? null : arrays.closes[index];
    }
    const index = lastIndexOnOrBefore(bars, date);
    return index < 0 ? null : bars[index].close;
  };
  const lots: Lot[] = [];
  for (const holding of ledger.opening) {
    if (holding.asOf === undefined) return null;
    const close = closeOn(holding.asOf);
    if (close === null) return null;
    const shares = holding.quantity * factors.factorOn(holding.asOf);
    lots.push({ shares, cost: shares * close });
  }
  const book = method === 'fifo' ? new FifoBook(lots) : new AverageBook(lots);
  let realized = 0;
  const trades = [...ledger.priorTrades, ...ledger.windowTrades];
  for (const index of lotOrder(trades)) {
    const trade = trades[index];
    const shares = ledger.shares ? ledger.shares[index] : trade.quantity;
    let amount: number;
    if (trade.price !== null) amount = trade.quantity * trade.price;
    else {
      const close = closeOn(trade.tradeDate);
      if (close === null) return null;
      amount = shares * close;
    }
    const fee = trade.fee ?? 0;
    if (trade.type === 'BUY') book.buy(shares, amount + fee);
    else {
      const removed = book.sell(shares);
      if (trade.tradeDate > start) realized += amount - fee - removed;
    }
  }
  return { realized, cost: book.cost };
}

/** Indexes in lot order: date, then BUYs before SELLs, then recording order (`sequence`), then as given. */
function lotOrder(trades: readonly Trade[]): number[] {
  return trades
    .map((_, index) => index)
    .sort(
      (a, b) =>
        compare(trades[a].tradeDate, trades[b].tradeDate) ||
        compare(trades[a].type, trades[b].type) ||
        (trades[a].sequence ?? 0) - (trades[b].sequence ?? 0) ||
        a - b,
    );
}

interface LotBook {
  buy(shares: number, cost: number): void;
  /** Removes `shares` and returns the cost they carried. */
  sell(shares: number): number;
  readonly cost: number;
}

/** Average cost: one pool, a sale removes its share of the pooled cost. */
class AverageBook implements LotBook {
  private shares = 0;
  cost = 0;

  constructor(lots: Lot[]) {
    for (const lot of lots) this.buy(lot.shares, lot.cost);
  }

  buy(shares: number, cost: number): void {
    this.shares += shares;
    this.cost += cost;
  }

  sell(shares: number): number {
    if (this.shares <= 0) return 0;
    if (shares >= this.shares || isFlat(this.shares - shares, this.shares)) {
      const removed = this.cost;
      this.shares = 0;
      this.cost = 0;
      return removed;
    }
    const removed = shares * (this.cost / this.shares);
    this.shares -= shares;
    this.cost -= removed;
    return removed;
  }
}

/** First in, first out: a sale uses up the oldest lots first, each at its own cost per share. */
class FifoBook implements LotBook {
  private readonly lots: Lot[];
  private head = 0;

  constructor(lots: Lot[]) {
    this.lots = lots.map((lot) => ({ ...lot }));
  }

  buy(shares: number, cost: number): void {
    this.lots.push({ shares, cost });
  }

  sell(shares: number): number {
    let left = shares;
    let removed = 0;
    while (left > 0 && this.head < this.lots.length) {
      const lot = this.lots[this.head];
      if (left >= lot.shares || isFlat(lot.shares - left, lot.shares)) {
        removed += lot.cost;
        left -= lot.shares;
        this.head++;
        if (isFlat(left, shares)) left = 0;
      } else {
        const part = left * (lot.cost / lot.shares);
        removed += part;
        lot.cost -= part;
        lot.shares -= left;
        left = 0;
      }
    }
    return removed;
  }

  get cost(): number {
    let total = 0;
    for (let i = this.head; i < this.lots.length; i++) total += this.lots[i].cost;
    return total;
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
