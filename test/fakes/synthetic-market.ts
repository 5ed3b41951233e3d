import type { IsoDate } from '../../src/common/time/calendar-date.js';
import { newYorkWallTimeMs } from './new-york-time.js';
import { tradingDaysBetween } from './us-market-calendar.js';
import { mulberry32, seedOf } from '../support/seeded-random.js';

/** A split as Polygon lists it: 4-for-1 is splitFrom 1, splitTo 4. */
export interface SyntheticSplit {
  ticker: string;
  executionDate: IsoDate;
  splitFrom: number;
  splitTo: number;
}

/** A cash dividend as Polygon lists it; `currency` undefined leaves the key out (items before 2024). */
export interface SyntheticDividend {
  ticker: string;
  exDividendDate: IsoDate;
  cashAmount: number;
  payDate?: IsoDate;
  recordDate?: IsoDate;
  currency?: string;
  dividendType?: string;
}

export interface SyntheticTickerInfo {
  name: string;
  exchange: string;
}

export interface SyntheticMarketOptions {
  seed?: number;
  /** Calendar span of every series (default 2015-01-02 .. 2024-12-31: ten years). */
  firstDate?: IsoDate;
  lastDate?: IsoDate;
  splits?: SyntheticSplit[];
  /** Listed as given by /v3/reference/dividends; bars are never dividend-adjusted. */
  dividends?: SyntheticDividend[];
  /** Details for /v3/reference/tickers; other known tickers get a generated name on XNAS. */
  tickers?: Record<string, SyntheticTickerInfo>;
  /** Tickers Polygon "does not know": aggregates return no results, details 404. */
  unknownTickers?: string[];
}

/** One bar in Polygon's field names; t = 00:00 America/New_York of the session. */
export interface SyntheticBar {
  date: IsoDate;
  t: number;
  o: number;
  h: number;
  l: number;
  c: number;
  v: number;
  vw: number;
  n: number;
}

/** Split-adjusted prices and as-traded volumes, one column per field (compact for 500 × 10 years). */
interface Series {
  o: Float64Array;
  h: Float64Array;
  l: Float64Array;
  c: Float64Array;
  v: Float64Array;
  vw: Float64Array;
  n: Float64Array;
}

/**
 * Deterministic multi-year daily bars per ticker, in Polygon's shape: same seed and ticker, same bars.
 * Prices are a random walk with 2 decimals (4 for VWAP); volumes are large (so they serialize in
 * exponent form) and every seventh is fractional, as Polygon's have been since 2025. Splits make
 * adjusted=false prices before the execution date splitTo/splitFrom times the adjusted ones.
 */
export class SyntheticMarket {
  readonly firstDate: IsoDate;
  readonly lastDate: IsoDate;
  private readonly seed: number;
  private readonly days: IsoDate[];
  private readonly times: number[];
  private readonly splitList: SyntheticSplit[];
  private readonly dividendList: SyntheticDividend[];
  private readonly tickers: Record<string, SyntheticTickerInfo>;
  private readonly unknown: Set<string>;
  private readonly cache = new Map<string, Series>();

  constructor(options: SyntheticMarketOptions = {}) {
    this.seed = options.seed ?? 42;
    this.firstDate = options.firstDate ?? '2015-01-02';
    this.lastDate = options.lastDate ?? '2024-12-31';
    this.days = tradingDaysBetween(this.firstDate, this.lastDate);
    this.times = this.days.map((date) => newYorkWallTimeMs(date, 0));
    this.splitList = [...(options.splits ?? [])];
    this.dividendList = [...(options.dividends ?? [])];
    this.tickers = options.tickers ?? {};
    this.unknown = new Set(options.unknownTickers ?? ['UNKNOWN']);
  }

  get tradingDays(): readonly IsoDate[] {
    return this.days;
  }

  isKnown(ticker: string): boolean {
    return !this.unknown.has(ticker) && /^[A-Z][A-Z0-9.]{0,15}$/.test(ticker);
  }

