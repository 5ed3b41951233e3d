import { Module } from '@nestjs/common';
import { CorporateActionsRepository } from './corporate-actions/corporate-actions.repository.js';
import { marketDataProviderFactory } from './market-data-provider.factory.js';
import { PriceLoaderService } from './price-loader.service.js';
import { PriceSeriesService } from './price-series.service.js';
import { PricesRepository } from './prices.repository.js';
import { PricesService } from './prices.service.js';
import { StocksController } from './stocks.controller.js';
import { StocksModule } from './stocks.module.js';

@Module({
  imports: [StocksModule],
  controllers: [StocksController],
  providers: [
    CorporateActionsRepository,
    PricesRepository,
    PricesService,
    PriceLoaderService,
    PriceSeriesService,
    marketDataProviderFactory,
  ],
  exports: [
    CorporateActionsRepository,
    PricesRepository,
    PriceLoaderService,
    PriceSeriesService,
    StocksModule,
  ],
})
export class MarketDataModule {}
