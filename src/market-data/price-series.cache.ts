import { LruMap } from '../common/cache/lru-map.js';

interface Entry<Series> {
  version: string;
  series: Series;
}

/**
 * Whole close series per ticker, each tagged with the version it was read at, least recently used first
 * out once the cache holds more than `maxBars` bars (a series weighs its `length`). Stored prices change
 * only through upserts, which bump the version, so a matching version means the cached series is exactly
 * what the database holds.
 */
export class PriceSeriesCache<Series extends { readonly length: number }> {
  private readonly entries: LruMap<string, Entry<Series>>;

  constructor(maxBars: number) {
    this.entries = new LruMap(maxBars, (entry) => entry.series.length);
  }

  get(ticker: string, version: string): Series | undefined {
    const entry = this.entries.get(ticker);
    return entry?.version === version ? entry.series : undefined;
  }

  set(ticker: string, version: string, series: Series): void {
    this.entries.set(ticker, { version, series });
  }
}
