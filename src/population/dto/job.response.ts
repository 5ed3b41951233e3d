import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { JOB_STATES } from './list-jobs.query.js';

export class JobProgressResponse {
  @ApiProperty({ example: 2 }) tickers_total!: number;
  @ApiProperty({ example: 1 }) tickers_done!: number;
  @ApiProperty({ example: 502 }) bars_upserted!: number;
  @ApiProperty({ example: 50 }) percent!: number;
}

export class JobTickerResponse {
  @ApiProperty({ example: 'AAPL' }) ticker!: string;
  @ApiProperty({ enum: ['queued', 'running', 'succeeded', 'no_data', 'failed', 'cancelled'] }) state!: string;
  @ApiProperty({ example: 502 }) bars!: number;
  @ApiProperty({
    type: Number,
    example: 1,
    description: 'Split rows this load inserted or changed (0 when the stored ones were already current)',
  })
  splits!: number;
  @ApiProperty({
    type: Number,
    example: 8,
    description:
      'Cash dividend rows this load inserted or changed (0 when the stored ones were already current)',
  })
  dividends!: number;
  @ApiProperty({ nullable: true, type: String, example: null }) error!: string | null;
}

export class JobResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['populate', 'populate_ticker', 'populate_fortune500', 'daily_refresh'] })
  type!: string;
  @ApiProperty({ enum: JOB_STATES }) state!: string;
  @ApiProperty({ type: JobProgressResponse }) progress!: JobProgressResponse;
  @ApiProperty({ type: [JobTickerResponse] }) tickers!: JobTickerResponse[];
  @ApiProperty({ example: { tickers: ['AAPL'], start_date: null, end_date: null } }) request!: Record<
    string,
    unknown
  >;
  @ApiProperty() created_at!: string;
  @ApiProperty({ nullable: true, type: String }) started_at!: string | null;
  @ApiProperty({ nullable: true, type: String }) finished_at!: string | null;
  @ApiProperty({ nullable: true, type: String, example: null }) error!: string | null;
}

/** The original service's word for a job's state, kept for its web client. */
export const ORIGINAL_STATUS: Record<string, string> = {
  queued: 'accepted',
  running: 'processing',
  succeeded: 'success',
  partially_succeeded: 'partial_success',
  failed: 'error',
  cancelled: 'cancelled',
};

/**
 * The 202 answer of the populate routes: the job, plus the fields the original's web client reads
 * (`ticker` on the single-ticker route, `message`, `status`).
 */
export class PopulateAcceptedResponse extends JobResponse {
  @ApiPropertyOptional({ example: 'AAPL', description: 'The upper-cased ticker (single-ticker route only)' })
  ticker?: string;
  @ApiProperty({
    example: 'Population of 1 ticker (AAPL) queued as job 6d0f0b4e-2c55-4b7a-9d3e-1f6a8c2b7e10',
  })
  message!: string;
  @ApiProperty({
    enum: [...new Set(Object.values(ORIGINAL_STATUS))],
    example: 'accepted',
    description: "The original's word for `state`",
  })
  status!: string;
}
