import type { IsoDate } from './calendar-date.js';

/** The index of the latest item dated on or before `date` in ascending `items` (binary search); -1 if none. */
export function lastIndexOnOrBefore(items: readonly { date: IsoDate }[], date: IsoDate): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (items[middle].date <= date) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** The index of the first of ascending `dates` after `date` (binary search); `dates.length` if none. */
export function firstIndexAfter(dates: readonly IsoDate[], date: IsoDate): number {
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (dates[middle] <= date) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The index of the last of ascending epoch `days` on or before `day` (binary search); -1 if none. */
export function lastDayOnOrBefore(days: Int32Array, day: number): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (days[middle] <= day) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}
