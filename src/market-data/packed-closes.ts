import { DecimalCursor } from '../common/decimal/decimal-cursor.js';
import { epochDayAt } from '../common/time/epoch-day.js';
import type { StoredBar } from './price-bar.js';

const COMMA = 44;
const ISO_DATE_LENGTH = 10;

/**
 * The epoch days of a packed, comma-joined list of YYYY-MM-DD dates (`stock_close_series.dates`), read
 * in place: every date is ten characters and a comma, so no substring is made.
 */
export function parsePackedDays(text: string): Int32Array {
  if (text.length === 0) return new Int32Array(0);
  const stride = ISO_DATE_LENGTH + 1;
  if ((text.length + 1) % stride !== 0) throw new Error('packed dates are not comma-joined YYYY-MM-DD');
  const days = new Int32Array((text.length + 1) / stride);
  for (let i = 0, at = 0; i < days.length; i++, at += stride) days[i] = epochDayAt(text, at);
  return days;
}

/**
 * The `count` numbers of a packed, comma-joined list of numeric texts (`stock_close_series.closes`), each
 * exactly the double Number() gives for it (DecimalCursor), with no substring per close.
 */
export function parsePackedCloses(text: string, count: number): Float64Array {
  const closes = new Float64Array(count);
  if (count === 0 && text.length === 0) return closes;
  const cursor = new DecimalCursor(text);
  let index = 0;
  while (cursor.at <= text.length && index < count) closes[index++] = cursor.decimal(COMMA);
  if (index !== count || cursor.at <= text.length)
    throw new Error(`packed closes do not hold ${count} values`);
  return closes;
}

// Run once at load, in the interpreter, so that every branch has type feedback: a ten-year series is
// long enough for V8 to optimize the first call mid-loop (OSR), and that code, compiled before the check
// after the loop had ever run, deoptimized there on every later call (67 times in one bench:returns run).
// The values take each path: a fraction, a sign, and Number() (19 digits).
parsePackedCloses('1.5,-2,1234567890123456789', 3);

/** A ticker's packed close series as stored in stock_close_series: two comma-joined texts, in date order. */
export interface PackedCloseTexts {
  dates: string;
  closes: string;
}

/** Text PostgreSQL prints back unchanged for a date and for a numeric (no sign, exponent or leading zero). */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const PLAIN_NUMERIC = /^(?:0|[1-9]\d*)(?:\.\d+)?$/;

/** Whether PostgreSQL prints this date back as it is (YYYY-MM-DD; a year past 9999 is not). */
export function printsAsStoredDate(date: string): boolean {
  return ISO_DATE.test(date);
}

/**
 * The packed series of `bars` when they are all of a ticker's stored bars, exactly as the repack SQL
 * (string_agg of date::text and close::text by date) would build it from the rows, so a first load need
 * not read its bars back. Null when the texts could differ from PostgreSQL's (a close such as "+1", "1e3"
 * or "01", a date out of order or repeated): the caller then repacks with SQL.
 */
export function packClosesOf(bars: readonly StoredBar[]): PackedCloseTexts | null {
  if (bars.length === 0) return null;
  let dates = '';
  let closes = '';
  let previous = '';
  for (let i = 0; i < bars.length; i++) {
    const { date, close } = bars[i];
    if (!(date > previous) || !printsAsStoredDate(date) || !PLAIN_NUMERIC.test(close)) return null;
    previous = date;
    if (i > 0) {
      dates += ',';
      closes += ',';
    }
    dates += date;
    closes += close;
  }
  return { dates, closes };
}
