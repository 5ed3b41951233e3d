import { Body, Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/openapi/api-problems.decorator.js';
import { UuidParam } from '../common/validation/uuid-param.js';
import { CreateTransactionDto } from './dto/create-transaction.dto.js';
import { TransactionResponse } from './dto/transaction.response.js';
import { toTransactionResponse } from './transaction.mapper.js';
import { TransactionsService } from './transactions.service.js';

@ApiTags('transactions')
@Controller('api/v1/customers/:id/transactions')
export class TransactionsController {
  constructor(private readonly transactions: TransactionsService) {}

  @Post()
  @ApiCreatedResponse({ type: TransactionResponse })
  @ApiProblems(400, 404, 409)
  async create(
    @UuidParam('id') customerId: string,
    @Body() body: CreateTransactionDto,
  ): Promise<TransactionResponse> {
    return toTransactionResponse(await this.transactions.record(customerId, body));
  }

  @Get()
  @ApiOkResponse({ type: [TransactionResponse], description: 'Ordered by trade_date, then entry order' })
  @ApiProblems(400, 404)
  async list(@UuidParam('id') customerId: string): Promise<TransactionResponse[]> {
    return (await this.transactions.list(customerId)).map(toTransactionResponse);
  }

  @Delete(':transaction_id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(400, 404, 409)
  async delete(
    @UuidParam('id') customerId: string,
    @UuidParam('transaction_id') transactionId: string,
  ): Promise<void> {
    await this.transactions.delete(customerId, transactionId);
  }
}
