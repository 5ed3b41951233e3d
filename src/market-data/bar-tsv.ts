import type { IsoDate } from '../common/time/calendar-date.js';
import type { PackedCloseTexts } from './packed-closes.js';
import type { StoredBar } from './price-bar.js';

/**
 * A ticker's bars as text rows, one per bar: `date, open, high, low, close, volume, vwap, trades`,
 * tab-separated, `\N` for a null, each row ending in a newline. The values are dates, integers and plain
 * decimals, digit for digit as the provider sent them, so nothing in them needs escaping. A provider's
 * scanner writes this straight from the response bytes: no string or object per bar, and the rows become
 * COPY rows by adding the ticker in front and the source behind (bar-copy-rows.ts).
 */
export interface BarTsv {
  /** Rows, ascending by date, one per date. */
  count: number;
  rows: Buffer;
  first: IsoDate | null;
  last: IsoDate | null;
  /** Whether the dates are strictly ascending (one bar per date), as a provider's single page should be. */
  ascending: boolean;
  /** The bars' packed close series (packClosesOf's answer for them), null where it would be null. */
  packed: PackedCloseTexts | null;
}

const TAB = 0x09;
const NEWLINE = 0x0a;
const COMMA = 0x2c;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;
const BACKSLASH = 0x5c;
const UPPER_N = 0x4e;

/** Bytes a ten-year row takes is ~60: the buffer starts at this many per expected row and doubles. */
const ROW_BYTES_GUESS = 64;

/**
 * Writes BarTsv rows value by value. Values come as bytes of a source buffer (copied as they are) or as
 * strings of ASCII digits; the caller guarantees their grammar (a scanner that validated every number).
 */
export class BarTsvWriter {
  private rows: Buffer;
  private at = 0;
  private dates: Buffer;
  private datesAt = 0;
  private closes: Buffer;
  private closesAt = 0;
  private count = 0;
  private first: IsoDate | null = null;
  private last: IsoDate | null = null;
  private ascending = true;
  /** Whether every date and close so far is as PostgreSQL prints it. */
  private packable = true;

  constructor(expectedRows: number) {
    const rows = Math.max(16, expectedRows);
    this.rows = Buffer.allocUnsafe(rows * ROW_BYTES_GUESS);
    this.dates = Buffer.allocUnsafe(rows * 11);
    this.closes = Buffer.allocUnsafe(rows * 12);
  }

  /** Starts a row with its date (YYYY-MM-DD). */
  date(date: IsoDate): void {
    if (this.last !== null && !(date > this.last)) this.ascending = false;
    if (!isoDateShape(date)) this.packable = false;
    if (this.first === null) this.first = date;
    this.last = date;
    this.count++;
    this.reserve(11);
    this.at = writeAscii(this.rows, this.at, date);
    if (this.datesAt + 11 > this.dates.length) this.dates = grown(this.dates, this.datesAt, 11);
    if (this.datesAt > 0) this.dates[this.datesAt++] = COMMA;
    this.datesAt = writeAscii(this.dates, this.datesAt, date);
  }

  /** A decimal copied from `source[start, end)`. */
  bytes(source: Uint8Array, start: number, end: number): void {
    this.reserve(end - start + 1);
    const rows = this.rows;
    let at = this.at;
    rows[at++] = TAB;
    for (let i = start; i < end; i++) rows[at++] = source[i];
    this.at = at;
  }

  /**
   * An integer given in exponent form, shifted: the digits of `source[start, dot)` and `source[dot + 1,
   * end)`, then `zeros` zeros (`8.8500152e+07` → `88500152`).
   */
  shifted(source: Uint8Array, start: number, dot: number, end: number, zeros: number): void {
    this.reserve(end - start + zeros + 1);
    const rows = this.rows;
    let at = this.at;
    rows[at++] = TAB;
    for (let i = start; i < dot; i++) rows[at++] = source[i];
    for (let i = dot + 1; i < end; i++) rows[at++] = source[i];
    for (let i = 0; i < zeros; i++) rows[at++] = ZERO;
    this.at = at;
  }

  /** A decimal or integer given as text. */
  text(value: string): void {
    this.reserve(value.length + 1);
    this.rows[this.at++] = TAB;
    this.at = writeAscii(this.rows, this.at, value);
  }

