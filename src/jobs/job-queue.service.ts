import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PgBoss } from 'pg-boss';
import type { Db, JobResult, JobWithMetadata, WorkOptions } from 'pg-boss';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import type { DataSource } from 'typeorm';
import { databaseOutageOf, sslOptions } from '../database/data-source-options.js';
import { DATABASE_URL } from '../config/database-url.token.js';
import { JobPayloads, QUEUES, QueueName } from './job-names.js';
import type { QueueHealth } from './queue-health.js';

export type JobHandler<N extends QueueName> = (job: JobWithMetadata<JobPayloads[N]>) => Promise<void>;

interface Registration {
  name: QueueName;
  options: WorkOptions;
  handler: JobHandler<QueueName>;
}

/** pg-boss in its own schema, on the same Postgres: durable jobs, retries, heartbeats, one-firing schedules. */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnApplicationShutdown, QueueHealth {
  private readonly logger = new Logger('JobQueue');
  private readonly registrations: Registration[] = [];
  private readonly boss: PgBoss;
  private running = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DATABASE_URL) databaseUrl: string,
    @InjectDataSource() dataSource: DataSource,
  ) {
    this.boss = new PgBoss({
      connectionString: databaseUrl,
      schema: 'pgboss',
      max: 4,
      application_name: 'portfolio-returns-jobs',
      // Expired heartbeats (a crashed worker's jobs) are found by the monitor pass, gated by both timers.
      superviseIntervalSeconds: config.prices.superviseIntervalSeconds,
      monitorIntervalSeconds: config.prices.superviseIntervalSeconds,
      schedule: config.prices.refreshCron !== undefined,
      // The same TLS as the app's pool, CA bundle included (RDS forces SSL).
      ssl: sslOptions(config.database),
    });
    // pg-boss emits an error on every polling cycle while the database is down: the outage tracker logs
    // the outage once; anything else is logged as it comes.
    const outage = databaseOutageOf(dataSource);
    this.boss.on('error', (error: Error) => {
      if (!outage.failed(error)) this.logger.error({ err: error }, 'pg-boss error');
    });
  }

  /** Called by feature services in onModuleInit; workers start once the queue is up. */
  register<N extends QueueName>(name: N, options: WorkOptions, handler: JobHandler<N>): void {
    this.registrations.push({ name, options, handler: handler as JobHandler<QueueName> });
  }

  isRunning(): boolean {
    return this.running;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.boss.start();
    await this.boss.createQueue(QUEUES.populateTicker, {
      retryLimit: 3,
      retryDelay: 5,
      retryBackoff: true,
      expireInSeconds: 3600,
      heartbeatSeconds: this.config.prices.heartbeatSeconds,
    });
    await this.boss.createQueue(QUEUES.tickerDetails, {
      retryLimit: 2,
      retryDelay: 60,
      expireInSeconds: 600,
    });
    await this.boss.createQueue(QUEUES.dailyRefresh, { retryLimit: 1, expireInSeconds: 600 });
    for (const { name, options, handler } of this.registrations) {
      await this.boss.work<JobPayloads[QueueName]>(name, workOptions(options), async (jobs) =>
        // Jobs of a batch run side by side and settle one by one: a failure retries only its own job.
        Promise.all(
          (jobs as JobWithMetadata<JobPayloads[QueueName]>[]).map(async (job): Promise<JobResult> => {
            try {
              await handler(job);
              return { id: job.id, status: 'completed' };
            } catch (error) {
              this.logger.warn(
                { queue: name, jobId: job.id, err: error },
                'Job attempt failed; it will be retried',
              );
              return { id: job.id, status: 'failed', output: { message: (error as Error).message } };
            }
          }),
        ),
      );
    }
    if (this.config.prices.refreshCron) {
      await this.boss.schedule(QUEUES.dailyRefresh, this.config.prices.refreshCron, {}, { tz: 'UTC' });
    } else {
      await this.boss.unschedule(QUEUES.dailyRefresh).catch(() => undefined);
    }
    this.running = true;
  }

  /** Stops polling and waits (bounded) for running handlers; an unfinished job is retried later. */
  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    await this.boss.stop({ graceful: true, close: true, timeout: this.config.shutdownTimeoutMs });
  }

  /** Enqueues jobs, inside the caller's transaction when `db` is given (so both commit or neither). */
  async insert<N extends QueueName>(name: N, jobs: { id: string; data: JobPayloads[N] }[], db?: Db) {
    if (jobs.length === 0) return;
    await this.boss.insert(name, jobs, db ? { db } : undefined);
  }

  async send<N extends QueueName>(name: N, data: JobPayloads[N], singletonKey?: string): Promise<void> {
    await this.boss.send(name, data, singletonKey ? { singletonKey } : undefined);
  }
}

/**
 * Metadata on (retry count, abort signal), per-job settlement, and, for batches, no pause between
 * fetches while a batch comes back full: a worker that waited out the polling interval after every
 * ticker could never go faster than batchSize / interval tickers per second.
 */
function workOptions(options: WorkOptions) {
  const batched = (options.batchSize ?? 1) > 1;
  return {
    ...options,
    includeMetadata: true as const,
    perJobResults: true as const,
    burstWhenBatchFull: batched,
  };
}
