import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { sendsJson } from '../common/json/sends-json.js';
import { ApiProblems } from '../common/openapi/api-problems.decorator.js';
import { UuidParam } from '../common/validation/uuid-param.js';
import { toCustomerResponse } from './customer.mapper.js';
import { CustomersService } from './customers.service.js';
import { CreateCustomerDto } from './dto/create-customer.dto.js';
import { CustomerResponse } from './dto/customer.response.js';
import { ListCustomersQuery } from './dto/list-customers.query.js';
import { UpdateCustomerDto } from './dto/update-customer.dto.js';

@ApiTags('customers')
@Controller('api/v1/customers')
export class CustomersController {
  constructor(private readonly customers: CustomersService) {}

  @Post()
  @ApiCreatedResponse({ type: CustomerResponse })
  @ApiProblems(400, 409, 413)
  async create(@Body() body: CreateCustomerDto): Promise<CustomerResponse> {
    return toCustomerResponse(await this.customers.create(body));
  }

  @Get()
  @ApiOkResponse({ type: [CustomerResponse], headers: { 'X-Total-Count': { schema: { type: 'integer' } } } })
  @ApiProblems(400)
  async list(
    @Query() query: ListCustomersQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const { json, total } = await this.customers.list(query.skip, query.limit);
    sendsJson(reply.header('x-total-count', String(total)));
    return json;
  }

  @Get(':id')
  @ApiOkResponse({ type: CustomerResponse })
  @ApiProblems(400, 404)
  async get(@UuidParam('id') id: string): Promise<CustomerResponse> {
    return toCustomerResponse(await this.customers.get(id));
  }

  @Put(':id')
  // Its own example: the create example's email would collide with the customer it created (409).
  @ApiBody({ type: UpdateCustomerDto, examples: { address: { value: { address: '1 New Street, London' } } } })
  @ApiOkResponse({ type: CustomerResponse })
  @ApiProblems(400, 404, 409, 413)
  async update(@UuidParam('id') id: string, @Body() body: UpdateCustomerDto): Promise<CustomerResponse> {
    return toCustomerResponse(await this.customers.update(id, body));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted with its portfolio, holdings and transactions' })
  @ApiProblems(400, 404)
  async delete(@UuidParam('id') id: string): Promise<void> {
    await this.customers.delete(id);
  }
}
