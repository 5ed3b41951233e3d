import { Inject, Injectable, Optional } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { classifyDatabaseError } from '../common/database-failure.js';
import { databaseOutageOf } from '../database/data-source-options.js';
import type { DatabaseOutage } from '../database/database-outage.js';
import { QUEUE_HEALTH, type QueueHealth } from '../jobs/queue-health.js';

const DATABASE_TIMEOUT_MS = 1500;

class DeadlineExceeded extends Error {}
class PendingMigrations extends Error {}

/**
 * The individual checks behind /health, /health/live and /health/ready. A failing database check says
 * why in one word (`reason`: `timeout`, `unavailable`, `pending`, `error`), never the driver's message,
 * which names the server's address.
 */
@Injectable()
export class HealthChecks {
  private readonly outage: DatabaseOutage;

  constructor(
    private readonly indicators: HealthIndicatorService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Optional() @Inject(QUEUE_HEALTH) private readonly queue?: QueueHealth,
  ) {
    this.outage = databaseOutageOf(dataSource);
  }

  /** The process answers (event loop turning); nothing external. */
  process() {
    return this.indicators.check('process').up({ uptime_seconds: Math.round(process.uptime()) });
  }

  /** `SELECT 1` on the app's pool within 1.5 s, even when the server is frozen. */
  database() {
    return this.bounded('database', async () => {
      await this.dataSource.query('SELECT 1');
    });
  }

  /** The job queue is started and its workers poll; down when no queue is bound at all. */
  queueRunning() {
    const check = this.indicators.check('queue');
    if (!this.queue) return check.down({ message: 'No job queue is configured in this process' });
    return this.queue.isRunning() ? check.up() : check.down({ message: 'The job queue is not running' });
  }

  /** Every migration this build knows is applied to the database. */
  migrations() {
    return this.bounded('migrations', async () => {
      if (await this.dataSource.showMigrations()) throw new PendingMigrations();
    });
  }

  private async bounded<Key extends string>(key: Key, work: () => Promise<void>) {
    const check = this.indicators.check(key);
    const started = performance.now();
    const token = this.outage.begin();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new DeadlineExceeded()), DATABASE_TIMEOUT_MS);
    });
    try {
      await Promise.race([work(), deadline]);
      return check.up({ responseTime: Math.round(performance.now() - started) });
    } catch (error) {
      // A ping the server leaves unanswered is an outage as much as a refused connection.
      if (error instanceof DeadlineExceeded) {
        this.outage.unreachable({ kind: 'unreachable', code: 'health-timeout' }, token);
      }
      return check.down({ reason: reasonFor(error) });
    } finally {
      clearTimeout(timer);
    }
  }
}

function reasonFor(error: unknown): 'timeout' | 'unavailable' | 'pending' | 'error' {
  if (error instanceof DeadlineExceeded) return 'timeout';
  if (error instanceof PendingMigrations) return 'pending';
  const failure = classifyDatabaseError(error);
  if (!failure) return 'error';
  return failure.kind === 'timeout' || failure.code.endsWith('-timeout') ? 'timeout' : 'unavailable';
}
