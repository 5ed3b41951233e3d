import type { IsoDate } from '../common/time/calendar-date.js';
import { epochDayAt, isoDateOfEpochDay } from '../common/time/epoch-day.js';
import { lastDayOnOrBefore } from '../common/time/last-on-or-before.js';
import type { CloseBar } from './price-bar.js';

/**
 * A ticker's closes, ascending by date, as typed arrays: the epoch day (days since 1970-01-01) and the close
 * of each bar, index for index. Compact (12 bytes a bar, no object or string per bar) and shared, never
 * written: tickers of one calendar share one `days`, and a window is a view into the whole series.
 */
export interface CloseSeries {
  readonly days: Int32Array;
  readonly closes: Float64Array;
  /** The number of bars. */
  readonly length: number;
}

/** A ticker's closes: typed arrays as the packed series are read into, or bar objects (closes made by hand). */
export type TickerCloses = CloseSeries | CloseBar[];

export function closeSeriesOf(days: Int32Array, closes: Float64Array): CloseSeries {
  return { days, closes, length: days.length };
}

/** The date of the series' newest bar; undefined when it has none. */
export function newestDate(series: CloseSeries): IsoDate | undefined {
  return series.length > 0 ? isoDateOfEpochDay(series.days[series.length - 1]) : undefined;
}

/** The bars as objects, for readers that want them (the calculation reads the arrays). */
export function closeBarsOf(series: TickerCloses): CloseBar[] {
  if (Array.isArray(series)) return series;
  const bars: CloseBar[] = new Array(series.length);
  for (let i = 0; i < series.length; i++)
    bars[i] = { date: isoDateOfEpochDay(series.days[i]), close: series.closes[i] };
  return bars;
}

/** The latest bar on or before `start` and every bar in (start, end], as views into the arrays (no copy). */
export function sliceSeries(series: CloseSeries, start: IsoDate, end: IsoDate): CloseSeries {
  const first = Math.max(0, lastDayOnOrBefore(series.days, epochDayAt(start, 0)));
  const last = lastDayOnOrBefore(series.days, epochDayAt(end, 0));
  if (first === 0 && last === series.length - 1) return series;
  const to = last < first ? first : last + 1;
  return closeSeriesOf(series.days.subarray(first, to), series.closes.subarray(first, to));
}
