import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import type { PriceJobState } from '../entities/price-job.entity.js';

export const JOB_STATES: PriceJobState[] = [
  'queued',
  'running',
  'succeeded',
  'partially_succeeded',
  'failed',
  'cancelled',
];

export class ListJobsQuery {
  @ApiPropertyOptional({ type: 'string', enum: JOB_STATES })
  @IsOptional()
  @IsIn(JOB_STATES, { message: `state must be one of ${JOB_STATES.join(', ')}` })
  state?: PriceJobState;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 200, default: 20, example: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit: number = 20;
}
