import type { ReturnsResult } from './calculators/types.js';

export interface CachedReturns {
  ledgerVersion: number;
  /** Every ticker whose prices were asked for, including those with none stored yet. */
  tickers: string[];
  priceVersions: Map<string, string>;
  result: ReturnsResult;
  /** Computed with its series (a returns request computes none; a performance request needs one). */
  withSeries: boolean;
}

export function sameVersions(a: Map<string, string>, b: Map<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [ticker, version] of a) if (b.get(ticker) !== version) return false;
  return true;
}
