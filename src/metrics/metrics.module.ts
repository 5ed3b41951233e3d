import { Global, Module } from '@nestjs/common';
import { JOB_METRICS } from '../population/job-metrics.js';
import { POLYGON_METRICS } from '../market-data/polygon-metrics.js';
import { MetricsController } from './metrics.controller.js';
import { MetricsService } from './metrics.service.js';

/**
 * Global: binds the metrics interfaces that features declare (POLYGON_METRICS, JOB_METRICS) to the one
 * Prometheus MetricsService, here and only here, so features never import metrics.
 */
@Global()
@Module({
  controllers: [MetricsController],
  providers: [
    MetricsService,
    { provide: POLYGON_METRICS, useExisting: MetricsService },
    { provide: JOB_METRICS, useExisting: MetricsService },
  ],
  exports: [MetricsService, POLYGON_METRICS, JOB_METRICS],
})
export class MetricsModule {}
