import type { IsoDate } from '../../common/time/calendar-date.js';
import { firstDatedAfter, type DividendEvent } from './dividend-book.js';
import { AsOfPriceCursor } from './as-of-price-cursor.js';
import type { SplitFactors } from './split-factors.js';
import type { BenchmarkReturns, PriceBar } from './types.js';

/** The benchmark's splits and counted dividends (accounting only). */
export interface BenchmarkAccounting {
  factors: SplitFactors;
  dividends: readonly DividendEvent[];
}

/**
 * The benchmark's as-of price over the day pass; usable only with a bar on or before `start`. With
 * dividends, each is reinvested at the close of its ex-date: Π (P(d) + δ(d)) / P(d−1) telescopes to
 * P(d)/P(start) · Π over ex-dates x of (1 + δ(x)/P(x)), δ(x) = cash / F(x−1) in the newest basis.
 */
export class BenchmarkTrack {
  private readonly cursor: AsOfPriceCursor;
  private readonly startBar: PriceBar | undefined;
  private readonly accounting: BenchmarkAccounting | undefined;
  private readonly factorOn: ((date: IsoDate) => number) | undefined;
  private factor = 1;
  private nextDividend = 0;
  /** Π (1 + δ(x)/P(x)) over the ex-dates visited so far. */
  private reinvested = 1;

  constructor(
    readonly ticker: string,
    bars: readonly PriceBar[],
    private readonly start: IsoDate,
    accounting?: BenchmarkAccounting,
  ) {
    this.cursor = new AsOfPriceCursor(bars);
    this.cursor.seek(start);
    this.startBar = this.cursor.bar;
    this.accounting = accounting;
    if (accounting) {
      this.factorOn = accounting.factors.walker();
      this.factor = this.factorOn(start);
      this.nextDividend = firstDatedAfter(accounting.dividends, start);
    }
  }

  get hasData(): boolean {
    return this.startBar !== undefined;
  }

  /** The benchmark's growth − 1 from `start` to `date`, for `start` and then each following day in order. */
  cumulativeReturn(date: IsoDate): number {
    this.visit(date);
    const priceReturn = this.cursor.close / (this.startBar as PriceBar).close;
    return this.reinvested === 1 ? priceReturn - 1 : priceReturn * this.reinvested - 1;
  }

  /** The figures at the last date visited (the window's end). */
  result(): BenchmarkReturns {
    const start = this.startBar as PriceBar;
    const end = this.cursor.bar as PriceBar;
    const startFactor = this.accounting ? this.accounting.factors.factorOn(this.start) : 1;
    const priceReturn = end.close / start.close;
    return {
      ticker: this.ticker,
      // Real prices on their dates (P·F), as for holdings; the stored ones without splits.
      start_price: start.close * startFactor,
      end_price: end.close * this.factor,
      start_price_date: start.date,
      end_price_date: end.date,
      benchmark_return: this.reinvested === 1 ? priceReturn - 1 : priceReturn * this.reinvested - 1,
    };
  }

  /** Steps the price, and with accounting the reinvested dividends and the factor, to `date`. */
  private visit(date: IsoDate): void {
    this.cursor.stepTo(date);
    if (!this.accounting || !this.factorOn) return;
    const dividends = this.accounting.dividends;
    // Ex-dates after `start` only; the factor still is F(date − 1) here.
    for (
      ;
      this.nextDividend < dividends.length && dividends[this.nextDividend].date === date;
      this.nextDividend++
    )
      this.reinvested *= 1 + dividends[this.nextDividend].cashAmount / this.factor / this.cursor.close;
    this.factor = this.factorOn(date);
  }
}
