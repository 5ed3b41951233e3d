import { ListVersionsRepository } from '../common/list-cache/list-versions.repository.js';
import { Module } from '@nestjs/common';
import { CorporateActionsController } from './corporate-actions/corporate-actions.controller.js';
import { CorporateActionsRepository } from './corporate-actions/corporate-actions.repository.js';
import { CorporateActionsService } from './corporate-actions/corporate-actions.service.js';
import { GroupedPriceLoaderService } from './grouped-price-loader.service.js';
import { marketDataProviderFactory } from './market-data-provider.factory.js';
import { PriceLoaderService } from './price-loader.service.js';
import { PriceSeriesService } from './price-series.service.js';
import { PricesRepository } from './prices.repository.js';
import { PricesService } from './prices.service.js';
import { StocksController } from './stocks.controller.js';
import { StocksModule } from './stocks.module.js';

@Module({
  imports: [StocksModule],
  controllers: [StocksController, CorporateActionsController],
  providers: [
    PricesRepository,
    PricesService,
    ListVersionsRepository,
    CorporateActionsRepository,
    CorporateActionsService,
    PriceLoaderService,
    GroupedPriceLoaderService,
    PriceSeriesService,
    marketDataProviderFactory,
  ],
  exports: [
    PricesRepository,
    PriceLoaderService,
    GroupedPriceLoaderService,
    PriceSeriesService,
    CorporateActionsRepository,
    StocksModule,
  ],
})
export class MarketDataModule {}
