import type { IsoDate } from '../../common/time/calendar-date.js';
import { AsOfPriceCursor } from './price-series.js';
import type { BenchmarkReturns, PriceBar } from './types.js';

/** The benchmark's as-of price over the day pass; usable only with a bar on or before `start`. */
export class BenchmarkTrack {
  private readonly cursor: AsOfPriceCursor;
  private readonly startBar: PriceBar | undefined;

  constructor(
    readonly ticker: string,
    bars: readonly PriceBar[],
    start: IsoDate,
  ) {
    this.cursor = new AsOfPriceCursor(bars);
    this.cursor.seek(start);
    this.startBar = this.cursor.bar;
  }

  get hasData(): boolean {
    return this.startBar !== undefined;
  }

  /** P_b(date) / P_b(start) − 1, for `start` and then each following day in order. */
  cumulativeReturn(date: IsoDate): number {
    this.cursor.stepTo(date);
    return this.cursor.close / (this.startBar as PriceBar).close - 1;
  }

  /** The figures at the last date visited (the window's end). */
  result(): BenchmarkReturns {
    const start = this.startBar as PriceBar;
    const end = this.cursor.bar as PriceBar;
    return {
      ticker: this.ticker,
      start_price: start.close,
      end_price: end.close,
      start_price_date: start.date,
      end_price_date: end.date,
      benchmark_return: end.close / start.close - 1,
    };
  }
}
