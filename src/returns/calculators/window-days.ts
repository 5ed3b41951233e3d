import type { IsoDate } from '../../common/time/calendar-date.js';
import { epochDay } from './weekdays.js';

const TWO_DIGITS = Array.from({ length: 32 }, (_, n) => String(n).padStart(2, '0'));
const MONTH_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The calendar days of a window, start..end inclusive, by offset from `start`. The date strings are built
 * on first use only: a walk over typed arrays needs none of them unless an event or a series point asks.
 */
export class WindowDays {
  /** Days since 1970-01-01 of `start`, to tell weekdays apart. */
  readonly startDay: number;
  /** The window length T in days. */
  readonly length: number;
  private built: IsoDate[] | undefined;

  constructor(
    readonly start: IsoDate,
    end: IsoDate,
  ) {
    this.startDay = epochDay(start);
    this.length = epochDay(end) - this.startDay;
  }

  /** dates[offset], offset 0 being `start` (built once, not per day). */
  get dates(): readonly IsoDate[] {
    return (this.built ??= calendarDates(this.start, this.length));
  }

  /** The offset of a valid date inside the window (arithmetic on its digits), undefined outside it. */
  offsetOf(date: IsoDate): number | undefined {
    const offset = epochDay(date) - this.startDay;
    return offset >= 0 && offset <= this.length ? offset : undefined;
  }
}

/**
 * `start` and the `count` days after it. Carrying day → month → year costs a small fraction of a Date
 * round trip per day (addDays), which matters over decade-long windows.
 */
function calendarDates(start: IsoDate, count: number): IsoDate[] {
  let year = Number(start.slice(0, 4));
  let month = Number(start.slice(5, 7));
  let day = Number(start.slice(8, 10));
  let yearText = start.slice(0, 4);
  const dates = [start];
  for (let i = 0; i < count; i++) {
    if (day < daysInMonth(year, month)) day++;
    else if (month < 12) {
      day = 1;
      month++;
    } else {
      day = 1;
      month = 1;
      year++;
      yearText = String(year).padStart(4, '0');
    }
    dates.push(`${yearText}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}`);
  }
  return dates;
}

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : MONTH_DAYS[month];
}
