import { ApiProperty } from '@nestjs/swagger';
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
