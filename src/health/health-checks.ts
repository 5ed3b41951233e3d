import { Inject, Injectable, Optional } from '@nestjs/common';
import { HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { QUEUE_HEALTH, type QueueHealth } from '../jobs/queue-health.js';

const DATABASE_TIMEOUT_MS = 1500;

/** The individual checks behind /health, /health/live and /health/ready. */
@Injectable()
export class HealthChecks {
  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly typeOrm: TypeOrmHealthIndicator,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Optional() @Inject(QUEUE_HEALTH) private readonly queue?: QueueHealth,
  ) {}

  /** The process answers (event loop turning); nothing external. */
  process() {
    return this.indicators.check('process').up({ uptime_seconds: Math.round(process.uptime()) });
  }

  /** `SELECT 1` on the app's pool within 1.5 s. */
  database() {
    return this.typeOrm
      .pingCheck('database', { connection: this.dataSource })
      .withTimeout(DATABASE_TIMEOUT_MS);
  }

  /** The job queue is started and its workers poll; down when no queue is bound at all. */
  queueRunning() {
    const check = this.indicators.check('queue');
    if (!this.queue) return check.down({ message: 'No job queue is configured in this process' });
    return this.queue.isRunning() ? check.up() : check.down({ message: 'The job queue is not running' });
  }

  /** Every migration this build knows is applied to the database. */
  migrations() {
    return this.indicators
      .check('migrations')
      .attempt(async () => {
        if (await this.dataSource.showMigrations())
          throw new Error('Pending migrations: run npm run migration:run');
      })
      .withTimeout(DATABASE_TIMEOUT_MS);
  }
}
