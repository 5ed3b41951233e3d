import { lastIndexOnOrBefore } from '../../common/time/last-on-or-before.js';
import type { BarArrays, PriceBar } from './types.js';
import { epochDay } from './weekdays.js';
import type { WindowDays } from './window-days.js';

/** barOffset before the first bar: far enough back that no day can be measured from it by mistake. */
export const NO_BAR = -0x40000000;

/**
 * One ticker's as-of closes laid out over the window's day offsets, so that the walk reads a close per day
 * from a typed array instead of stepping a cursor over dated bars. The buffers are allocated once per
 * calculation and laid out again for each ticker (no allocation per ticker or per day).
 */
export class DayCloses {
  /** The as-of close on each day offset; NaN before the ticker's first bar. */
  readonly close: Float64Array;
  /** The offset of the bar in use on each day (negative: before `start`; NO_BAR: none yet). */
  readonly barOffset: Int32Array;
  /** Index in `bars` of the bar in use on `start` and on `end`; -1 when none. */
  startBar = -1;
  endBar = -1;
  private bars: readonly PriceBar[] = [];

  constructor(private readonly days: WindowDays) {
    this.close = new Float64Array(days.dates.length);
    this.barOffset = new Int32Array(days.dates.length);
  }

  /**
   * Lays out `bars` (ascending; at most one bar per date counts, the last): one store per day, and one date
   * parse per bar inside the window, unless `arrays` (the same bars as typed arrays) give the days.
   */
  lay(bars: readonly PriceBar[], arrays?: BarArrays): void {
    if (arrays && arrays.days.length !== bars.length) arrays = undefined;
    const { close, barOffset } = this;
    const { dates, startDay } = this.days;
    const length = dates.length;
    const dayOf = (index: number): number => (arrays ? arrays.days[index] : epochDay(bars[index].date));
    const closeOf = (index: number): number => (arrays ? arrays.closes[index] : bars[index].close);
    this.bars = bars;
    let index = arrays ? lastAtOrBefore(arrays.days, startDay) : lastIndexOnOrBefore(bars, dates[0]);
    this.startBar = index;
    let price = index >= 0 ? closeOf(index) : Number.NaN;
    let offset = index >= 0 ? dayOf(index) - startDay : NO_BAR;
    let from = 0;
    for (;;) {
      const next = index + 1 < bars.length ? dayOf(index + 1) - startDay : length;
      const to = next < length ? next : length;
      for (let day = from; day < to; day++) {
        close[day] = price;
        barOffset[day] = offset;
      }
      if (to >= length) break;
      index++;
      from = to;
      offset = to;
      price = closeOf(index);
    }
    this.endBar = index;
  }

  /** The bar in use at `start`, undefined when none. */
  get startPriceBar(): PriceBar | undefined {
    return this.startBar >= 0 ? this.bars[this.startBar] : undefined;
  }

  /** The bar in use at `end`, undefined when none. */
  get endPriceBar(): PriceBar | undefined {
    return this.endBar >= 0 ? this.bars[this.endBar] : undefined;
  }

  /** The date of the bar in use on day `offset` (which has one). */
  barDateOn(offset: number): string {
    const barOffset = this.barOffset[offset];
    return barOffset >= 0 ? this.days.dates[barOffset] : this.bars[this.startBar].date;
  }
}

/** The index of the last of ascending `days` on or before `day` (binary search); -1 if none. */
function lastAtOrBefore(days: Int32Array, day: number): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (days[middle] <= day) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}
