import type { BarSource, StoredBar } from './price-bar.js';

/** The stock_prices columns a bar's COPY row fills, in order. */
export const BAR_COPY_COLUMNS =
  'ticker, date, open, high, low, close, volume, vwap, trades, adjusted, source, fetched_at';

/** Rows per chunk handed to the COPY stream: about 300 KB of text, a ten-year series in one. */
const ROWS_PER_CHUNK = 3000;

/** A bar's 9 own fields, tab-joined, none holding a character the COPY text format would escape. */
const PLAIN_FIELDS = /^[^\t\n\r\\]*(?:\t[^\t\n\r\\]*){8}$/;

/**
 * `bars` as COPY … FROM STDIN text rows (tab-separated, `\N` for null), in chunks. Values are dates and
 * plain decimals, so nothing needs escaping; a row that would (a tab or newline inside a value could
 * shift columns or start a forged row) throws instead, without quoting the value.
 */
export function* barCopyRows(
  ticker: string,
  bars: StoredBar[],
  source: BarSource,
  fetchedAt: string,
): Generator<string> {
  const suffix = `\t${source.adjusted ? 't' : 'f'}\t${source.source}\t${fetchedAt}\n`;
  for (let start = 0; start < bars.length; start += ROWS_PER_CHUNK) {
    let chunk = '';
    for (const bar of bars.slice(start, start + ROWS_PER_CHUNK)) {
      const fields = `${ticker}\t${bar.date}\t${bar.open}\t${bar.high}\t${bar.low}\t${bar.close}\t${bar.volume}`;
      const optional = `${bar.vwap ?? ''}\t${bar.trades ?? ''}`;
      if (!PLAIN_FIELDS.test(`${fields}\t${optional}`))
        throw new Error('A bar holds a value that COPY text would have to escape');
      chunk += `${fields}\t${bar.vwap ?? '\\N'}\t${bar.trades ?? '\\N'}${suffix}`;
    }
    yield chunk;
  }
}
