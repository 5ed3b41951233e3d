import { ApiProperty } from '@nestjs/swagger';
import { COST_BASIS_METHODS, DIVIDEND_MODES } from '../../returns/dto/returns-query.dto.js';

export const REPORT_STATES = ['queued', 'running', 'succeeded', 'failed'];

export class ReturnsReportRequestResponse {
  @ApiProperty({ example: '2024-01-01' }) start_date!: string;
  @ApiProperty({ example: '2024-03-31' }) end_date!: string;
  @ApiProperty({ nullable: true, type: String, example: 'SPY' }) benchmark!: string | null;
  @ApiProperty({ enum: DIVIDEND_MODES, example: 'include' }) dividends!: string;
  @ApiProperty({ enum: COST_BASIS_METHODS, example: 'average' }) cost_basis!: string;
}

export class ReportProgressResponse {
  @ApiProperty({ type: 'integer', example: 10000, description: 'Customers when the report was requested' })
  customers_total!: number;
  @ApiProperty({ type: 'integer', example: 5000, description: 'Customers with a stored line' })
  customers_done!: number;
  @ApiProperty({
    type: 'integer',
    example: 3,
    description: 'Of those, lines with an `error` instead of figures (e.g. missing prices)',
  })
  customers_failed!: number;
  @ApiProperty({ type: 'integer', example: 40, description: 'Chunks (queue jobs) of the report' })
  parts_total!: number;
  @ApiProperty({ type: 'integer', example: 20, description: 'Chunks settled' })
  parts_done!: number;
  @ApiProperty({ example: 50 }) percent!: number;
}

export class ReportResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['returns'] }) type!: string;
  @ApiProperty({ enum: REPORT_STATES, example: 'running' }) state!: string;
  @ApiProperty({ type: ReturnsReportRequestResponse }) request!: ReturnsReportRequestResponse;
  @ApiProperty({ type: ReportProgressResponse }) progress!: ReportProgressResponse;
  @ApiProperty({
    example: '/api/v1/reports/9b2e4f10-6c3a-4d8e-b1f7-0a5c2d9e8f31/returns',
    description: 'Where the lines download once `state` is succeeded (409 before)',
  })
  download!: string;
  @ApiProperty() created_at!: string;
  @ApiProperty({ nullable: true, type: String }) started_at!: string | null;
  @ApiProperty({ nullable: true, type: String }) finished_at!: string | null;
  @ApiProperty({ nullable: true, type: String, example: null }) error!: string | null;
}
