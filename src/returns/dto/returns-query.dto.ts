import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { CostBasisMethod, DividendMode } from '../calculators/types.js';

export const DIVIDEND_MODES: readonly DividendMode[] = ['include', 'exclude'];
export const COST_BASIS_METHODS: readonly CostBasisMethod[] = ['average', 'fifo'];
import { IsCalendarDate, IsTicker } from '../../common/validation/decorators.js';

export class ReturnsQuery {
  @ApiProperty({
    type: 'string',
    format: 'date',
    example: '2024-01-01',
    description: 'Measured from the close of this day; 1970-01-01 or later, not after today in New York',
  })
  @IsCalendarDate()
  start_date!: string;

  @ApiProperty({
    type: 'string',
    format: 'date',
    example: '2024-01-31',
    description: 'To the close of this day; 1970-01-01 or later, not after today in New York',
  })
  @IsCalendarDate()
  end_date!: string;

  @ApiPropertyOptional({
    type: 'string',
    example: 'SPY',
    description: 'A ticker to compare with (its price return)',
  })
  @IsOptional()
  @IsTicker()
  benchmark?: string;

  @ApiPropertyOptional({
    type: 'string',
    enum: DIVIDEND_MODES,
    default: 'include',
    example: 'include',
    description:
      'include: cash dividends (USD) are income paid out on their ex-date; exclude: every figure as if no ' +
      'dividends were stored (the price return)',
  })
  @IsOptional()
  @IsIn(DIVIDEND_MODES, { message: `dividends must be one of ${DIVIDEND_MODES.join(', ')}` })
  dividends?: DividendMode;

  @ApiPropertyOptional({
    type: 'string',
    enum: COST_BASIS_METHODS,
    default: 'average',
    example: 'average',
    description:
      'How a sale removes cost: average (pooled cost per share) or fifo (oldest lots first); drives ' +
      'realized_gain, cost_basis and unrealized_gain',
  })
  @IsOptional()
  @IsIn(COST_BASIS_METHODS, { message: `cost_basis must be one of ${COST_BASIS_METHODS.join(', ')}` })
  cost_basis?: CostBasisMethod;
}
