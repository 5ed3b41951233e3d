import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { PgBoss } from 'pg-boss';
import type { Clock, Db, JobResult, JobWithMetadata, Queue, WorkOptions } from 'pg-boss';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { JobClaimsRepository } from './job-claims.repository.js';
import { JobPayloads, QUEUES, QueueName } from './job-names.js';
import { QUEUE_DATABASE, type QueueDatabase } from './queue-database.js';
import type { QueueHealth } from './queue-health.js';

export type JobHandler<N extends QueueName> = (job: JobWithMetadata<JobPayloads[N]>) => Promise<void>;

/**
 * How far before a job's creation its schedule occurrence may lie: the queue's cron pass (every 45 s)
 * sends an occurrence within its one-minute due window, and its forwarder polls every 45 s.
 */
const OCCURRENCE_LOOKBACK_MS = 2 * 60_000;

export interface ScheduledOccurrence {
  /** The cron occurrence a job was sent for: its period. */
  at: Date;
  /** When the schedule was first registered. */
  registeredOn: Date;
}

/** What a feature decides about its workers: how many run, and how many jobs each takes at once. */
export type WorkerOptions = Pick<WorkOptions, 'localConcurrency' | 'batchSize'>;

interface Registration {
  name: QueueName;
  options: WorkerOptions;
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
    @Inject(QUEUE_DATABASE) database: QueueDatabase,
    private readonly claims: JobClaimsRepository,
  ) {
    this.boss = new PgBoss({
      connectionString: database.connectionString,
      schema: 'pgboss',
      max: 4,
      application_name: 'portfolio-returns-jobs',
      // A queued job NOTIFYs (in its transaction); idle workers sleep until then (see workOptions).
      useListenNotify: true,
      notifyHeartbeatIntervalMs: config.prices.idlePollSeconds * 1000,
      // Expired heartbeats (a crashed worker's jobs) are found by the monitor pass, gated by both timers.
      superviseIntervalSeconds: config.prices.superviseIntervalSeconds,
      monitorIntervalSeconds: config.prices.superviseIntervalSeconds,
      ...QUIET_TIMERS,
      ...POOL_IDLE,
      clock: QUIET_CLOCK,
      schedule: config.prices.refreshCron !== undefined,
      ssl: database.ssl,
    });
    // pg-boss emits an error on every polling cycle while the database is down: the outage tracker logs
    // the outage once; anything else is logged as it comes.
    this.boss.on('error', (error: Error) => {
      if (!database.isOutage(error)) this.logger.error({ err: error }, 'pg-boss error');
    });
  }

  /**
   * Called by feature services in onModuleInit; workers start once the queue is up. How often they poll
   * is this class's policy, not the feature's: they are woken when a job is queued.
   */
  register<N extends QueueName>(name: N, options: WorkerOptions, handler: JobHandler<N>): void {
    this.registrations.push({ name, options, handler: handler as JobHandler<QueueName> });
  }

  isRunning(): boolean {
    return this.running;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.boss.start();
    for (const [name, options] of Object.entries(queueOptions(this.config))) {
      await this.boss.createQueue(name, options);
      // createQueue leaves an existing queue as it was: one created by an older release did not notify.
      await this.boss.updateQueue(name, { notify: true });
    }
    // Before any worker polls: what this instance's previous life left running goes back first.
    await this.reclaim();
    for (const { name, options, handler } of this.registrations) {
      await this.boss.work<JobPayloads[QueueName]>(
        name,
        workOptions(options, this.config.prices.idlePollSeconds),
        async (fetched) => {
          const jobs = fetched as JobWithMetadata<JobPayloads[QueueName]>[];
          await this.claim(name, jobs);
          // Jobs of a batch run side by side and settle one by one: a failure retries only its own job.
          const results = await Promise.all(
            jobs.map(async (job): Promise<JobResult> => {
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
          );
          await this.release(jobs);
          return results;
        },
      );
    }
    if (this.config.prices.refreshCron) {
      await this.boss.schedule(QUEUES.dailyRefresh, this.config.prices.refreshCron, {}, { tz: 'UTC' });
    } else {
      await this.boss.unschedule(QUEUES.dailyRefresh).catch(() => undefined);
    }
    this.running = true;
  }

  /**
   * The schedule occurrence a job of `name` created at `createdAt` was sent for: the latest one at or
   * before it, within OCCURRENCE_LOOKBACK_MS. Null when the queue has no schedule or no occurrence is
   * that close (a job sent by hand).
   */
  async scheduledOccurrence(name: QueueName, createdAt: Date): Promise<ScheduledOccurrence | null> {
    const schedule = await this.boss.getSchedule(name);
    if (!schedule) return null;
    const occurrences = this.boss.previewSchedule(schedule.cron, {
      tz: schedule.timezone,
      from: new Date(createdAt.getTime() - OCCURRENCE_LOOKBACK_MS),
      count: 10,
    });
    const at = occurrences.filter((occurrence) => occurrence <= createdAt).at(-1);
    return at ? { at, registeredOn: new Date(schedule.createdOn) } : null;
  }

  /**
   * Gives back, at once, the job attempts this instance (INSTANCE_ID) was running when it died: each
   * fails (counted as an attempt, as a lapsed heartbeat would be) and its retry may start now. Fenced
   * to the attempt this instance fetched, so a job another instance has retried meanwhile is left alone.
   */
  private async reclaim(): Promise<void> {
    const claimed = await this.claims.takeAll(this.config.prices.instanceId);
    let reclaimed = 0;
    for (const { jobId, queue, attempt } of claimed) {
      try {
        const failed = await this.boss.fail(
          queue,
          { id: jobId, retryCount: attempt },
          { message: 'the instance running it stopped before it finished; reclaimed at restart' },
        );
        // pg-boss types CommandResponse as empty; at run time it carries the count it changed.
        if ((failed as { affected?: number }).affected === 0) continue;
        reclaimed++;
        await this.boss.update(queue, undefined, { id: jobId, startAfter: 0 });
      } catch (error) {
        // Best effort: the job's heartbeat still lapses and the queue retries it then.
        this.logger.warn({ queue, jobId, err: error }, 'Could not reclaim a job of this instance');
      }
    }
    if (reclaimed > 0) this.logger.log({ reclaimed }, 'Reclaimed unfinished jobs of this instance');
  }

  /** Records which attempts this instance runs; best effort (the heartbeat still covers a lost claim). */
  private async claim(queue: QueueName, jobs: JobWithMetadata<unknown>[]): Promise<void> {
    const attempts = jobs.map((job) => ({ id: job.id, retryCount: job.retryCount }));
    await this.claims
      .claim(this.config.prices.instanceId, queue, attempts)
      .catch((error: unknown) => this.logger.warn({ queue, err: error }, 'Could not record job claims'));
  }

  private async release(jobs: JobWithMetadata<unknown>[]): Promise<void> {
    const ids = jobs.map((job) => job.id);
    await this.claims
      .release(this.config.prices.instanceId, ids)
      .catch((error: unknown) => this.logger.warn({ err: error }, 'Could not release job claims'));
  }

  /** Stops polling and waits (bounded) for running handlers; an unfinished job is retried later. */
  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    await this.boss.stop({ graceful: true, close: true, timeout: this.config.shutdownTimeoutMs });
  }

  /** Enqueues jobs, inside the caller's transaction when `db` is given (so both commit or neither). */
  async insert<N extends QueueName>(
    name: N,
    jobs: { id: string; data: JobPayloads[N]; singletonKey?: string }[],
    db?: Db,
  ) {
    if (jobs.length === 0) return;
    await this.boss.insert(name, jobs, db ? { db } : undefined);
  }

  async send<N extends QueueName>(name: N, data: JobPayloads[N], singletonKey?: string): Promise<void> {
    await this.boss.send(name, data, singletonKey ? { singletonKey } : undefined);
  }
}

