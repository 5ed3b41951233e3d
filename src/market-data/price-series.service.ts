import { Injectable } from '@nestjs/common';
import { VersionedCache } from '../common/cache/versioned-cache.js';
import type { IsoDate } from '../common/time/calendar-date.js';
import { lastIndexOnOrBefore } from '../common/time/last-on-or-before.js';
import { newestDate, sliceSeries, type CloseSeries, type TickerCloses } from './close-series.js';
import type { CloseBar } from './price-bar.js';
import { PricesRepository } from './prices.repository.js';

/**
 * About 5 MB of closes (12 bytes each): 160 tickers × 10 years. Kept at the bar count of when a bar was an
 * object of ~100 bytes, so the cache holds the same series as before in an eighth of the memory.
 */
const CACHE_MAX_BARS = 400_000;

export interface WindowCloses {
  /**
   * Per ticker: the latest bar on or before `start`, then every bar in (start, end]; as typed arrays (what
   * `window` reads), or bar objects in closes made by hand.
   */
  bars: Map<string, TickerCloses>;
  /** The price versions the bars were read at (for callers that cache what they compute from them). */
  versions: Map<string, string>;
  /** Per ticker with bars: the date of its newest stored bar, which may lie after `end`. */
  newest: Map<string, IsoDate>;
}

/** Close series for a window, served from a version-checked cache: one small query when nothing changed. */
@Injectable()
export class PriceSeriesService {
  /**
   * Whole close series per ticker at the price version they were read at: stored prices change only through
   * writes that bump the version, so a matching version means the series is exactly what the database holds.
   */
  private readonly cache = new VersionedCache<CloseSeries>(CACHE_MAX_BARS, (series) => series.length);

  constructor(private readonly prices: PricesRepository) {}

  priceVersions(tickers: string[]): Promise<Map<string, string>> {
    return this.prices.priceVersions(tickers);
  }

  /** `versions`, when given, must have been read by `priceVersions(tickers)` before this call. */
  async window(
    tickers: string[],
    start: IsoDate,
    end: IsoDate,
    versions?: Map<string, string>,
  ): Promise<WindowCloses> {
    // Versions first: a series read after them is at least as new, so it is never cached as fresher than
    // it is.
    versions ??= await this.prices.priceVersions(tickers);
    const series = new Map<string, CloseSeries>();
    const stale: string[] = [];
    for (const [ticker, version] of versions) {
      const cached = this.cache.get(ticker, version);
      if (cached) series.set(ticker, cached);
      else stale.push(ticker);
    }
    for (const [ticker, read] of await this.prices.closeArrays(stale)) {
      this.cache.set(ticker, versions.get(ticker)!, read);
      series.set(ticker, read);
    }
    const bars = new Map<string, TickerCloses>();
    const newest = new Map<string, IsoDate>();
    for (const [ticker, all] of series) {
      const window = sliceWindow(all, start, end);
      if (window.length > 0) bars.set(ticker, window);
      const last = newestDate(all);
      if (last !== undefined) newest.set(ticker, last);
    }
    return { bars, versions, newest };
  }
}

/**
 * The latest bar on or before `start` and every bar in (start, end], by binary search: of a series as
 * views into its arrays, of bar objects as a copy.
 */
export function sliceWindow(series: CloseSeries, start: IsoDate, end: IsoDate): CloseSeries;
export function sliceWindow(bars: CloseBar[], start: IsoDate, end: IsoDate): CloseBar[];
export function sliceWindow(bars: TickerCloses, start: IsoDate, end: IsoDate): TickerCloses;
export function sliceWindow(bars: TickerCloses, start: IsoDate, end: IsoDate): TickerCloses {
  if (!Array.isArray(bars)) return sliceSeries(bars, start, end);
  const first = Math.max(0, lastIndexOnOrBefore(bars, start));
  const last = lastIndexOnOrBefore(bars, end);
  return last < first ? [] : bars.slice(first, last + 1);
}