  details(ticker: string): (SyntheticTickerInfo & { ticker: string }) | null {
    if (!this.isKnown(ticker)) return null;
    return { ticker, ...(this.tickers[ticker] ?? { name: `${ticker} Synthetic Inc.`, exchange: 'XNAS' }) };
  }

  /** A split announced after start: bars served from now on are adjusted for it (Polygon adjusts as of the query). */
  addSplit(split: SyntheticSplit): void {
    this.splitList.push(split);
  }

  /** A dividend listed after start. */
  addDividend(dividend: SyntheticDividend): void {
    this.dividendList.push(dividend);
  }

  /** One ticker's splits, or every ticker's when `ticker` is undefined (Polygon without the filter). */
  splits(ticker?: string): SyntheticSplit[] {
    return this.splitList.filter((split) => ticker === undefined || split.ticker === ticker);
  }

  /** One ticker's dividends, or every ticker's when `ticker` is undefined (Polygon without the filter). */
  dividends(ticker?: string): SyntheticDividend[] {
    return this.dividendList.filter((dividend) => ticker === undefined || dividend.ticker === ticker);
  }

  /** Bars with from <= date <= to (both inclusive, like Polygon), ascending. */
  bars(ticker: string, from: IsoDate, to: IsoDate, adjusted: boolean): SyntheticBar[] {
    if (!this.isKnown(ticker)) return [];
    const series = this.series(ticker);
    const factors = this.splits(ticker);
    const bars: SyntheticBar[] = [];
    for (let i = lowerBound(this.days, from); i < this.days.length && this.days[i] <= to; i++) {
      const date = this.days[i];
      const factor = factors.reduce(
        (f, s) => (s.executionDate > date ? (f * s.splitTo) / s.splitFrom : f),
        1,
      );
      const price = (value: number): number => (adjusted || factor === 1 ? value : round(value * factor, 4));
      bars.push({
        date,
        t: this.times[i],
        o: price(series.o[i]),
        h: price(series.h[i]),
        l: price(series.l[i]),
        c: price(series.c[i]),
        v: adjusted && factor !== 1 ? round(series.v[i] * factor, 6) : series.v[i],
        vw: price(series.vw[i]),
        n: series.n[i],
      });
    }
    return bars;
  }

  private series(ticker: string): Series {
    const cached = this.cache.get(ticker);
    if (cached) return cached;
    const random = mulberry32(seedOf(`${this.seed}:${ticker}`));
    const size = this.days.length;
    const series: Series = {
      o: new Float64Array(size),
      h: new Float64Array(size),
      l: new Float64Array(size),
      c: new Float64Array(size),
      v: new Float64Array(size),
      vw: new Float64Array(size),
      n: new Float64Array(size),
    };
    let close = round(20 + random() * 280, 2);
    for (let i = 0; i < size; i++) {
      const open = Math.max(0.01, round(close * (1 + (random() - 0.5) * 0.01), 2));
      close = Math.max(0.01, round(open * (1 + (random() - 0.5) * 0.04), 2));
      const high = round(Math.max(open, close) * (1 + random() * 0.01), 2);
      const low = Math.max(0.01, round(Math.min(open, close) * (1 - random() * 0.01), 2));
      const volume = Math.floor(1e6 + random() * 1.5e8);
      series.o[i] = open;
      series.c[i] = close;
      series.h[i] = Math.max(high, open, close);
      series.l[i] = Math.min(low, open, close);
      series.v[i] = i % 7 === 3 ? volume + round(random(), 6) : volume;
      series.vw[i] = round(series.l[i] + (series.h[i] - series.l[i]) * random(), 4);
      series.n[i] = Math.floor(volume / (80 + random() * 40));
    }
    this.cache.set(ticker, series);
    return series;
  }
}

function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The double nearest to the rounded decimal, so String() prints it with at most `decimals` places. */
function round(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

/** Small, fast, seedable PRNG: good enough for plausible prices, not for anything secret. */
