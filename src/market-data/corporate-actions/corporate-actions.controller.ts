import { Body, Controller, Get, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../common/openapi/api-problems.decorator.js';
import { AcceptsBody } from '../../common/validation/accepted-content-types.js';
import { TickerPipe } from '../../common/validation/ticker.pipe.js';
import { toDividendResponse, toSplitResponse } from './corporate-action.mapper.js';
import { CorporateActionsService } from './corporate-actions.service.js';
import {
  DividendsImportResponse,
  DividendsResponse,
  SplitsImportResponse,
  SplitsResponse,
} from './dto/corporate-action.response.js';

const SPLITS_BODY = {
  description:
    'A JSON array of {execution_date, split_from, split_to}, or CSV with those columns; all rows or none',
  schema: {
    oneOf: [
      { type: 'string', example: 'execution_date,split_from,split_to\n2020-08-31,1,4' },
      {
        type: 'array',
        items: {
          type: 'object',
          required: ['execution_date', 'split_from', 'split_to'],
          properties: {
            execution_date: { type: 'string', format: 'date', example: '2020-08-31' },
            split_from: { type: 'string', example: '1', description: 'Decimal > 0 (a number is accepted)' },
            split_to: { type: 'string', example: '4', description: 'Decimal > 0 (a number is accepted)' },
          },
        },
      },
    ],
  },
};

const DIVIDENDS_BODY = {
  description:
    'A JSON array of {ex_dividend_date, cash_amount, currency?, pay_date?, record_date?, dividend_type?}, ' +
    'or CSV with those columns; currency defaults to USD; all rows or none',
  schema: {
    oneOf: [
      {
        type: 'string',
        example: 'ex_dividend_date,cash_amount,currency,pay_date\n2024-08-12,0.25,USD,2024-08-15',
      },
      {
        type: 'array',
        items: {
          type: 'object',
          required: ['ex_dividend_date', 'cash_amount'],
          properties: {
            ex_dividend_date: { type: 'string', format: 'date', example: '2024-08-12' },
            cash_amount: { type: 'string', example: '0.25', description: 'Decimal >= 0 per share' },
            currency: { type: 'string', example: 'USD', description: 'ISO 4217 (default USD)' },
            pay_date: { type: 'string', format: 'date', example: '2024-08-15' },
            record_date: { type: 'string', format: 'date', example: '2024-08-12' },
            dividend_type: { type: 'string', enum: ['CD', 'SC', 'LC', 'LT', 'ST'], example: 'CD' },
          },
        },
      },
    ],
  },
};

/** A ticker's splits and cash dividends: offline import and listing (Polygon loads them in price jobs). */
@ApiTags('prices')
@Controller('api/v1/stocks')
export class CorporateActionsController {
  constructor(private readonly actions: CorporateActionsService) {}

  @Get(':ticker/splits')
  @ApiParam({ name: 'ticker', example: 'AAPL' })
  @ApiOkResponse({ type: SplitsResponse })
  @ApiProblems(400, 404)
  async splits(@Param('ticker', TickerPipe) ticker: string): Promise<SplitsResponse> {
    return { ticker, splits: (await this.actions.splits(ticker)).map(toSplitResponse) };
  }

  @Post(':ticker/splits')
  @HttpCode(200)
  @AcceptsBody('text/csv', 'application/json')
  @ApiParam({ name: 'ticker', example: 'AAPL' })
  @ApiConsumes('text/csv', 'application/json')
  @ApiBody(SPLITS_BODY)
  @ApiOkResponse({ type: SplitsImportResponse, description: 'The imported splits, as stored' })
  @ApiProblems(400, 404, 413, 415)
  async importSplits(
    @Param('ticker', TickerPipe) ticker: string,
    @Body() body: unknown,
    @Headers('content-type') contentType = '',
  ): Promise<SplitsImportResponse> {
    const { splits, stored } = await this.actions.importSplits(ticker, body, contentType);
    return { ticker, splits: splits.map(toSplitResponse), stored };
  }

  @Get(':ticker/dividends')
  @ApiParam({ name: 'ticker', example: 'AAPL' })
  @ApiOkResponse({ type: DividendsResponse })
  @ApiProblems(400, 404)
  async dividends(@Param('ticker', TickerPipe) ticker: string): Promise<DividendsResponse> {
    return { ticker, dividends: (await this.actions.dividends(ticker)).map(toDividendResponse) };
  }

  @Post(':ticker/dividends')
  @HttpCode(200)
  @AcceptsBody('text/csv', 'application/json')
  @ApiParam({ name: 'ticker', example: 'AAPL' })
  @ApiConsumes('text/csv', 'application/json')
  @ApiBody(DIVIDENDS_BODY)
  @ApiOkResponse({ type: DividendsImportResponse, description: 'The imported dividends, as stored' })
  @ApiProblems(400, 404, 413, 415)
  async importDividends(
    @Param('ticker', TickerPipe) ticker: string,
    @Body() body: unknown,
    @Headers('content-type') contentType = '',
  ): Promise<DividendsImportResponse> {
    const { dividends, stored } = await this.actions.importDividends(ticker, body, contentType);
    return { ticker, dividends: dividends.map(toDividendResponse), stored };
  }
}
