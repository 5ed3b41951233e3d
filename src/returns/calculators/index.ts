export { calculateReturns, seriesLength } from './portfolio-returns.calculator.js';
export { PORTFOLIO_CURRENCY } from './dividend-book.js';
export { SplitFactors } from './split-factors.js';
export { compareTrades } from './quantity.js';
export type {
  AccountingFigures,
  AccountingInput,
  BarArrays,
  BenchmarkReturns,
  CashDividend,
  CostBasisMethod,
  DividendMode,
  HoldingReturns,
  MissingPrice,
  OpeningHolding,
  PriceBar,
  ReturnsInput,
  ReturnsResult,
  ReturnsWarning,
  ReturnsWarningCode,
  SeriesPoint,
  StockSplit,
  Trade,
} from './types.js';
