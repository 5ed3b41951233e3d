import { BarTsvWriter, type BarTsv } from '../../src/market-data/bar-tsv.js';
import type { StoredBar } from '../../src/market-data/price-bar.js';

/** `bars` as a provider's scanner would write them (every value given as text). */
export function barTsvOf(bars: StoredBar[]): BarTsv {
  const writer = new BarTsvWriter(bars.length);
  for (const bar of bars) {
    writer.date(bar.date);
    writer.text(bar.open);
    writer.text(bar.high);
    writer.text(bar.low);
    writer.closeText(bar.close);
    writer.text(bar.volume);
    if (bar.vwap === null) writer.nullValue();
    else writer.text(bar.vwap);
    if (bar.trades === null) writer.nullValue();
    else writer.integer(bar.trades);
    writer.endRow();
  }
  return writer.finish();
}
