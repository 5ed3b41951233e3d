import { Controller, Get, Headers, Query } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/openapi/api-problems.decorator.js';
import { UuidParam } from '../common/validation/uuid-param.js';
import { PerformanceResponse, ReturnsResponse } from './dto/returns.response.js';
import { ReturnsQuery } from './dto/returns-query.dto.js';
import { toPerformanceResponse, toReturnsResponse } from './returns.mapper.js';
import { type ReturnsRequest, ReturnsService } from './returns.service.js';

const NO_CACHE_HEADER = {
  name: 'Cache-Control',
  required: false,
  description: 'no-cache recomputes even when the cached result is still valid (it always is checked)',
};

@ApiTags('returns')
@Controller('api/v1/portfolio/:customer_id')
export class ReturnsController {
  constructor(private readonly returns: ReturnsService) {}

  @Get('returns')
  @ApiOkResponse({ type: ReturnsResponse })
  @ApiProblems(400, 404, 422)
  @ApiHeader(NO_CACHE_HEADER)
  async returnsFor(
    @UuidParam('customer_id') customerId: string,
    @Query() query: ReturnsQuery,
    @Headers('cache-control') cacheControl?: string,
  ): Promise<ReturnsResponse> {
    const request = toRequest(customerId, query, cacheControl);
    return toReturnsResponse(request, await this.returns.calculate(request));
  }

  @Get('performance')
  @ApiOkResponse({ type: PerformanceResponse, description: 'The daily series a chart needs' })
  @ApiProblems(400, 404, 422)
  @ApiHeader(NO_CACHE_HEADER)
  async performance(
    @UuidParam('customer_id') customerId: string,
    @Query() query: ReturnsQuery,
    @Headers('cache-control') cacheControl?: string,
  ): Promise<PerformanceResponse> {
    const request = toRequest(customerId, query, cacheControl);
    return toPerformanceResponse(request, await this.returns.calculate(request));
  }
}

function toRequest(customerId: string, query: ReturnsQuery, cacheControl?: string): ReturnsRequest {
  return {
    customerId,
    start: query.start_date,
    end: query.end_date,
    benchmark: query.benchmark,
    noCache: /\bno-cache\b/i.test(cacheControl ?? ''),
  };
}
