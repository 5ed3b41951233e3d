import { Module } from '@nestjs/common';
import { PortfoliosModule } from '../portfolios/portfolios.module.js';
import { ReturnsModule } from '../returns/returns.module.js';
import { ReportsController } from './reports.controller.js';
import { ReportsRepository } from './reports.repository.js';
import { ReportsService } from './reports.service.js';

/** Reports over every customer: the returns report, its chunks on the job queue, and its download. */
@Module({
  imports: [PortfoliosModule, ReturnsModule],
  controllers: [ReportsController],
  providers: [ReportsRepository, ReportsService],
})
export class ReportsModule {}
