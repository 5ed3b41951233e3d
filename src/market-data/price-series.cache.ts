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
  private readonly entries = new Map<string, Entry>();
  private size = 0;

  constructor(private readonly maxBars: number) {}

  get(ticker: string, version: string): CloseBar[] | undefined {
    const entry = this.entries.get(ticker);
    if (!entry || entry.version !== version) return undefined;
    this.entries.delete(ticker);
    this.entries.set(ticker, entry);
    return entry.bars;
  }

  set(ticker: string, version: string, bars: CloseBar[]): void {
    this.remove(ticker);
    if (bars.length > this.maxBars) return;
    this.entries.set(ticker, { version, bars });
    this.size += bars.length;
    for (const [oldest] of this.entries) {
      if (this.size <= this.maxBars) break;
      this.remove(oldest);
    }
  }

  private remove(ticker: string): void {
    const entry = this.entries.get(ticker);
    if (!entry) return;
    this.size -= entry.bars.length;
    this.entries.delete(ticker);
  }
}
