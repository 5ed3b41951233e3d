import { Body, Controller, Get, Headers, HttpCode, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiAcceptedResponse, ApiHeader, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Readable } from 'node:stream';
import { ApiProblems } from '../common/openapi/api-problems.decorator.js';
import { NotAcceptableProblem } from '../common/problem/problem.exception.js';
import { UuidParam } from '../common/validation/uuid-param.js';
import { CreateReturnsReportDto } from './dto/create-returns-report.dto.js';
import { ReportDownloadQuery } from './dto/report-download.query.js';
import { ReportResponse } from './dto/report.response.js';
import { negotiateReportFormat, REPORT_MEDIA_TYPES } from './report-format.js';
import { reportPath, toReportResponse } from './report.mapper.js';
import { ReportsService } from './reports.service.js';

const LINES_SCHEMA = { type: 'string' as const };

/**
 * Reports over every customer. Computing one is a background job: 202 Accepted with the report and where
 * to poll it; its lines download, streamed, once it has succeeded.
 */
@ApiTags('reports')
@Controller('api/v1/reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Post('returns')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: ReportResponse, headers: { Location: { schema: { type: 'string' } } } })
  @ApiProblems(400)
  async createReturns(
    @Body() body: CreateReturnsReportDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReportResponse> {
    const report = toReportResponse(
      await this.reports.createReturnsReport({
        start_date: body.start_date,
        end_date: body.end_date,
        benchmark: body.benchmark ?? null,
        dividends: body.dividends ?? 'include',
        cost_basis: body.cost_basis ?? 'average',
      }),
    );
    void reply.header('location', reportPath(report.id));
    return report;
  }

  @Get(':id')
  @ApiOkResponse({ type: ReportResponse, description: 'The report, with its progress' })
  @ApiProblems(400, 404)
  async get(@UuidParam('id') id: string): Promise<ReportResponse> {
    return toReportResponse(await this.reports.get(id));
  }

  @Get(':id/returns')
  @ApiProduces(REPORT_MEDIA_TYPES.csv, REPORT_MEDIA_TYPES.ndjson)
  @ApiHeader({
    name: 'Accept',
    required: false,
    description: 'text/csv (the default) or application/x-ndjson',
  })
  @ApiOkResponse({
    description:
      'One line per customer in customer id order (CSV: after a header row), and with holdings=true a line ' +
      'per holding after its customer; figures as GET /api/v1/portfolio/{customer_id}/returns gives them',
    content: {
      [REPORT_MEDIA_TYPES.csv]: { schema: LINES_SCHEMA },
      [REPORT_MEDIA_TYPES.ndjson]: { schema: LINES_SCHEMA },
    },
  })
  @ApiProblems(400, 404, 406, 409)
  async download(
    @UuidParam('id') id: string,
    @Query() query: ReportDownloadQuery,
    @Headers('accept') accept: string | undefined,
  ): Promise<StreamableFile> {
    const format = negotiateReportFormat(accept);
    if (format === null)
      throw new NotAcceptableProblem(
        `Accept ${accept}: this route sends ${REPORT_MEDIA_TYPES.csv} or ${REPORT_MEDIA_TYPES.ndjson}`,
      );
    const lines = await this.reports.download(id, format, query.holdings === 'true');
    return new StreamableFile(Readable.from(lines), {
      type: `${REPORT_MEDIA_TYPES[format]}; charset=utf-8`,
      disposition: `attachment; filename="returns-report-${id}.${format === 'csv' ? 'csv' : 'ndjson'}"`,
    });
  }
}
