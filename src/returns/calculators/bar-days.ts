import type { IsoDate } from '../../common/time/calendar-date.js';
import { lastDayOnOrBefore, lastIndexOnOrBefore } from '../../common/time/last-on-or-before.js';
import type { BarArrays, PriceBar } from './types.js';
import { epochDay } from './weekdays.js';
import type { WindowDays } from './window-days.js';

/** How many dates after a bar's day the next bar's date is compared with before it is parsed. */
const MATCHED_DAYS = 7;

/** One ticker's bars over a window, as epoch days and closes indexed like its bars. */
export interface WindowBars {
  days: Int32Array;
  closes: Float64Array;
  /** Index of the bar in use on `start` and on `end`; -1 when none. */
  startBar: number;
  endBar: number;
  /** Entries from max(startBar, 0) to `count` (exclusive) are set; none of them lies after `end`. */
  count: number;
}

/**
 * The days and closes of each ticker's bars, for the walk to step from bar to bar over typed arrays. The
 * caller's arrays serve as they are; without them, the bars in use over the window are read into buffers
 * reused from ticker to ticker (one allocation per calculation, not per ticker).
 */
export class BarDays {
  private days = new Int32Array(0);
  private closes = new Float64Array(0);
  /**
   * Per day offset of the window, the date string of the first bar parsed on that day. Tickers' bars often
   * share their date strings (one per calendar day): the next ticker's date is then matched by reference.
   */
  private readonly seen: (IsoDate | undefined)[];

  constructor(private readonly window: WindowDays) {
    this.seen = new Array<IsoDate | undefined>(window.length + 1);
  }

  /** `arrays` when given for the same bars, or alone (`bars` empty); else `bars` (ascending). */
  of(bars: readonly PriceBar[], arrays?: BarArrays): WindowBars {
    const { startDay, length } = this.window;
    if (arrays && (bars.length === 0 || arrays.days.length === bars.length)) {
      const { days, closes } = arrays;
      return {
        days,
        closes,
        startBar: lastDayOnOrBefore(days, startDay),
        endBar: lastDayOnOrBefore(days, startDay + length),
        count: days.length,
      };
    }
    if (this.days.length < bars.length) {
      this.days = new Int32Array(bars.length);
      this.closes = new Float64Array(bars.length);
    }
    const startBar = lastIndexOnOrBefore(bars, this.window.start);
    const count = this.read(bars, Math.max(startBar, 0));
    return { days: this.days, closes: this.closes, startBar, endBar: count - 1, count };
  }

  /**
   * Reads bars from `first` on until the first after `end`; returns its index. A date is compared with
   * those seen on the next few days (bars mostly fall on consecutive weekdays; a string compare, often by
   * reference, is cheaper than parsing digits) and parsed only when none matches.
   */
  private read(bars: readonly PriceBar[], first: number): number {
    const { days, closes, seen } = this;
    const { startDay, length } = this.window;
    if (first >= bars.length) return first;
    let offset = epochDay(bars[first].date) - startDay;
    if (offset > length) return first;
    days[first] = startDay + offset;
    closes[first] = bars[first].close;
    let index = first + 1;
    for (; index < bars.length; index++) {
      const bar = bars[index];
      const date = bar.date;
      let guess = offset < 0 ? 1 : offset + 1;
      const last = Math.min(guess + MATCHED_DAYS, length + 1);
      while (guess < last && seen[guess] !== date) guess++;
      if (guess < last) offset = guess;
      else {
        offset = epochDay(date) - startDay;
        if (offset > length) break;
        // Every bar after `first` lies inside the window (after `start`).
        seen[offset] ??= date;
      }
      days[index] = startDay + offset;
      closes[index] = bar.close;
    }
    return index;
  }
}
