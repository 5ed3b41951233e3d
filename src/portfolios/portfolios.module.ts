import { Module } from '@nestjs/common';
import { MarketDataModule } from '../market-data/market-data.module.js';
import { StocksModule } from '../market-data/stocks.module.js';
import { TransactionsController } from './transactions.controller.js';
import { PortfolioLedgerRepository } from './portfolio-ledger.repository.js';
import { PositionGuard } from './position-guard.js';
import { TransactionsService } from './transactions.service.js';

@Module({
  imports: [StocksModule, MarketDataModule],
  controllers: [TransactionsController],
  providers: [TransactionsService, PortfolioLedgerRepository, PositionGuard],
  exports: [PortfolioLedgerRepository, PositionGuard],
})
export class PortfoliosModule {}
