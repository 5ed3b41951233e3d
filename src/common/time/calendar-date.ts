/** Dates are ISO calendar strings (YYYY-MM-DD): they sort and compare as text, and carry no zone. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
  return date.toISOString().slice(0, 10) === value;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

const NEW_YORK = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'America/New_York',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The last instant's minute and its New York date (every request asks for today's). */
let lastDate = { minute: Number.NaN, date: '' };

/**
 * The calendar date in America/New_York (the exchange's date) of an instant. Formatting costs a few
 * microseconds, so the last one is kept for its UTC minute: since 1970 New York's offsets are whole hours,
 * so its midnight falls on a minute boundary and every instant of a minute has the same date.
 */
export function newYorkDate(instant: Date | number): IsoDate {
  const minute = Math.floor(Number(instant) / 60_000);
  if (minute === lastDate.minute) return lastDate.date;
  const date = NEW_YORK.format(instant);
  if (minute >= 0) lastDate = { minute, date };
  return date;
}

const NEW_YORK_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'America/New_York',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Minutes since midnight in America/New_York of an instant. */
export function newYorkMinutes(instant: Date | number): number {
  const [hours, minutes] = NEW_YORK_TIME.format(instant).split(':').map(Number);
  return hours * 60 + minutes;
}

/**
 * Why `date`, named `field`, may not be used: it lies after `today` (a New York date), the one bound every
 * date a request names shares. Undefined when it does not.
 */
export function futureDateMessage(field: string, date: IsoDate, today: IsoDate): string | undefined {
  return date > today ? `${field} ${date} is in the future (today is ${today} in New York)` : undefined;
}
