import type { IsoDate } from '../../common/time/calendar-date.js';
import { firstIndexAfter } from '../../common/time/last-on-or-before.js';
import type { StockSplit } from './types.js';

/**
 * F_s(d) of one ticker: the product of split_to / split_from over its splits executed after `d`. It turns
 * real shares held at the close of `d` into shares of the newest basis, the basis of the stored bars. A
 * split executed after `today` does not count yet: no stored bar is in its basis.
 */
export class SplitFactors {
  /** Execution dates, ascending. */
  private readonly dates: IsoDate[];
  /** suffix[i] = product of the ratios of splits i.. (suffix[n] = 1): F before the i-th split. */
  private readonly suffix: number[];

  constructor(splits: readonly StockSplit[] = [], today?: IsoDate) {
    const counted = splits
      .filter((split) => today === undefined || split.executionDate <= today)
      // A total order, so that same-day ratios multiply the same way whatever the input order.
      .sort(
        (a, b) =>
          (a.executionDate < b.executionDate ? -1 : a.executionDate > b.executionDate ? 1 : 0) ||
          a.splitFrom - b.splitFrom ||
          a.splitTo - b.splitTo,
      );
    this.dates = counted.map((split) => split.executionDate);
    this.suffix = new Array<number>(counted.length + 1);
    this.suffix[counted.length] = 1;
    for (let i = counted.length - 1; i >= 0; i--)
      this.suffix[i] = (this.suffix[i + 1] * counted[i].splitTo) / counted[i].splitFrom;
  }

  get isEmpty(): boolean {
    return this.dates.length === 0;
  }

  /** The execution dates of the counted splits, ascending: the only days F can change on. */
  get executionDates(): readonly IsoDate[] {
    return this.dates;
  }

  /** F(date): exactly 1 when no counted split is executed after `date`. */
  factorOn(date: IsoDate): number {
    return this.suffix[firstIndexAfter(this.dates, date)];
  }

  /** F once the first `count` counted splits (in execution order) are executed: F of a day, by count. */
  afterSplits(count: number): number {
    return this.suffix[count];
  }

  /**
   * Factors for consecutive calendar days: `next(date)` must be called with non-decreasing dates. O(1)
   * amortized per day, for the day loop of a walk.
   */
  walker(): (date: IsoDate) => number {
    let index = 0;
    return (date) => {
      while (index < this.dates.length && this.dates[index] <= date) index++;
      return this.suffix[index];
    };
  }
}

/** Factors per ticker; tickers without splits share one empty instance. */
export class SplitBook {
  private static readonly NONE = new SplitFactors();
  private readonly byTicker = new Map<string, SplitFactors>();

  constructor(splits: ReadonlyMap<string, readonly StockSplit[]> | undefined, today?: IsoDate) {
    for (const [ticker, list] of splits ?? []) {
      const factors = new SplitFactors(list, today);
      if (!factors.isEmpty) this.byTicker.set(ticker, factors);
    }
  }

  of(ticker: string): SplitFactors {
    return this.byTicker.get(ticker) ?? SplitBook.NONE;
  }
}
