import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/openapi/api-problems.decorator.js';
import { UuidParam } from '../common/validation/uuid-param.js';
import { PerformanceResponse, ReturnsResponse } from './dto/returns.response.js';
import { ReturnsQuery } from './dto/returns-query.dto.js';
import { toPerformanceResponse, toReturnsResponse } from './returns.mapper.js';
import { ReturnsService } from './returns.service.js';

@ApiTags('returns')
@Controller('api/v1/portfolio/:customer_id')
export class ReturnsController {
  constructor(private readonly returns: ReturnsService) {}

  @Get('returns')
  @ApiOkResponse({ type: ReturnsResponse })
  @ApiProblems(400, 404, 422)
  async returnsFor(
    @UuidParam('customer_id') customerId: string,
    @Query() query: ReturnsQuery,
  ): Promise<ReturnsResponse> {
    const request = { customerId, start: query.start_date, end: query.end_date, benchmark: query.benchmark };
    return toReturnsResponse(request, await this.returns.calculate(request));
  }

  @Get('performance')
  @ApiOkResponse({ type: PerformanceResponse, description: 'The daily series a chart needs' })
  @ApiProblems(400, 404, 422)
  async performance(
    @UuidParam('customer_id') customerId: string,
    @Query() query: ReturnsQuery,
  ): Promise<PerformanceResponse> {
    const request = { customerId, start: query.start_date, end: query.end_date, benchmark: query.benchmark };
    return toPerformanceResponse(request, await this.returns.calculate(request));
  }
}
