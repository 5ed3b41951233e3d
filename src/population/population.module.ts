import { ListVersionsRepository } from '../common/list-cache/list-versions.repository.js';
import { Module } from '@nestjs/common';
import { MarketDataModule } from '../market-data/market-data.module.js';
import { PortfoliosModule } from '../portfolios/portfolios.module.js';
import { GroupedRefreshPlanner } from './grouped-refresh.planner.js';
import { GroupedRefreshWorker } from './grouped-refresh.worker.js';
import { JobsController } from './jobs.controller.js';
import { PopulateController } from './populate.controller.js';
import { PriceJobsRepository } from './price-jobs.repository.js';
import { PriceJobsService } from './price-jobs.service.js';

/**
 * Price population: the populate and job routes, price jobs and their per-ticker work, the daily refresh
 * and its grouped-daily runs.
 */
@Module({
  imports: [MarketDataModule, PortfoliosModule],
  controllers: [JobsController, PopulateController],
  providers: [
    PriceJobsRepository,
    PriceJobsService,
    GroupedRefreshPlanner,
    GroupedRefreshWorker,
    ListVersionsRepository,
  ],
})
export class PopulationModule {}
