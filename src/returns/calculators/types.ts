import type { IsoDate } from '../../common/time/calendar-date.js';

/** One daily bar, dated by its trading date in America/New_York. */
export interface PriceBar {
  date: IsoDate;
  close: number;
}

/** A quantity held before any trade of the ledger. */
export interface OpeningHolding {
  ticker: string;
  quantity: number;
}

export interface Trade {
  ticker: string;
  type: 'BUY' | 'SELL';
  quantity: number;
  tradeDate: IsoDate;
  /** Null means "at the close of the trade date". */
  price: number | null;
}

export interface ReturnsInput {
  /** start <= end, validated by the caller. */
  start: IsoDate;
  end: IsoDate;
  opening: OpeningHolding[];
  /** Any order: the result does not depend on it. */
  trades: Trade[];
  /** Per ticker, ascending by date: at least the latest bar on/before `start` (when one exists) and every bar in (start, end]. */
  bars: Map<string, PriceBar[]>;
  benchmark?: { ticker: string; bars: PriceBar[] };
  /** Per ticker, the date of its newest stored bar, which may lie after `end` (for `end_after_last_bar`). */
  newestStoredBars?: ReadonlyMap<string, IsoDate>;
}

export interface HoldingReturns {
  ticker: string;
  /** Same as end_quantity: the original API's field. */
  quantity: number;
  start_quantity: number;
  end_quantity: number;
  /** Null only for a ticker first bought inside the window and without a bar on/before `start`. */
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

export type ReturnsWarningCode = 'stale_price' | 'end_after_last_bar' | 'benchmark_no_data';

export interface ReturnsWarning {
  code: ReturnsWarningCode;
  message: string;
  ticker?: string;
  date?: IsoDate;
}

export interface ReturnsResult {
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
