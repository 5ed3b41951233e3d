import { type BarTsv, NULL_FIELD } from './bar-tsv.js';
import { ByteBuffer } from './byte-buffer.js';
import type { BarSource, StoredBar } from './price-bar.js';

/**
 * The stock_prices columns a bar's COPY row fills, in order. fetched_at is left to its default, the
 * writing transaction's start: no timestamp to send and parse per row.
 */
export const BAR_COPY_COLUMNS =
  'ticker, date, open, high, low, close, volume, vwap, trades, adjusted, source';

/** Rows per chunk handed to the COPY stream: about 300 KB of text, a ten-year series in one. */
const ROWS_PER_CHUNK = 3000;

/** Bytes a row takes at most before the chunk's buffer grows (a ten-year row is ~75). */
const ROW_BYTES_GUESS = 128;

const TAB = 0x09;
const NEWLINE = 0x0a;
const RETURN = 0x0d;
const BACKSLASH = 0x5c;
const ASCII_MAX = 0x7f;

/**
 * `bars` as COPY … FROM STDIN text rows (tab-separated, `\N` for null), in chunks of UTF-8 bytes written
 * straight into a buffer: no string per row or chunk to build, flatten and encode again. Values are dates
 * and plain decimals, so nothing needs escaping; a value that would (a tab or newline inside a value could
 * shift columns or start a forged row) throws instead, without quoting the value.
 */
export function* barCopyRows(ticker: string, bars: StoredBar[], source: BarSource): Generator<Buffer> {
  // Encoded once: copied byte by byte into each row, not encoded by a native call per row.
  const suffix = Buffer.from(`\t${source.adjusted ? 't' : 'f'}\t${source.source}\n`, 'utf8');
  for (let start = 0; start < bars.length; start += ROWS_PER_CHUNK) {
    const end = Math.min(bars.length, start + ROWS_PER_CHUNK);
    const out = new CopyText((end - start) * ROW_BYTES_GUESS);
    for (let i = start; i < end; i++) {
      const bar = bars[i];
      out.value(ticker);
      out.value(bar.date);
      out.value(bar.open);
      out.value(bar.high);
      out.value(bar.low);
      out.value(bar.close);
      out.value(bar.volume);
      if (bar.vwap === null) out.raw(NULL_FIELD);
      else out.value(bar.vwap);
      if (bar.trades === null) out.raw(NULL_FIELD);
      else out.value(String(bar.trades));
      out.raw(suffix);
    }
    yield out.bytes();
  }
}

/**
 * barCopyRows for bars held as BarTsv rows: each row copied between the ticker in front and the source
 * behind, in one buffer (the rows' values are already checked: the writer's caller validated them).
 */
export function* tsvCopyRows(ticker: string, tsv: BarTsv, source: BarSource): Generator<Buffer> {
  const prefix = Buffer.from(`${checked(ticker)}\t`, 'utf8');
  const suffix = Buffer.from(`\t${source.adjusted ? 't' : 'f'}\t${checked(source.source)}\n`, 'utf8');
  const rows = tsv.rows;
  const out = Buffer.allocUnsafe(rows.length + tsv.count * (prefix.length + suffix.length));
  // Byte loops: rows are ~60 bytes, where a native copy call per part costs more than the bytes.
  let at = 0;
  for (let i = 0; i < rows.length; i++) {
    for (let p = 0; p < prefix.length; p++) out[at++] = prefix[p];
    while (i < rows.length && rows[i] !== NEWLINE) out[at++] = rows[i++];
    for (let s = 0; s < suffix.length; s++) out[at++] = suffix[s];
  }
  if (at > 0) yield out.subarray(0, at);
}

/** A value written into every row, checked once as CopyText.value checks each value. */
function checked(value: string): string {
  if (/[\t\n\r\\]/.test(value)) throw new Error('A bar holds a value that COPY text would have to escape');
  return value;
}

/** COPY text in a growing buffer; `value` writes a tab (except at a row's start) and a checked value. */
class CopyText {
  private readonly out: ByteBuffer;
  private rowStart = true;

  constructor(size: number) {
    this.out = new ByteBuffer(size);
  }

  value(text: string): void {
    const out = this.out;
    const length = text.length;
    const buffer = out.reserve(length + 1);
    if (!this.rowStart) buffer[out.length++] = TAB;
    this.rowStart = false;
    let at = out.length;
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i);
      if (code === TAB || code === NEWLINE || code === RETURN || code === BACKSLASH)
        throw new Error('A bar holds a value that COPY text would have to escape');
      if (code > ASCII_MAX) return this.utf8(text);
      buffer[at++] = code;
    }
    out.length = at;
  }

  /** Bytes written as they are (the row's fixed tail, `\N`); they end the row when they end with a newline. */
  raw(bytes: Uint8Array): void {
    this.out.copy(bytes);
    this.rowStart = bytes[bytes.length - 1] === NEWLINE;
  }

  bytes(): Buffer {
    return this.out.bytes();
  }

  /** A value with non-ASCII characters (already checked for escapes up to the first of them). */
  private utf8(text: string): void {
    const out = this.out;
    const buffer = out.reserve(Buffer.byteLength(checked(text)) + 1);
    out.length += buffer.write(text, out.length, 'utf8');
  }
}
