import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsCalendarDate, NotAfter } from '../../common/validation/decorators.js';

export class PriceRangeQuery {
  @ApiPropertyOptional({ format: 'date', example: '2024-01-01' })
  @IsOptional()
  @IsCalendarDate()
  @NotAfter('end_date')
  start_date?: string;

  @ApiPropertyOptional({ format: 'date', example: '2024-01-31' })
  @IsOptional()
  @IsCalendarDate()
  end_date?: string;
}
