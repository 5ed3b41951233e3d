import { LruMap } from '../common/cache/lru-map.js';
import type { CloseBar } from './price-bar.js';

interface Entry {
  version: string;
  bars: CloseBar[];
}

/**
 * Whole close series per ticker, each tagged with the version it was read at, least recently used first
 * out once the cache holds more than `maxBars` bars. Stored prices change only through upserts, which bump
 * the version, so a matching version means the cached series is exactly what the database holds.
 */
export class PriceSeriesCache {
  private readonly entries: LruMap<string, Entry>;

  constructor(maxBars: number) {
    this.entries = new LruMap(maxBars, (entry) => entry.bars.length);
  }

  get(ticker: string, version: string): CloseBar[] | undefined {
    const entry = this.entries.get(ticker);
    return entry?.version === version ? entry.bars : undefined;
  }

  set(ticker: string, version: string, bars: CloseBar[]): void {
    this.entries.set(ticker, { version, bars });
  }
}
