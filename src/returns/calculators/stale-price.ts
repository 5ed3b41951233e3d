import type { IsoDate } from '../../common/time/calendar-date.js';
import { weekdaysStrictlyBetween } from './weekdays.js';

/**
 * A close is stale on a day when more than this many weekdays (Mon–Fri, holidays not excluded) lie strictly
 * between its bar and that day: a week of missing bars, more than a holiday or a long weekend explains.
 */
export const STALE_AFTER_WEEKDAYS = 5;

export interface StalePrice {
  /** The first window day the stale close was used on. */
  date: IsoDate;
  barDate: IsoDate;
}

/** Whether a bar of epoch day `barDay` is stale on epoch day `day`. */
export function isStale(barDay: number, day: number): boolean {
  // Six days strictly between hold at most five weekdays: only longer gaps need counting.
  return day - barDay > 7 && weekdaysStrictlyBetween(barDay, day) > STALE_AFTER_WEEKDAYS;
}
