import type { IsoDate } from '../../common/time/calendar-date.js';

/** One daily bar, dated by its trading date in America/New_York. */
export interface PriceBar {
  date: IsoDate;
  close: number;
}

/** A ticker's bars as typed arrays: the epoch day (days since 1970-01-01) and the close of each. */
export interface BarArrays {
  days: Int32Array;
  closes: Float64Array;
}

/** A quantity held before any trade of the ledger. */
export interface OpeningHolding {
  ticker: string;
  /** Real shares on `asOf` (as traded then, before any later split). */
  quantity: number;
  /** The date the quantity is real on and the lot is priced at; absent: no split re-basing, cost unknown. */
  asOf?: IsoDate;
}

export interface Trade {
  ticker: string;
  type: 'BUY' | 'SELL';
  quantity: number;
  tradeDate: IsoDate;
  /** Null means "at the close of the trade date". Quantity and price are as traded on that date. */
  price: number | null;
  /** Money, >= 0; absent means 0. Added to a BUY's amount, taken from a SELL's. */
  fee?: number;
  /** Recording order among same-day trades of a ticker (cost-basis lot order); absent: a fixed total order. */
  sequence?: number;
}

/** 4-for-1 is splitFrom 1, splitTo 4; a reverse 1-for-10 is splitFrom 10, splitTo 1. */
export interface StockSplit {
  executionDate: IsoDate;
  splitFrom: number;
  splitTo: number;
}

/** A cash dividend as Polygon reports it: per real share held at the close before the ex-date. */
export interface CashDividend {
  exDividendDate: IsoDate;
  payDate: IsoDate | null;
  cashAmount: number;
  /** ISO 4217; null (older Polygon items) means USD. */
  currency: string | null;
}

export type DividendMode = 'include' | 'exclude';
export type CostBasisMethod = 'average' | 'fifo';

/**
 * Splits, dividends and the accounting options (accounting-cases.md). When given (even empty), the result
 * carries the accounting figures; when absent, the result has exactly the shape and figures of before.
 */
export interface AccountingInput {
  /** Per ticker (holdings and benchmark), any order. */
  splits?: ReadonlyMap<string, readonly StockSplit[]>;
  /** Per ticker (holdings and benchmark), any order. */
  dividends?: ReadonlyMap<string, readonly CashDividend[]>;
  options?: { dividends?: DividendMode; costBasis?: CostBasisMethod };
  /** The New York date of "today": splits executed and ex-dates after it do not count yet. */
  today?: IsoDate;
}

export interface ReturnsInput {
  /** start <= end, validated by the caller. */
  start: IsoDate;
  end: IsoDate;
  opening: OpeningHolding[];
  /** Any order: the result does not depend on it. */
  trades: Trade[];
  /**
   * Per ticker, ascending by date, in the newest split basis: at least the latest bar on/before `start` (when
   * one exists) and every bar in (start, end]. For cost basis also the latest bar on/before each opening
   * `asOf` and each trade dated <= `start` without a price (simplest: every bar from the earliest of those).
   * A ticker may instead be given as typed arrays only, in `barArrays` (the same requirements hold).
   */
  bars: Map<string, PriceBar[]>;
  benchmark?: { ticker: string; bars: PriceBar[] };
  /**
   * Optional, per ticker: its bars as typed arrays, so that the walk reads neither bar objects nor date
   * strings (a caller may keep them across calculations, or read them without ever making bar objects).
   * For a ticker of `bars`, the same bars index for index, ignored when their length differs from the
   * bars'; for a ticker absent from `bars`, its bars.
   */
  barArrays?: ReadonlyMap<string, BarArrays>;
  /**
   * The typed arrays of `barArrays` never change, their contents included (nor any other view of their
   * buffers): the walk may then keep what it derives from them (each ticker's closes as of each day of the
   * window) and use it again in later calculations over the same window.
   */
  immutableBarArrays?: boolean;
  accounting?: AccountingInput;
  /** Per ticker, the date of its newest stored bar, which may lie after `end` (for `end_after_last_bar`). */
  newestStoredBars?: ReadonlyMap<string, IsoDate>;
  /**
   * false: the result's `series` is left empty, and the calculation keeps no daily column past its return
   * (they are scratch buffers, reused by the next calculation). Default: the series, built on first read.
   */
  series?: boolean;
}

/** Present (in total and per holding) only when `accounting` was given. */
export interface AccountingFigures {
  /** V(end) − V(start) − ΣIn + ΣOut. */
  capital_gain: number;
  dividend_income: number;
  /** Fees of the trades dated in (start, end]. */
  total_fees: number;
  /** Null when a lot has no price (warning unknown_cost_basis). */
  realized_gain: number | null;
  cost_basis: number | null;
  unrealized_gain: number | null;
}

export interface HoldingReturns extends Partial<AccountingFigures> {
  ticker: string;
  /** Same as end_quantity: the original API's field. */
  quantity: number;
  /** Real shares at the close of `start` (Q_s(start) / F_s(start)); likewise at `end`. */
  start_quantity: number;
  end_quantity: number;
  /** Real price P_s(start)·F_s(start). Null only for a ticker first bought inside the window and without a bar on/before `start`. */
  start_price: number | null;
  end_price: number;
  start_price_date: IsoDate | null;
  end_price_date: IsoDate;
  start_value: number;
  end_value: number;
  profit: number;
  /** Same as profit: the original API's field name. */
  return: number;
  /** Percent. */
  return_percentage: number;
  time_weighted_return: number;
}

export interface SeriesPoint {
  date: IsoDate;
  value: number;
  /** In − Out of that day. */
  net_flow: number;
  /** TWR index − 1 (0 on `start`). */
  cumulative_return: number;
  /** Positive fraction below the running peak of the TWR index. */
  drawdown: number;
  benchmark_cumulative_return?: number;
  /** D(d): dividend income of that day; present only when `accounting` was given. */
  dividend?: number;
}

export interface BenchmarkReturns {
  ticker: string;
  start_price: number;
  end_price: number;
  start_price_date: IsoDate;
  end_price_date: IsoDate;
  benchmark_return: number;
}

export interface MissingPrice {
  ticker: string;
  needed_from: IsoDate;
}

export type ReturnsWarningCode =
  'stale_price' | 'end_after_last_bar' | 'benchmark_no_data' | 'dividend_currency' | 'unknown_cost_basis';

export interface ReturnsWarning {
  code: ReturnsWarningCode;
  message: string;
  ticker?: string;
  date?: IsoDate;
  /** dividend_currency: the currency left out. */
  currency?: string;
}

export interface ReturnsResult extends Partial<AccountingFigures> {
  start_value: number;
  end_value: number;
  total_inflows: number;
  total_outflows: number;
  total_return: number;
  /** Percent. */
  return_percentage: number;
  time_weighted_return: number;
  money_weighted_return: number | null;
  annualized_time_weighted_return: number | null;
  annualized_money_weighted_return: number | null;
  volatility: number | null;
  max_drawdown: number;
  /** Absent when no benchmark was asked for; null when it has no bar on/before `start`. */
  benchmark?: BenchmarkReturns | null;
  holdings: HoldingReturns[];
  series: SeriesPoint[];
  /** Non-empty means the figures are not computed (all zero, no holdings, no series): the service answers 422. */
  missing_prices: MissingPrice[];
  warnings: ReturnsWarning[];
}
