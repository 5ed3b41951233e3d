import { Global, Module } from '@nestjs/common';
import { MarketDataModule } from '../market-data/market-data.module.js';
import { PortfoliosModule } from '../portfolios/portfolios.module.js';
import { JobClaimsRepository } from './job-claims.repository.js';
import { JobQueue } from './job-queue.service.js';
import { JobsController } from './jobs.controller.js';
import { PopulateController } from './populate.controller.js';
import { PriceJobsRepository } from './price-jobs.repository.js';
import { PriceJobsService } from './price-jobs.service.js';
import { QUEUE_HEALTH } from './queue-health.js';

/** Global so that health checks can see QUEUE_HEALTH. */
@Global()
@Module({
  imports: [MarketDataModule, PortfoliosModule],
  controllers: [JobsController, PopulateController],
  providers: [
    JobQueue,
    JobClaimsRepository,
    PriceJobsRepository,
    PriceJobsService,
    { provide: QUEUE_HEALTH, useExisting: JobQueue },
  ],
  exports: [QUEUE_HEALTH],
})
export class JobsModule {}
