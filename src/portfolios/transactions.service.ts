import { Inject, Injectable } from '@nestjs/common';
import { BadRequestProblem, NotFoundProblem } from '../common/problem/problem.exception.js';
import { futureDateMessage, newYorkDate } from '../common/time/calendar-date.js';
import { CLOCK, type Clock } from '../common/time/clock.js';
import { StocksRepository } from '../market-data/stocks.repository.js';
import type { CreateTransactionDto } from './dto/create-transaction.dto.js';
import type { TransactionRecord } from './transaction.record.js';
import { PortfolioLedgerRepository } from './portfolio-ledger.repository.js';
import { PositionGuard } from './position-guard.js';

@Injectable()
export class TransactionsService {
  constructor(
    private readonly ledger: PortfolioLedgerRepository,
    private readonly stocks: StocksRepository,
    private readonly positions: PositionGuard,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async record(customerId: string, input: CreateTransactionDto): Promise<TransactionRecord> {
    const future = futureDateMessage('trade_date', input.trade_date, newYorkDate(this.clock.now()));
    if (future) throw new BadRequestProblem(future, 'future-trade-date');
    await this.stocks.ensureTickers([input.ticker]);
    const guard = await this.positions.forCustomer(customerId, [input.ticker]);
    const record = await this.ledger.insertTrade(
      customerId,
      {
        ticker: input.ticker,
        type: input.type,
        quantity: input.quantity,
        tradeDate: input.trade_date,
        price: input.price ?? null,
        fee: input.fee ?? '0',
      },
      guard,
    );
    return record ?? customerNotFound(customerId);
  }

  async list(customerId: string): Promise<TransactionRecord[]> {
    return (await this.ledger.listTrades(customerId)) ?? customerNotFound(customerId);
  }

  async delete(customerId: string, transactionId: string): Promise<void> {
    const guard = await this.positions.forCustomer(customerId);
    const outcome = await this.ledger.deleteTrade(customerId, transactionId, guard);
    if (outcome === 'no-customer') customerNotFound(customerId);
    if (outcome === 'no-transaction') {
      throw new NotFoundProblem(`Transaction ${transactionId} not found for customer ${customerId}`);
    }
  }
}

function customerNotFound(id: string): never {
  throw new NotFoundProblem(`Customer ${id} not found`);
}
