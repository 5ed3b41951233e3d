import type { IsoDate } from '../../common/time/calendar-date.js';
import { isoDateOfEpochDay } from '../../common/time/epoch-day.js';
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
  private arrays: BarArrays | undefined;

  constructor(private readonly days: WindowDays) {
    this.close = new Float64Array(days.dates.length);
    this.barOffset = new Int32Array(days.dates.length);
  }

  /**
   * Lays out `bars` (ascending; at most one bar per date counts, the last): one store per day, and one date
   * parse per bar inside the window, unless `arrays` (the same bars as typed arrays) give the days. With
   * `bars` empty, `arrays` are the bars.
   */
  lay(bars: readonly PriceBar[], arrays?: BarArrays): void {
    if (arrays && bars.length > 0 && arrays.days.length !== bars.length) arrays = undefined;
    const { close, barOffset } = this;
    const { dates, startDay } = this.days;
    const length = dates.length;
    const count = arrays ? arrays.days.length : bars.length;
    const dayOf = (index: number): number => (arrays ? arrays.days[index] : epochDay(bars[index].date));
    const closeOf = (index: number): number => (arrays ? arrays.closes[index] : bars[index].close);
    this.bars = bars;
    this.arrays = arrays;
    let index = arrays ? lastAtOrBefore(arrays.days, startDay) : lastIndexOnOrBefore(bars, dates[0]);
    this.startBar = index;
    let price = index >= 0 ? closeOf(index) : Number.NaN;
    let offset = index >= 0 ? dayOf(index) - startDay : NO_BAR;
    let from = 0;
    for (;;) {
      const next = index + 1 < count ? dayOf(index + 1) - startDay : length;
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
    return this.startBar >= 0 ? this.barAt(this.startBar) : undefined;
  }

  /** The bar in use at `end`, undefined when none. */
  get endPriceBar(): PriceBar | undefined {
    return this.endBar >= 0 ? this.barAt(this.endBar) : undefined;
  }

  /** The date of the ticker's newest bar, undefined when it has none. */
  get lastBarDate(): IsoDate | undefined {
    const count = this.arrays ? this.arrays.days.length : this.bars.length;
    return count > 0 ? this.barAt(count - 1).date : undefined;
  }

  /** The date of the bar in use on day `offset` (which has one). */
  barDateOn(offset: number): string {
    const barOffset = this.barOffset[offset];
    return barOffset >= 0 ? this.days.dates[barOffset] : this.barAt(this.startBar).date;
  }

  /** The bar at `index`: the bar object given, else one made from the typed arrays (a few per ticker). */
  private barAt(index: number): PriceBar {
    const arrays = this.arrays;
    if (!arrays || this.bars.length > 0) return this.bars[index];
    return { date: isoDateOfEpochDay(arrays.days[index]), close: arrays.closes[index] };
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
