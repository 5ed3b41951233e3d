import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsQueryInt } from '../../common/validation/decorators.js';
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
  @IsQueryInt(1, 200)
  limit: number = 20;
}
