import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { DEFAULT_PAGE_POINTS, MAX_PAGE_POINTS } from '../series-page.js';
import { SERIES_INTERVALS, type SeriesInterval } from '../series-interval.js';
import { ReturnsQuery } from './returns-query.dto.js';

export class PerformanceQuery extends ReturnsQuery {
  @ApiPropertyOptional({
    type: 'string',
    enum: SERIES_INTERVALS,
    default: 'day',
    example: 'week',
    description:
      'day: one point per calendar day. week / month: start_date, then the last day of each week (Mon–Sun) ' +
      "or month and the window's last day, with net_flow summed over the period",
  })
  @IsOptional()
  @IsIn(SERIES_INTERVALS, { message: `interval must be one of ${SERIES_INTERVALS.join(', ')}` })
  interval?: SeriesInterval;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: MAX_PAGE_POINTS,
    default: DEFAULT_PAGE_POINTS,
    example: DEFAULT_PAGE_POINTS,
    description: 'Points per page; follow `next` for the rest',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be an integer' })
  @Min(1, { message: 'limit must be at least 1' })
  @Max(MAX_PAGE_POINTS, { message: `limit must be at most ${MAX_PAGE_POINTS}` })
  limit?: number;

  @ApiPropertyOptional({
    type: 'string',
    example: 'cDE6MjAyNC0wMS0wNQ',
    description: 'Opaque: the cursor of a previous page’s `next`',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'cursor must be a cursor from a previous page' })
  cursor?: string;
}
