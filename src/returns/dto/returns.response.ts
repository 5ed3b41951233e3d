import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ReturnsMethodResponse {
  @ApiProperty({ example: 'as-of adjusted close' }) valuation!: string;
  @ApiProperty({ example: 'daily-linked TWR' }) time_weighted!: string;
  @ApiProperty({ example: 'period IRR' }) money_weighted!: string;
  @ApiProperty({ example: 'flows at the close of their day' }) flows!: string;
}

export class HoldingReturnsResponse {
  @ApiProperty({ example: 'AAPL' }) ticker!: string;
  @ApiProperty({ example: 10, description: 'Quantity at end_date (the original field)' }) quantity!: number;
  @ApiProperty({
    example: 10,
    description: 'Real shares held at the close of start_date (before later splits)',
  })
  start_quantity!: number;
  @ApiProperty({ example: 10, description: 'Real shares held at the close of end_date' })
  end_quantity!: number;
  @ApiProperty({
    example: 192.53,
    nullable: true,
    type: Number,
    description: 'Real close on start_price_date (as traded then, not split-adjusted)',
  })
  start_price!: number | null;
  @ApiProperty({ example: 184.4, description: 'Real close on end_price_date' }) end_price!: number;
  @ApiProperty({ example: '2023-12-29', nullable: true, type: String }) start_price_date!: string | null;
  @ApiProperty({ example: '2024-01-31' }) end_price_date!: string;
  @ApiProperty({ example: 1925.3 }) start_value!: number;
  @ApiProperty({ example: 1844 }) end_value!: number;
  @ApiProperty({ example: -81.3 }) profit!: number;
  @ApiProperty({ example: -81.3, description: 'Same as profit (the original field)' }) return!: number;
  @ApiProperty({ example: -4.222718537, description: 'Percent' }) return_percentage!: number;
  @ApiProperty({ example: -0.04222718537 }) time_weighted_return!: number;
  @ApiProperty({ example: -81.3, description: 'end_value − start_value − inflows + outflows of this ticker' })
  capital_gain!: number;
  @ApiProperty({
    example: 0,
    description:
      'Cash dividends (USD) on the real shares held at the close before each ex-date in the window',
  })
  dividend_income!: number;
  @ApiProperty({ example: 0, description: 'Fees of this ticker’s trades dated in (start_date, end_date]' })
  total_fees!: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    example: 0,
    description: 'Proceeds − fee − removed cost of the sales in the window; null when a lot has no price',
  })
  realized_gain!: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    example: 1840,
    description: 'Cost still held at end_date (average or fifo); null when a lot has no price',
  })
  cost_basis!: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    example: 4,
    description: 'end_value − cost_basis; null when cost_basis is',
  })
  unrealized_gain!: number | null;
}

export class BenchmarkResponse {
  @ApiProperty({ example: 'SPY' }) ticker!: string;
  @ApiProperty({ example: 475.31 }) start_price!: number;
  @ApiProperty({ example: 482.88 }) end_price!: number;
  @ApiProperty({ example: '2023-12-29' }) start_price_date!: string;
  @ApiProperty({ example: '2024-01-31' }) end_price_date!: string;
  @ApiProperty({
    example: 0.0159,
    description: 'Price return, with its dividends reinvested on their ex-dates unless dividends=exclude',
  })
  benchmark_return!: number;
}

export class ReturnsWarningResponse {
  @ApiProperty({
    enum: [
      'stale_price',
      'end_after_last_bar',
      'benchmark_no_data',
      'dividend_currency',
      'unknown_cost_basis',
    ],
    description:
      'dividend_currency: a dividend in another currency than USD was left out (ticker, date, currency); ' +
      'unknown_cost_basis: a lot of the ticker has no price, so its cost-basis figures are null',
  })
  code!: string;
  @ApiProperty({ example: 'AAPL: the price used on 2024-01-31 is from 2024-01-19, 8 trading days older' })
  message!: string;
  @ApiPropertyOptional({ example: 'AAPL' }) ticker?: string;
  @ApiPropertyOptional({ example: '2024-01-31' }) date?: string;
  @ApiPropertyOptional({ example: 'CAD', description: 'dividend_currency: the currency left out' })
  currency?: string;
}

class ReturnsBase {
  @ApiProperty({ format: 'uuid' }) customer_id!: string;
  @ApiProperty({ example: '2024-01-01' }) start_date!: string;
  @ApiProperty({ example: '2024-01-31' }) end_date!: string;
  @ApiProperty({ type: ReturnsMethodResponse }) method!: ReturnsMethodResponse;
}