/** Queue options: every queue NOTIFYs its workers when a job is queued (committed). */
function queueOptions(config: AppConfig): Record<QueueName, Omit<Queue, 'name'>> {
  return {
    [QUEUES.populateTicker]: {
      retryLimit: 3,
      retryDelay: 5,
      retryBackoff: true,
      expireInSeconds: 3600,
      heartbeatSeconds: config.prices.heartbeatSeconds,
      notify: true,
    },
    [QUEUES.tickerDetails]: { retryLimit: 2, retryDelay: 60, expireInSeconds: 600, notify: true },
    [QUEUES.dailyRefresh]: { retryLimit: 1, expireInSeconds: 600, notify: true },
    [QUEUES.groupedDaily]: {
      retryLimit: 2,
      retryDelay: 30,
      expireInSeconds: 3600,
      heartbeatSeconds: config.prices.heartbeatSeconds,
      notify: true,
    },
    [QUEUES.returnsReportChunk]: {
      retryLimit: 2,
      retryDelay: 5,
      expireInSeconds: 1800,
      heartbeatSeconds: config.prices.heartbeatSeconds,
      notify: true,
    },
  };
}

/**
 * pg-boss's background passes an idle instance pays for, at the slowest rate that still does their job
 * here: the cron pass and its forwarder run every 45 s (a daily refresh may start up to 90 s late),
 * dependency flows (unused), background migrations and the queue cache are looked at every few minutes,
 * the instance registry (pg-boss's getInstances, unused) is not written, and vacuum is not checked (its
 * warnings have no reader here; PostgreSQL's own monitoring covers it). Pooled connections stay
 * open between passes: one reopened every pass costs more (SCRAM authentication) than the pass itself.
 */
