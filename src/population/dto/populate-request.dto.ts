import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, Matches } from 'class-validator';
import { IsCalendarDate, NotAfter, TICKER_PATTERN, UniqueBy } from '../../common/validation/decorators.js';

/** Polygon has no daily bars before this; earlier dates are a mistake, not a request. */
export const EARLIEST_POPULATE_DATE = '1970-01-01';

export class PopulateRequestDto {
  @ApiPropertyOptional({
    type: [String],
    maxItems: 1000,
    example: ['AAPL', 'MSFT'],
    description: 'Default: every ticker held or traded in any portfolio, plus BENCHMARK_TICKERS',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @Transform(({ value }) =>
    Array.isArray(value) ? value.map((t) => (typeof t === 'string' ? t.trim().toUpperCase() : t)) : value,
  )
  @Matches(TICKER_PATTERN, { each: true, message: 'each ticker must match ^[A-Z][A-Z0-9.-]{0,9}$' })
  @UniqueBy((ticker: string) => ticker, 'ticker')
  tickers?: string[];

  @ApiPropertyOptional({
    format: 'date',
    example: '2024-01-02',
    description:
      "1970-01-01 or later, not after today in New York. Default: from each ticker's last stored bar (its last 5 sessions again), or POPULATE_DEFAULT_YEARS back",
  })
  @IsOptional()
  @IsCalendarDate({ min: EARLIEST_POPULATE_DATE })
  @NotAfter('end_date')
  start_date?: string;

  @ApiPropertyOptional({
    format: 'date',
    example: '2024-06-28',
    description: 'Default: the latest complete session',
  })
  @IsOptional()
  @IsCalendarDate({ min: EARLIEST_POPULATE_DATE })
  end_date?: string;
}

/** The range-only body of the original's single-ticker and Fortune-500 routes. */
export class PopulateRangeDto {
  @ApiPropertyOptional({
    format: 'date',
    example: '2024-01-02',
    description: '1970-01-01 or later, not after today in New York',
  })
  @IsOptional()
  @IsCalendarDate({ min: EARLIEST_POPULATE_DATE })
  @NotAfter('end_date')
  start_date?: string;

  @ApiPropertyOptional({ format: 'date', example: '2024-06-28' })
  @IsOptional()
  @IsCalendarDate({ min: EARLIEST_POPULATE_DATE })
  end_date?: string;
}
