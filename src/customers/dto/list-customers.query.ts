import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsQueryInt } from '../../common/validation/decorators.js';

/** Postgres takes a bigint OFFSET; the bound keeps it far below that and inside a 32-bit integer. */
export const MAX_SKIP = 2_147_483_647;

/** `type: 'integer'` is explicit: an initialised field without a type annotation has no design type. */
export class ListCustomersQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: MAX_SKIP, default: 0, example: 0 })
  @IsOptional()
  @IsQueryInt(0, MAX_SKIP)
  skip: number = 0;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 1000, default: 100, example: 100 })
  @IsOptional()
  @IsQueryInt(1, 1000)
  limit: number = 100;
}
