import type { IsoDate } from './calendar-date.js';

/**
 * Days since 1970-01-01 of the valid YYYY-MM-DD date at `at` in `text`, by integer arithmetic on its digits
 * (days from civil, H. Hinnant): packed dates are read where they lie, without a substring per date.
 */
export function epochDayAt(text: string, at: number): number {
  const year =
    (text.charCodeAt(at) * 1000 +
      text.charCodeAt(at + 1) * 100 +
      text.charCodeAt(at + 2) * 10 +
      text.charCodeAt(at + 3) -
      53328) |
    0;
  const month = (text.charCodeAt(at + 5) * 10 + text.charCodeAt(at + 6) - 528) | 0;
  const day = (text.charCodeAt(at + 8) * 10 + text.charCodeAt(at + 9) - 528) | 0;
  // Years start on March 1st, so that the leap day is the last day of a year.
  const y = month <= 2 ? year - 1 : year;
  const era = ((y >= 0 ? y : y - 399) / 400) | 0;
  const yearOfEra = y - era * 400;
  const dayOfYear = (((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) | 0) + day - 1;
  const dayOfEra = yearOfEra * 365 + ((yearOfEra / 4) | 0) - ((yearOfEra / 100) | 0) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The YYYY-MM-DD date of days since 1970-01-01 (years 0000..9999; civil from days, H. Hinnant). */
export function isoDateOfEpochDay(epochDay: number): IsoDate {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153); // 0 = March
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}
