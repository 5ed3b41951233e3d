import type { IsoDate } from '../../common/time/calendar-date.js';
import type { BarTsv } from '../bar-tsv.js';

/** Prices and volumes are decimal strings exactly as the provider sent them (never floats: they feed money maths). */
export interface DailyBar {
  /** The exchange's (America/New_York) calendar date of the session. */
  date: IsoDate;
  open: string;
  high: string;
  low: string;
  close: string;
  volume: string;
  vwap: string | null;
  trades: number | null;
}

export interface FetchBarsResult {
  ticker: string;
  /** Ascending by date, one bar per date. */
  bars: DailyBar[];
  /**
   * The same bars as text rows, when the provider read them so (no object per bar): writers use these
   * rather than `bars`, which are then decoded only if read.
   */
  tsv?: BarTsv;
  /** Split-adjusted (never dividend-adjusted), as reported by the provider. */
  adjusted: boolean;
  /** One per page, for tracing a stored price back to the provider's logs. */
  requestIds: string[];
  pages: number;
}

export interface TickerDetails {
  ticker: string;
  name: string | null;
  /** ISO 10383 MIC of the primary listing, e.g. XNAS. */
  exchange: string | null;
}

/**
 * A 4-for-1 split is splitFrom "1", splitTo "4"; a reverse split has splitFrom > splitTo. Ratios are
 * decimal strings exactly as sent (they may be fractional), like prices.
 */
export interface Split {
  ticker: string;
  executionDate: IsoDate;
  splitFrom: string;
  splitTo: string;
}

/** One market day's bars of every US stock (grouped daily): adjusted like fetchDailyBars. */
export interface GroupedDailyResult {
  date: IsoDate;
  /** Every bar's date is `date`; empty on weekends, holidays and days nothing traded. */
  bars: (DailyBar & { ticker: string })[];
  adjusted: boolean;
  requestId: string | null;
}

/** A cash dividend as Polygon lists it: per share held before the ex-date, never split-adjusted. */
export interface Dividend {
  ticker: string;
  exDividendDate: IsoDate;
  payDate: IsoDate | null;
  /** Who is on the register to receive it; null when not sent. */
  recordDate: IsoDate | null;
  /** Decimal string exactly as sent. */
  cashAmount: string;
  /** ISO 4217 as sent (e.g. USD, CAD); null where older items carry none (they are USD). */
  currency: string | null;
  /** CD regular, SC special, LT/ST capital gains; null when absent. */
  dividendType: string | null;
}

/**
 * A source of daily prices. Failures are thrown as MarketDataError (see market-data.error.ts);
 * an aborted signal rejects with the signal's reason.
 */
export interface MarketDataProvider {
  readonly name: string;
  /** Both ends inclusive; no bars (unknown ticker, holiday-only range) is a result, not an error. */
  fetchDailyBars(ticker: string, from: IsoDate, to: IsoDate, signal?: AbortSignal): Promise<FetchBarsResult>;
  /** null when the provider does not know the ticker. */
  fetchTickerDetails(ticker: string, signal?: AbortSignal): Promise<TickerDetails | null>;
  /** Splits executed on or after sinceDate, ascending by execution date. */
  fetchSplits(ticker: string, sinceDate: IsoDate, signal?: AbortSignal): Promise<Split[]>;
  /** Cash dividends with an ex-dividend date on or after sinceDate, ascending by ex-date. */
  fetchDividends(ticker: string, sinceDate: IsoDate, signal?: AbortSignal): Promise<Dividend[]>;
  /** Every stock's bar for one market date (one request, whatever the number of tickers). */
  fetchGroupedDaily(date: IsoDate, signal?: AbortSignal): Promise<GroupedDailyResult>;
  /** Splits of every ticker executed in from..to (both inclusive), ascending by execution date. */
  fetchMarketSplits(from: IsoDate, to: IsoDate, signal?: AbortSignal): Promise<Split[]>;
  /** Cash dividends of every ticker with an ex-dividend date in from..to, ascending by ex-date. */
  fetchMarketDividends(from: IsoDate, to: IsoDate, signal?: AbortSignal): Promise<Dividend[]>;
}

/** Injection token: services depend on the interface, modules choose the implementation. */
export const MARKET_DATA_PROVIDER = Symbol('MARKET_DATA_PROVIDER');
