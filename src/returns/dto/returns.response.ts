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
  @ApiProperty({ example: 10 }) start_quantity!: number;
  @ApiProperty({ example: 10 }) end_quantity!: number;
  @ApiProperty({ example: 192.53, nullable: true, type: Number }) start_price!: number | null;
  @ApiProperty({ example: 184.4 }) end_price!: number;
  @ApiProperty({ example: '2023-12-29', nullable: true, type: String }) start_price_date!: string | null;
  @ApiProperty({ example: '2024-01-31' }) end_price_date!: string;
  @ApiProperty({ example: 1925.3 }) start_value!: number;
  @ApiProperty({ example: 1844 }) end_value!: number;
  @ApiProperty({ example: -81.3 }) profit!: number;
  @ApiProperty({ example: -81.3, description: 'Same as profit (the original field)' }) return!: number;
  @ApiProperty({ example: -4.222718537, description: 'Percent' }) return_percentage!: number;
  @ApiProperty({ example: -0.04222718537 }) time_weighted_return!: number;
}

export class BenchmarkResponse {
  @ApiProperty({ example: 'SPY' }) ticker!: string;
  @ApiProperty({ example: 475.31 }) start_price!: number;
  @ApiProperty({ example: 482.88 }) end_price!: number;
  @ApiProperty({ example: '2023-12-29' }) start_price_date!: string;
  @ApiProperty({ example: '2024-01-31' }) end_price_date!: string;
  @ApiProperty({ example: 0.0159 }) benchmark_return!: number;
}

export class ReturnsWarningResponse {
  @ApiProperty({ enum: ['stale_price', 'end_after_last_bar', 'benchmark_no_data'] }) code!: string;
  @ApiProperty({ example: 'AAPL: the price used on 2024-01-31 is from 2024-01-19, 8 trading days older' })
  message!: string;
  @ApiPropertyOptional({ example: 'AAPL' }) ticker?: string;
  @ApiPropertyOptional({ example: '2024-01-31' }) date?: string;
}

class ReturnsBase {
  @ApiProperty({ format: 'uuid' }) customer_id!: string;
  @ApiProperty({ example: '2024-01-01' }) start_date!: string;
  @ApiProperty({ example: '2024-01-31' }) end_date!: string;
  @ApiProperty({ type: ReturnsMethodResponse }) method!: ReturnsMethodResponse;
  @ApiProperty({ type: [ReturnsWarningResponse] }) warnings!: ReturnsWarningResponse[];
}

export class ReturnsResponse extends ReturnsBase {
  @ApiProperty({ example: 3805.5 }) start_value!: number;
  @ApiProperty({ example: 3831.9 }) end_value!: number;
  @ApiProperty({ example: 0 }) total_inflows!: number;
  @ApiProperty({ example: 0 }) total_outflows!: number;
  @ApiProperty({ example: 26.4, description: 'Profit: V(end) − V(start) − inflows + outflows' })
  total_return!: number;
  @ApiProperty({ example: 0.6937327552, description: 'Percent of V(start) + inflows' })
  return_percentage!: number;
  @ApiProperty({ example: 0.006937327552 }) time_weighted_return!: number;
  @ApiProperty({ example: 0.006937327552, nullable: true, type: Number }) money_weighted_return!:
    number | null;
  @ApiProperty({ nullable: true, type: Number, example: null }) annualized_time_weighted_return!:
    number | null;
  @ApiProperty({ nullable: true, type: Number, example: null }) annualized_money_weighted_return!:
    number | null;
  @ApiProperty({ nullable: true, type: Number, example: 0.4992684419 }) volatility!: number | null;
  @ApiProperty({ example: 0.02890553147 }) max_drawdown!: number;
  @ApiPropertyOptional({ nullable: true, type: Number, example: 0.0159 }) benchmark_return?: number | null;
  @ApiPropertyOptional({ type: BenchmarkResponse, nullable: true }) benchmark?: BenchmarkResponse | null;
  @ApiProperty({ type: [HoldingReturnsResponse] }) holdings!: HoldingReturnsResponse[];
}

export class PerformancePointResponse {
  @ApiProperty({ example: '2024-01-02' }) date!: string;
  @ApiProperty({ example: 3710.75 }) value!: number;
  @ApiProperty({ example: 0 }) net_flow!: number;
  @ApiProperty({ example: -0.0249 }) cumulative_return!: number;
  @ApiProperty({ example: 0.0249 }) drawdown!: number;
  @ApiPropertyOptional({ example: -0.0057 }) benchmark_cumulative_return?: number;
}

export class PerformanceResponse extends ReturnsBase {
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
