import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
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
}
