import { Module } from '@nestjs/common';
import { StocksModule } from '../market-data/stocks.module.js';
import { TransactionsController } from './transactions.controller.js';
import { PortfolioLedgerRepository } from './portfolio-ledger.repository.js';
import { TransactionsService } from './transactions.service.js';

@Module({
  imports: [StocksModule],
  controllers: [TransactionsController],
  providers: [TransactionsService, PortfolioLedgerRepository],
  exports: [PortfolioLedgerRepository],
})
export class PortfoliosModule {}
