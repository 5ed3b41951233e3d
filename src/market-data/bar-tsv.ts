import type { IsoDate } from '../common/time/calendar-date.js';
import { ByteBuffer } from './byte-buffer.js';
import { type PackedCloseTexts, printsAsStoredDate } from './packed-closes.js';
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

/** A null value after its tab: `\t\N` (in BarTsv rows and COPY text alike). */
export const NULL_FIELD = Buffer.from('\t\\N', 'latin1');

/** Bytes a ten-year row takes is ~60: the buffer starts at this many per expected row and doubles. */
const ROW_BYTES_GUESS = 64;

/**
 * Writes BarTsv rows value by value. Values come as bytes of a source buffer (copied as they are) or as
 * strings of ASCII digits; the caller guarantees their grammar (a scanner that validated every number).
 */
export class BarTsvWriter {
  private readonly rows: ByteBuffer;
  /** The packed series' dates and closes, comma-joined. */
  private readonly dates: ByteBuffer;
  private readonly closes: ByteBuffer;
  private count = 0;
  private first: IsoDate | null = null;
  private last: IsoDate | null = null;
  private ascending = true;
  /** Whether every date and close so far is as PostgreSQL prints it. */
  private packable = true;

  constructor(expectedRows: number) {
    const rows = Math.max(16, expectedRows);
    this.rows = new ByteBuffer(rows * ROW_BYTES_GUESS);
    this.dates = new ByteBuffer(rows * 11);
    this.closes = new ByteBuffer(rows * 12);
  }

  /** Starts a row with its date (YYYY-MM-DD). */
  date(date: IsoDate): void {
    if (this.last !== null && !(date > this.last)) this.ascending = false;
    if (!printsAsStoredDate(date)) this.packable = false;
    if (this.first === null) this.first = date;
    this.last = date;
    this.count++;
    this.rows.ascii(date);
    if (this.dates.length > 0) this.dates.byte(COMMA);
    this.dates.ascii(date);
  }

  /** A decimal copied from `source[start, end)`. */
  bytes(source: Uint8Array, start: number, end: number): void {
    this.rows.byte(TAB);
    this.rows.copy(source, start, end);
  }

  /**
   * An integer given in exponent form, shifted: the digits of `source[start, dot)` and `source[dot + 1,
   * end)`, then `zeros` zeros (`8.8500152e+07` → `88500152`).
   */
  shifted(source: Uint8Array, start: number, dot: number, end: number, zeros: number): void {
    this.rows.byte(TAB);
    this.rows.copy(source, start, dot);
    this.rows.copy(source, dot + 1, end);
    for (let i = 0; i < zeros; i++) this.rows.byte(ZERO);
  }

  /** A decimal or integer given as text. */
  text(value: string): void {
    this.rows.byte(TAB);
    this.rows.ascii(value);
  }

  /** The close: written like `bytes`, and kept for the packed series. */
  closeBytes(source: Uint8Array, start: number, end: number): void {
    this.bytes(source, start, end);
    this.keepClose(source, start, end);
  }

  closeText(value: string): void {
    this.text(value);
    this.keepClose(this.rows.buffer, this.rows.length - value.length, this.rows.length);
  }

  integer(value: number): void {
    this.text(String(value));
  }

  nullValue(): void {
    this.rows.copy(NULL_FIELD);
  }

  endRow(): void {
    this.rows.byte(NEWLINE);
  }

  finish(): BarTsv {
    const packed =
      this.packable && this.ascending && this.count > 0
        ? {
            dates: this.dates.bytes().toString('latin1'),
            closes: this.closes.bytes().toString('latin1'),
          }
        : null;
    return {
      count: this.count,
      rows: this.rows.bytes(),
      first: this.first,
      last: this.last,
      ascending: this.ascending,
      packed,
    };
  }

  private keepClose(source: Uint8Array, start: number, end: number): void {
    if (!plainNumeric(source, start, end)) this.packable = false;
    if (this.closes.length > 0) this.closes.byte(COMMA);
    this.closes.copy(source, start, end);
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

/** packed-closes.ts's PLAIN_NUMERIC over bytes: the text PostgreSQL prints back unchanged for a numeric. */
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