  /** The close: written like `bytes`, and kept for the packed series. */
  closeBytes(source: Uint8Array, start: number, end: number): void {
    this.bytes(source, start, end);
    this.keepClose(this.rows, this.at - (end - start), this.at);
  }

  closeText(value: string): void {
    this.text(value);
    this.keepClose(this.rows, this.at - value.length, this.at);
  }

  integer(value: number): void {
    this.text(String(value));
  }

  nullValue(): void {
    this.reserve(3);
    this.rows[this.at++] = TAB;
    this.rows[this.at++] = BACKSLASH;
    this.rows[this.at++] = UPPER_N;
  }

  endRow(): void {
    this.reserve(1);
    this.rows[this.at++] = NEWLINE;
  }

  finish(): BarTsv {
    const packed =
      this.packable && this.ascending && this.count > 0
        ? {
            dates: this.dates.toString('latin1', 0, this.datesAt),
            closes: this.closes.toString('latin1', 0, this.closesAt),
          }
        : null;
    return {
      count: this.count,
      rows: this.rows.subarray(0, this.at),
      first: this.first,
      last: this.last,
      ascending: this.ascending,
      packed,
    };
  }

  private keepClose(source: Buffer, start: number, end: number): void {
    if (!plainNumeric(source, start, end)) this.packable = false;
    if (this.closesAt + (end - start) + 1 > this.closes.length)
      this.closes = grown(this.closes, this.closesAt, end - start + 1);
    if (this.closesAt > 0) this.closes[this.closesAt++] = COMMA;
    const closes = this.closes;
    let at = this.closesAt;
    for (let i = start; i < end; i++) closes[at++] = source[i];
    this.closesAt = at;
  }

  private reserve(bytes: number): void {
    if (this.at + bytes > this.rows.length) this.rows = grown(this.rows, this.at, bytes);
  }
}

/** The bars of `tsv` as objects (for callers that want them; the write path does not). */
export function decodeBarTsv(tsv: BarTsv): StoredBar[] {
  const bars: StoredBar[] = [];
  const text = tsv.rows.toString('latin1');
  if (text.length === 0) return bars;
  for (const row of text.slice(0, -1).split('\n')) {
    const [date, open, high, low, close, volume, vwap, trades] = row.split('\t');
    bars.push({
      date,
      open,
      high,
      low,
      close,
      volume,
      vwap: vwap === '\\N' ? null : vwap,
      trades: trades === '\\N' ? null : Number(trades),
    });
  }
  return bars;
}

/** /^(?:0|[1-9]\d*)(?:\.\d+)?$/ over bytes: the text PostgreSQL prints back unchanged for a numeric. */
function plainNumeric(bytes: Uint8Array, start: number, end: number): boolean {
  let i = start;
  if (i >= end) return false;
  if (bytes[i] === ZERO) i++;
  else {
    if (!(bytes[i] > ZERO && bytes[i] <= NINE)) return false;
    while (i < end && bytes[i] >= ZERO && bytes[i] <= NINE) i++;
  }
  if (i === end) return true;
  if (bytes[i] !== DOT || i + 1 === end) return false;
  for (i++; i < end; i++) if (!(bytes[i] >= ZERO && bytes[i] <= NINE)) return false;
  return true;
}

/** YYYY-MM-DD (the dates PostgreSQL prints back unchanged; a year past 9999 is not). */
function isoDateShape(date: string): boolean {
  if (date.length !== 10 || date.charCodeAt(4) !== 0x2d || date.charCodeAt(7) !== 0x2d) return false;
  for (let i = 0; i < 10; i++) {
    const c = date.charCodeAt(i);
    if (i !== 4 && i !== 7 && !(c >= ZERO && c <= NINE)) return false;
  }
  return true;
}

function writeAscii(buffer: Buffer, at: number, text: string): number {
  for (let i = 0; i < text.length; i++) buffer[at++] = text.charCodeAt(i);
  return at;
}

function grown(buffer: Buffer, used: number, more: number): Buffer {
  const bigger = Buffer.allocUnsafe(Math.max(buffer.length * 2, used + more));
  buffer.copy(bigger, 0, 0, used);
  return bigger;
}
