import type { StoredBar } from './price-bar.js';

/** A ticker's packed close series as stored in stock_close_series: two comma-joined texts, in date order. */
export interface PackedCloseTexts {
  dates: string;
  closes: string;
}

/** Text PostgreSQL prints back unchanged for a date and for a numeric (no sign, exponent or leading zero). */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const PLAIN_NUMERIC = /^(?:0|[1-9]\d*)(?:\.\d+)?$/;

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
    if (!(date > previous) || !ISO_DATE.test(date) || !PLAIN_NUMERIC.test(close)) return null;
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
