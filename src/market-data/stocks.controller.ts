import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { sendsJson } from '../common/json/sends-json.js';
import { ApiProblems } from '../common/openapi/api-problems.decorator.js';
import { AcceptsBody } from '../common/validation/accepted-content-types.js';
import { TickerPipe } from '../common/validation/ticker.pipe.js';
import { PriceRangeQuery } from './dto/price-range.query.js';
import { ImportResultResponse, PriceBarResponse, StockResponse } from './dto/stock.response.js';
import { PricesService } from './prices.service.js';
import { toPriceBarResponse, toStockResponse } from './stock.mapper.js';

@ApiTags('prices')
@Controller('api/v1/stocks')
export class StocksController {
  constructor(private readonly prices: PricesService) {}

  @Get()
  @ApiOkResponse({ type: [StockResponse], description: 'Every known ticker with its stored coverage' })
  async list(@Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const json = await this.prices.listCoverageJson();
    sendsJson(reply);
    return json;
  }

  @Get(':ticker')
  @ApiParam({ name: 'ticker', example: 'AAPL' })
  @ApiOkResponse({ type: StockResponse })
  @ApiProblems(400, 404)
  async get(@Param('ticker', TickerPipe) ticker: string): Promise<StockResponse> {
    return toStockResponse(await this.prices.coverage(ticker));
  }

  @Get(':ticker/prices')
  @ApiParam({ name: 'ticker', example: 'AAPL' })
  @ApiOkResponse({ type: [PriceBarResponse] })
  @ApiProblems(400, 404)
  async bars(
    @Param('ticker', TickerPipe) ticker: string,
    @Query() query: PriceRangeQuery,
  ): Promise<PriceBarResponse[]> {
    return (await this.prices.bars(ticker, query.start_date, query.end_date)).map(toPriceBarResponse);
  }

  @Post(':ticker/prices')
  @HttpCode(200)
  @AcceptsBody('text/csv', 'application/json')
  @ApiParam({ name: 'ticker', example: 'AAPL' })
  @ApiConsumes('text/csv', 'application/json')
  @ApiBody({
    description: 'CSV with the header date,open,high,low,close,volume, or a JSON array of such objects',
    schema: {
      oneOf: [
        {
          type: 'string',
          example: 'date,open,high,low,close,volume\n2024-01-02,187.15,188.44,183.885,185.64,82488674',
        },
        { type: 'array', items: { type: 'object' } },
      ],
    },
  })
  @ApiOkResponse({ type: ImportResultResponse })
  @ApiProblems(400, 404, 413, 415)
  async import(
    @Param('ticker', TickerPipe) ticker: string,
    @Body() body: unknown,
    @Headers('content-type') contentType = '',
  ): Promise<ImportResultResponse> {
    return { bars_upserted: await this.prices.import(ticker, body, contentType) };
  }
}
