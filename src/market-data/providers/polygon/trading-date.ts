import { newYorkDate } from '../../../common/time/calendar-date.js';

/** Daily bars of many tickers share their t: memoize the (Intl-backed, comparatively slow) conversion. */
const tradingDates = new Map<number, string>();

/** The trading date of a bar's `t`: its New York date (right for 00:00 ET range bars and 16:00 ET /prev, grouped). */
export function tradingDateOf(t: number): string {
  let date = tradingDates.get(t);
  if (date === undefined) {
    if (tradingDates.size >= 100_000) tradingDates.clear();
    date = newYorkDate(t);
    tradingDates.set(t, date);
  }
  return date;
}