const QUIET_TIMERS = {
  cronMonitorIntervalSeconds: 45,
  cronWorkerIntervalSeconds: 45,
  flowIntervalSeconds: 3600,
  bamIntervalSeconds: 600,
  queueCacheIntervalSeconds: 300,
  registerInstance: false,
  monitorVacuum: false,
} as const;
/** Passed through to pg.Pool (pg-boss's types do not list it). */
const POOL_IDLE = { idleTimeoutMillis: 10 * 60_000 } as object;

/** pg-boss's fixed timer for its 'wip' progress events (nothing here listens to them). */
const WIP_EVENT_INTERVAL_MS = 2000;

/**
 * The system clock, except that pg-boss's 'wip' event timer fires once a minute instead of every 2 s
 * (it has no option). Job heartbeats, the only other repeating timer, refresh every heartbeatSeconds / 2
 * (at least 5 s) and are untouched.
 */
const QUIET_CLOCK: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
  setInterval: (fn, ms) => setInterval(fn, ms === WIP_EVENT_INTERVAL_MS ? 60_000 : ms),
  clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
};

/** While LISTEN/NOTIFY is down (e.g. behind PgBouncer), idle workers poll this often instead. */
const FALLBACK_POLL_SECONDS = 2;

/**
 * Metadata on (retry count, abort signal), per-job settlement, and, for batches, no pause between
 * fetches while a batch comes back full: a worker that waited out the polling interval after every
 * ticker could never go faster than batchSize / interval tickers per second. An idle worker wakes on
 * its queue's NOTIFY; `idlePollSeconds` is only the safety net (a missed notification, a retry whose
 * delay has passed).
 */
function workOptions(options: WorkerOptions, idlePollSeconds: number) {
  const batched = (options.batchSize ?? 1) > 1;
  return {
    ...options,
    pollingIntervalSeconds: Math.min(FALLBACK_POLL_SECONDS, idlePollSeconds),
    notifyPollingIntervalSeconds: idlePollSeconds,
    includeMetadata: true as const,
    perJobResults: true as const,
    burstWhenBatchFull: batched,
  };
}
