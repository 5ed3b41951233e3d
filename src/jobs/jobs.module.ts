import { Global, Module } from '@nestjs/common';
import { JobClaimsRepository } from './job-claims.repository.js';
import { JobQueue } from './job-queue.service.js';
import { QUEUE_HEALTH } from './queue-health.js';

/**
 * Queue plumbing only: pg-boss on the app's database, typed queue names, claims and queue health. Features
 * (population) register their handlers with JobQueue. Global so that any feature and the health checks
 * can reach it.
 */
@Global()
@Module({
  providers: [JobQueue, JobClaimsRepository, { provide: QUEUE_HEALTH, useExisting: JobQueue }],
  exports: [JobQueue, QUEUE_HEALTH],
})
export class JobsModule {}
