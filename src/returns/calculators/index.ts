export { calculateReturns } from './portfolio-returns.calculator.js';
export type {
  BenchmarkReturns,
  HoldingReturns,
  MissingPrice,
  OpeningHolding,
  PriceBar,
  ReturnsInput,
  ReturnsResult,
  ReturnsWarning,
  ReturnsWarningCode,
  SeriesPoint,
  Trade,
} from './types.js';
