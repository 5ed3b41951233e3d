import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblems } from '../common/openapi/api-problems.decorator.js';
import { TickerPipe } from '../common/validation/ticker.pipe.js';
import { PopulateAcceptedResponse } from './dto/job.response.js';
import { PopulateRangeDto, PopulateRequestDto } from './dto/populate-request.dto.js';
import { FORTUNE_500_TICKERS } from './fortune500-tickers.js';
import { toPopulateAcceptedResponse } from './job.mapper.js';
import { PriceJobsService, type PopulateRequest } from './price-jobs.service.js';

/**
 * Loading prices is a background job: 202 Accepted, the job as body (plus the original's `ticker`,
 * `message` and `status`, which its web client shows), and where to poll it.
 */
@ApiTags('prices')
@Controller('api/v1/stocks')
export class PopulateController {
  constructor(private readonly jobs: PriceJobsService) {}

  @Post('populate')
  @HttpCode(202)
  @ApiAcceptedResponse({
    type: PopulateAcceptedResponse,
    headers: { Location: { schema: { type: 'string' } } },
  })
  @ApiProblems(400, 503)
  populate(
    @Body() body: PopulateRequestDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PopulateAcceptedResponse> {
    return this.accept(reply, {
      type: 'populate',
      tickers: body.tickers,
      startDate: body.start_date,
      endDate: body.end_date,
    });
  }

  @Post('populate-fortune500')
  @HttpCode(202)
  @ApiBody({ type: PopulateRangeDto, required: false })
  @ApiAcceptedResponse({
    type: PopulateAcceptedResponse,
    headers: { Location: { schema: { type: 'string' } } },
  })
  @ApiProblems(400, 503)
  populateFortune500(
    @Body() body: PopulateRangeDto = {},
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PopulateAcceptedResponse> {
    return this.accept(reply, {
      type: 'populate_fortune500',
      tickers: [...FORTUNE_500_TICKERS],
      startDate: body?.start_date,
      endDate: body?.end_date,
    });
  }

  @Post('populate/:ticker')
  @HttpCode(202)
  @ApiParam({ name: 'ticker', example: 'AAPL' })
  @ApiBody({ type: PopulateRangeDto, required: false })
  @ApiAcceptedResponse({
    type: PopulateAcceptedResponse,
    headers: { Location: { schema: { type: 'string' } } },
  })
  @ApiProblems(400, 503)
  populateTicker(
    @Param('ticker', TickerPipe) ticker: string,
    @Body() body: PopulateRangeDto = {},
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PopulateAcceptedResponse> {
    return this.accept(
      reply,
      { type: 'populate_ticker', tickers: [ticker], startDate: body?.start_date, endDate: body?.end_date },
      ticker,
    );
  }

  private async accept(
    reply: FastifyReply,
    request: PopulateRequest,
    ticker?: string,
  ): Promise<PopulateAcceptedResponse> {
    const job = toPopulateAcceptedResponse(await this.jobs.populate(request), ticker);
    void reply.header('location', `/api/v1/jobs/${job.id}`);
    return job;
  }
}
