import type { StoredBar } from '../../src/market-data/price-bar.js';

/** A stored bar whose prices are all `close` (what most storage tests need), with any field overridden. */
export const storedBar = (date: string, close: string, overrides: Partial<StoredBar> = {}): StoredBar => ({
  date,
  open: close,
  high: close,
  low: close,
  close,
  volume: '1000',
  vwap: null,
  trades: null,
  ...overrides,
});
