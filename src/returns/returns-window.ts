import type { FieldError } from '../common/problem/problem-details.js';
import { futureDateMessage, type IsoDate } from '../common/time/calendar-date.js';

/** The oldest date a window may name: no stored bar or trade is older, and it bounds the calendar walk. */
export const EARLIEST_WINDOW_DATE: IsoDate = '1970-01-01';

/**
 * What is wrong with a window's dates, field by field. Both ends must lie in 1970-01-01..today (New York),
 * so a window spans at most ~20,000 days however wide the request: its cost is bounded before any work.
 */
export function windowDateErrors(start: IsoDate, end: IsoDate, today: IsoDate): FieldError[] {
  const errors: FieldError[] = [];
  const check = (field: 'start_date' | 'end_date', date: IsoDate): void => {
    if (date < EARLIEST_WINDOW_DATE)
      errors.push({
        field,
        message: `${field} ${date} is before ${EARLIEST_WINDOW_DATE}, the earliest date served`,
      });
    else {
      const future = futureDateMessage(field, date, today);
      if (future) errors.push({ field, message: future });
    }
  };
  check('start_date', start);
  check('end_date', end);
  if (start > end)
    errors.push({ field: 'start_date', message: `start_date ${start} is after end_date ${end}` });
  return errors;
}
