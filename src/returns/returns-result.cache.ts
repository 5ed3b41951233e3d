import type { ReturnsResult } from './calculators/types.js';

export interface CachedReturns {
  ledgerVersion: number;
  /** Every ticker whose prices were asked for, including those with none stored yet. */
  tickers: string[];
  priceVersions: Map<string, string>;
  result: ReturnsResult;
}

/**
 * Computed returns by (customer, window, benchmark), least recently used first out. An entry is only
 * served after its ledger and price versions were checked against the database.
 */
export class ReturnsResultCache {
  private readonly entries = new Map<string, CachedReturns>();

  constructor(private readonly maxEntries: number) {}

  get(key: string): CachedReturns | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, entry: CachedReturns): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    for (const [oldest] of this.entries) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldest);
    }
  }
}

export function sameVersions(a: Map<string, string>, b: Map<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [ticker, version] of a) if (b.get(ticker) !== version) return false;
  return true;
}
