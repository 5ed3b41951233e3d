import { Controller, Delete, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { sendsJson } from '../common/json/sends-json.js';
import { ApiProblems } from '../common/openapi/api-problems.decorator.js';
import { UuidParam } from '../common/validation/uuid-param.js';
import { JobResponse } from './dto/job.response.js';
import { ListJobsQuery } from './dto/list-jobs.query.js';
import { toJobResponse } from './job.mapper.js';
import { PriceJobsService } from './price-jobs.service.js';

@ApiTags('jobs')
@Controller('api/v1/jobs')
export class JobsController {
  constructor(private readonly jobs: PriceJobsService) {}

  @Get()
  @ApiOkResponse({ type: [JobResponse], description: 'Recent jobs, newest first' })
  @ApiProblems(400)
  async list(
    @Query() query: ListJobsQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const json = await this.jobs.listJson(query.state, query.limit);
    sendsJson(reply);
    return json;
  }

  @Get(':id')
  @ApiOkResponse({ type: JobResponse })
  @ApiProblems(400, 404)
  async get(@UuidParam('id') id: string): Promise<JobResponse> {
    return toJobResponse(await this.jobs.get(id));
  }

  @Delete(':id')
  @ApiOkResponse({ type: JobResponse, description: 'The cancelled job' })
  @ApiProblems(400, 404, 409)
  async cancel(@UuidParam('id') id: string): Promise<JobResponse> {
    return toJobResponse(await this.jobs.cancel(id));
  }
}
