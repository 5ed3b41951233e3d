import { LruMap } from '../common/cache/lru-map.js';
import type { BarArrays, PriceBar } from './calculators/types.js';
import { epochDay } from './calculators/weekdays.js';

interface Entry {
  version: string;
  /** The first bar object and the length of the slice the arrays were built from. */
  first: PriceBar;
  length: number;
  arrays: BarArrays;
}

/**
 * Each ticker's window of closes as typed arrays (epoch days and closes), kept with the price version
 * they were built at. A recompute then walks compact arrays instead of thousands of bar objects and date
 * strings scattered over the old generation (a cache miss or two per bar), and parses no date again.
 * One entry per ticker: the slice served last (its first bar object and length identify it, since the
 * price cache hands out the same objects while the version holds). Weighed by bars.
 */
export class BarArraysCache {
  private readonly entries: LruMap<string, Entry>;

  constructor(maxBars: number) {
    this.entries = new LruMap(maxBars, (entry) => 1 + entry.length);
  }

  /** The arrays of `bars` (ascending, valid dates), from the cache when the same slice was seen at `version`. */
  of(ticker: string, version: string | undefined, bars: readonly PriceBar[]): BarArrays {
    const entry = this.entries.get(ticker);
    if (entry && entry.version === version && entry.first === bars[0] && entry.length === bars.length)
      return entry.arrays;
    const arrays: BarArrays = {
      days: Int32Array.from(bars, (bar) => epochDay(bar.date)),
      closes: Float64Array.from(bars, (bar) => bar.close),
    };
    if (version !== undefined && bars.length > 0)
      this.entries.set(ticker, { version, first: bars[0], length: bars.length, arrays });
    return arrays;
  }
}
