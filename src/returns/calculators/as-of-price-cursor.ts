import type { IsoDate } from '../../common/time/calendar-date.js';
import { lastIndexOnOrBefore } from '../../common/time/last-on-or-before.js';
import type { PriceBar } from './types.js';

/**
 * As-of close lookup over one ticker's ascending bars, for a walk over consecutive calendar days.
 * `seek` places it once (binary search); `stepTo` is then called for every following day in order. As
 * bars carry valid calendar dates, each bar after the seek is met on its own date, so a step is a string
 * equality and the pointer only moves forward: a whole window costs O(days + bars).
 */
export class AsOfPriceCursor {
  private index = -1;
  /** The as-of close, cached so that days without a bar do not touch the bars; NaN before any bar. */
  close = Number.NaN;

  constructor(private readonly bars: readonly PriceBar[]) {}

  /** Moves to the latest bar dated on or before `date`. */
  seek(date: IsoDate): void {
    this.moveTo(lastIndexOnOrBefore(this.bars, date));
  }

  /**
   * Moves to `date`, the calendar day after (or the same as) the one last sought or stepped to.
   * Returns true when a bar is dated `date`.
   */
  stepTo(date: IsoDate): boolean {
    const bars = this.bars;
    let i = this.index;
    while (i + 1 < bars.length && bars[i + 1].date === date) i++;
    if (i === this.index) return false;
    this.moveTo(i);
    return true;
  }

  /** The bar in use, undefined before the first bar. */
  get bar(): PriceBar | undefined {
    return this.index >= 0 ? this.bars[this.index] : undefined;
  }

  /** The newest bar of the series, whatever day the cursor is on. */
  get lastBar(): PriceBar | undefined {
    return this.bars.at(-1);
  }

  private moveTo(index: number): void {
    this.index = index;
    this.close = index >= 0 ? this.bars[index].close : Number.NaN;
  }
}
