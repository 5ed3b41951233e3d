import { ListVersionsRepository } from '../common/list-cache/list-versions.repository.js';
import { Module } from '@nestjs/common';
import { StocksModule } from '../market-data/stocks.module.js';
import { PortfoliosModule } from '../portfolios/portfolios.module.js';
import { CustomersController } from './customers.controller.js';
import { CustomersRepository } from './customers.repository.js';
import { CustomersService } from './customers.service.js';

@Module({
  imports: [StocksModule, PortfoliosModule],
  controllers: [CustomersController],
  providers: [CustomersService, CustomersRepository, ListVersionsRepository],
  exports: [CustomersService],
})
export class CustomersModule {}
