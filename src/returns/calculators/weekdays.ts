import type { IsoDate } from '../../common/time/calendar-date.js';

/**
 * Days since 1970-01-01 of a valid YYYY-MM-DD date, by integer arithmetic on its digits (days from civil,
 * H. Hinnant): a few nanoseconds, where a Date.parse round trip costs a hundred. Called once per bar and
 * event of a walk, never per day.
 */
export function epochDay(date: IsoDate): number {
  // `| 0` keeps every step in small integers: no float division on the way.
  const year =
    (date.charCodeAt(0) * 1000 +
      date.charCodeAt(1) * 100 +
      date.charCodeAt(2) * 10 +
      date.charCodeAt(3) -
      53328) |
    0;
  const month = (date.charCodeAt(5) * 10 + date.charCodeAt(6) - 528) | 0;
  const day = (date.charCodeAt(8) * 10 + date.charCodeAt(9) - 528) | 0;
  // Years start on March 1st, so that the leap day is the last day of a year.
  const y = month <= 2 ? year - 1 : year;
  const era = ((y >= 0 ? y : y - 399) / 400) | 0;
  const yearOfEra = y - era * 400;
  const dayOfYear = (((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) | 0) + day - 1;
  const dayOfEra = yearOfEra * 365 + ((yearOfEra / 4) | 0) - ((yearOfEra / 100) | 0) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
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