/** (1 + r)^(365/T) − 1 of the period's return r over its T days. */
const ANNUALIZED =
  '(1 + r)^(365/T) − 1 over the window of T days; null when T < 365 (not annualized) or r < −100 %';

/** Declared in the order the response's keys are written (its compiled serializer writes them so). */
export class ReturnsResponse extends ReturnsBase {
  @ApiProperty({ example: 3805.5 }) start_value!: number;
  @ApiProperty({ example: 3831.9 }) end_value!: number;
  @ApiProperty({ example: 0 }) total_inflows!: number;
  @ApiProperty({ example: 0 }) total_outflows!: number;
  @ApiProperty({ example: 26.4, description: 'Profit: capital_gain + dividend_income' })
  total_return!: number;
  @ApiProperty({ example: 0.6937327552, description: 'Percent of V(start) + inflows' })
  return_percentage!: number;
  @ApiProperty({ example: 0.006937327552 }) time_weighted_return!: number;
  @ApiProperty({ example: 0.006937327552, nullable: true, type: Number }) money_weighted_return!:
    number | null;
  @ApiProperty({ nullable: true, type: Number, example: null, description: ANNUALIZED })
  annualized_time_weighted_return!: number | null;
  @ApiProperty({ nullable: true, type: Number, example: null, description: ANNUALIZED })
  annualized_money_weighted_return!: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 0.4992684419 }) volatility!: number | null;
  @ApiProperty({ example: 0.02890553147 }) max_drawdown!: number;
  @ApiProperty({ type: [HoldingReturnsResponse] }) holdings!: HoldingReturnsResponse[];
  @ApiProperty({ type: [ReturnsWarningResponse] }) warnings!: ReturnsWarningResponse[];
  @ApiProperty({ example: 26.4, description: 'V(end) − V(start) − inflows + outflows (fees included)' })
  capital_gain!: number;
  @ApiProperty({
    example: 0,
    description: 'Cash dividends (USD) received in (start_date, end_date]; 0 with dividends=exclude',
  })
  dividend_income!: number;
  @ApiProperty({ example: 0, description: 'Fees of the trades dated in (start_date, end_date]' })
  total_fees!: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    example: 0,
    description: 'Sum over the holdings; null when one holding’s is (warning unknown_cost_basis)',
  })
  realized_gain!: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    example: 3805.5,
    description: 'Cost still held at end_date, by cost_basis=average or fifo; null as realized_gain',
  })
  cost_basis!: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 26.4, description: 'end_value − cost_basis' })
  unrealized_gain!: number | null;
  @ApiPropertyOptional({ type: BenchmarkResponse, nullable: true }) benchmark?: BenchmarkResponse | null;
  @ApiPropertyOptional({ nullable: true, type: Number, example: 0.0159 }) benchmark_return?: number | null;
}

export class PerformancePointResponse {
  @ApiProperty({ example: '2024-01-02' }) date!: string;
  @ApiProperty({ example: 3710.75 }) value!: number;
  @ApiProperty({ example: 0 }) net_flow!: number;
  @ApiProperty({ example: -0.0249 }) cumulative_return!: number;
  @ApiProperty({ example: 0.0249 }) drawdown!: number;
  @ApiPropertyOptional({ example: -0.0057 }) benchmark_cumulative_return?: number;
  @ApiProperty({
    example: 0,
    description: 'Dividend income of the day (summed over the period for week and month); value excludes it',
  })
  dividend!: number;
}

export class PerformanceResponse extends ReturnsBase {
  @ApiProperty({ type: [ReturnsWarningResponse] }) warnings!: ReturnsWarningResponse[];
  @ApiPropertyOptional({ type: BenchmarkResponse, nullable: true }) benchmark?: BenchmarkResponse | null;
  @ApiProperty({ type: 'string', enum: ['day', 'week', 'month'], example: 'day' }) interval!: string;
  @ApiProperty({ type: 'integer', example: 31, description: 'Points of the series over all pages' })
  points_total!: number;
  @ApiProperty({
    type: String,
    nullable: true,
    example: null,
    description: 'Path and query of the next page; null on the last page',
  })
  next!: string | null;
  @ApiProperty({ type: [PerformancePointResponse], description: 'This page of the series, oldest first' })
  series!: PerformancePointResponse[];
}
