import type { IsoDate } from '../../common/time/calendar-date.js';
import { epochDayAt } from '../../common/time/epoch-day.js';

/**
 * Days since 1970-01-01 of a valid YYYY-MM-DD date, by integer arithmetic on its digits (epochDayAt): a few
 * nanoseconds, where a Date.parse round trip costs a hundred. Called once per bar and event of a walk, never
 * per day.
 */
export function epochDay(date: IsoDate): number {
  return epochDayAt(date, 0);
}

/** Monday..Friday: 1970-01-01 was a Thursday, so (day + 4) mod 7 gives 0 for Sunday. */
function isWeekday(day: number): boolean {
  const weekday = (((day + 4) % 7) + 7) % 7;
  return weekday !== 0 && weekday !== 6;
}

/** Weekdays (Mon–Fri, holidays not excluded) strictly between two epoch days. */
export function weekdaysStrictlyBetween(fromDay: number, toDay: number): number {
  const first = fromDay + 1;
  const span = toDay - first; // days in [first, toDay)
  if (span <= 0) return 0;
  let count = Math.floor(span / 7) * 5;
  for (let day = first + Math.floor(span / 7) * 7; day < toDay; day++) if (isWeekday(day)) count++;
  return count;
}
