import { addDays, type IsoDate } from '../../src/common/time/calendar-date.js';

/**
 * NYSE-like trading days for synthetic data: weekends and the regular full-day holidays are closed,
 * with the exchange's observance rules (Saturday holiday → Friday before, Sunday → Monday after;
 * New Year's Day on a Saturday is not observed). One-off closures (e.g. 2012 Sandy, national days of
 * mourning) are deliberately left out: the point is realistic gaps, not an authoritative calendar.
 */
export function isTradingDay(date: IsoDate): boolean {
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6 && !holidaysOf(Number(date.slice(0, 4))).has(date);
}

export function tradingDaysBetween(from: IsoDate, to: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) if (isTradingDay(date)) days.push(date);
  return days;
}

const holidayCache = new Map<number, Set<IsoDate>>();

export function holidaysOf(year: number): ReadonlySet<IsoDate> {
  let holidays = holidayCache.get(year);
  if (!holidays) {
    holidays = new Set([
      ...newYearsDay(year),
      nthWeekday(year, 1, 1, 3), // Martin Luther King Jr. Day: third Monday of January
      nthWeekday(year, 2, 1, 3), // Washington's Birthday: third Monday of February
      addDays(easterSunday(year), -2), // Good Friday
      lastWeekday(year, 5, 1), // Memorial Day: last Monday of May
      ...(year >= 2022 ? [observed(iso(year, 6, 19))] : []), // Juneteenth, an NYSE holiday from 2022
      observed(iso(year, 7, 4)),
      nthWeekday(year, 9, 1, 1), // Labor Day: first Monday of September
      nthWeekday(year, 11, 4, 4), // Thanksgiving: fourth Thursday of November
      observed(iso(year, 12, 25)),
    ]);
    holidayCache.set(year, holidays);
  }
  return holidays;
}

/** Gregorian Easter Sunday (anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

/** NYSE does not move New Year's Day back into the previous year when it falls on a Saturday. */
function newYearsDay(year: number): IsoDate[] {
  const date = iso(year, 1, 1);
  const weekday = dayOfWeek(date);
  if (weekday === 6) return [];
  return [weekday === 0 ? addDays(date, 1) : date];
}

function observed(date: IsoDate): IsoDate {
  const weekday = dayOfWeek(date);
  return weekday === 6 ? addDays(date, -1) : weekday === 0 ? addDays(date, 1) : date;
}

/** weekday: 0 = Sunday … 6 = Saturday; n: 1-based. */
function nthWeekday(year: number, month: number, weekday: number, n: number): IsoDate {
  const first = iso(year, month, 1);
  const offset = (weekday - dayOfWeek(first) + 7) % 7;
  return addDays(first, offset + 7 * (n - 1));
}

function lastWeekday(year: number, month: number, weekday: number): IsoDate {
  const last = addDays(month === 12 ? iso(year + 1, 1, 1) : iso(year, month + 1, 1), -1);
  return addDays(last, -((dayOfWeek(last) - weekday + 7) % 7));
}

export function dayOfWeek(date: IsoDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

function iso(year: number, month: number, day: number): IsoDate {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
