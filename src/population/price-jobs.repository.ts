import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Db } from 'pg-boss';
import { DataSource, QueryRunner } from 'typeorm';
import { isoTimestampSql } from '../common/json/json-sql.js';
import type { VersionedPage } from '../common/list-cache/list-page-cache.js';
import { listVersionSql } from '../common/list-cache/list-versions.repository.js';
import { TurnBatcher } from '../common/batching/turn-batcher.js';
import { preparedQuery } from '../common/prepared-query.js';
import type { PriceJobState } from './entities/price-job.entity.js';
import type {
  FinishedJob,
  NewPriceJob,
  PriceJobRecord,
  TickerOutcome,
  TickerTask,
} from './price-job.record.js';

const ACTIVE = `('queued', 'running')`;

/** Ticker states that count as done in a job's progress (as job.mapper counts them). */
const DONE_STATES = `'succeeded', 'no_data', 'failed', 'cancelled'`;

const JOB_COLUMNS = `id, type, state, request, tickers_total AS "tickersTotal", error, created_at AS "createdAt",
  started_at AS "startedAt", finished_at AS "finishedAt"`;

/** pg-boss runs its SQL through this adapter so that enqueueing joins our transaction. */
function bossDb(runner: QueryRunner): Db {
  return {
    executeSql: async (text: string, values?: unknown[]) => {
      const result = await runner.query(text, values, true);
      return { rows: result.records, rowCount: result.affected };
    },
  };
}

/**
 * Owns `price_jobs` and `price_job_tickers` (what was asked, and how each ticker went) and
 * `price_refresh_periods` (which scheduled refresh occurrences have run).
 */
@Injectable()
export class PriceJobsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Creates the job and enqueues its work in one transaction, unless an identical job is queued or
   * running: then that job's id comes back instead (`created: false`). With a `period` (a scheduled
   * refresh occurrence) the period is claimed in the same transaction, first: null means another
   * firing already served it (the claim blocks on a concurrent one until that commits or rolls back).
   */
  async createOrGetActive(
    job: NewPriceJob,
    enqueue: (db: Db) => Promise<void>,
    period?: Date,
  ): Promise<{ id: string; created: boolean } | null> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const outcome = await this.dataSource.transaction(async (manager) => {
        if (period) {
          const claimed = await manager.query(
            `INSERT INTO price_refresh_periods (period, job_id) VALUES ($1, $2)
             ON CONFLICT (period) DO NOTHING RETURNING period`,
            [period, job.id],
          );
          if (claimed.length === 0) return null;
        }
        const inserted = await manager.query(
          `INSERT INTO price_jobs (id, type, state, dedupe_key, request, tickers_total)
           VALUES ($1, $2, 'queued', $3, $4, $5)
           ON CONFLICT (dedupe_key) WHERE state IN ${ACTIVE} DO NOTHING RETURNING id`,
          [job.id, job.type, job.dedupeKey, job.request, job.tasks.length],
        );
        if (inserted.length === 0) {
          const [active] = await manager.query(
            `SELECT id FROM price_jobs WHERE dedupe_key = $1 AND state IN ${ACTIVE}`,
            [job.dedupeKey],
          );
          if (!active) {
            // Settled in between: try again, with the period claim given back.
            if (period) await manager.query(`DELETE FROM price_refresh_periods WHERE period = $1`, [period]);
            return undefined;
          }
          // The identical job already running serves this period too.
          if (period) {
            await manager.query(`UPDATE price_refresh_periods SET job_id = $2 WHERE period = $1`, [
              period,
              active.id,
            ]);
          }
          return { id: active.id as string, created: false };
        }
        await manager.query(
          `INSERT INTO price_job_tickers (job_id, ticker, state, from_date, to_date)
           SELECT $1, t.ticker, 'queued', t.from_date, t.to_date
             FROM unnest($2::varchar[], $3::date[], $4::date[]) AS t(ticker, from_date, to_date)`,
          [job.id, ...columns(job.tasks)],
        );
        await enqueue(bossDb(manager.queryRunner!));
        return { id: job.id, created: true };
      });
      if (outcome !== undefined) return outcome;
    }
    throw new Error('Could not create or find the price job after 3 attempts');
  }

  /**
   * The job with its tickers, in one statement: read in two, a cancel committed in between (it settles the
   * job and its open tickers in one transaction) showed a running job with cancelled tickers.
   */
  async findById(id: string): Promise<PriceJobRecord | null> {
    const [job] = await this.dataSource.query(
      `SELECT ${JOB_COLUMNS},
              COALESCE((SELECT json_agg(json_build_object(
                          'ticker', t.ticker, 'state', t.state, 'bars', t.bars, 'splits', t.splits,
                          'dividends', t.dividends, 'error', t.error,
                          'fromDate', t.from_date::text, 'toDate', t.to_date::text) ORDER BY t.ticker)
                          FROM price_job_tickers t WHERE t.job_id = j.id), '[]'::json) AS tickers
         FROM price_jobs j WHERE j.id = $1`,
      [id],
    );
    return job ?? null;
  }

  /**
   * Recent jobs, newest first, with their tickers and progress, in one query, as the JSON array the
   * list route sends (the shape of job.mapper's toJobResponse), with the jobs list's version in the same
   * snapshot.
   */
  async listPage(state: PriceJobState | undefined, limit: number): Promise<VersionedPage> {
    const [page]: VersionedPage[] = await this.dataSource.query(
      `SELECT COALESCE(json_agg(json_build_object(
                'id', j.id,
                'type', j.type,
                'state', j.state,
                'progress', json_build_object(
                  'tickers_total', j.tickers_total,
                  'tickers_done', t.done,
                  'bars_upserted', t.bars,
                  'percent', CASE WHEN j.tickers_total = 0 THEN 100
                                  ELSE (round(1000.0 * t.done / j.tickers_total) / 10)::float8 END),
                'tickers', t.tickers,
                'request', j.request,
                'created_at', ${isoTimestampSql('j.created_at')},
                'started_at', ${isoTimestampSql('j.started_at')},
                'finished_at', ${isoTimestampSql('j.finished_at')},
                'error', j.error) ORDER BY j.created_at DESC, j.id), '[]'::json)::text AS json,
              ${listVersionSql('jobs')} AS version
         FROM (SELECT * FROM price_jobs WHERE ($1::text IS NULL OR state = $1)
                ORDER BY created_at DESC, id LIMIT $2) j
        CROSS JOIN LATERAL (
          SELECT count(*) FILTER (WHERE pt.state IN (${DONE_STATES})) AS done,
                 COALESCE(sum(pt.bars), 0) AS bars,
                 COALESCE(json_agg(json_build_object(
                   'ticker', pt.ticker, 'state', pt.state, 'bars', pt.bars, 'splits', pt.splits,
                   'dividends', pt.dividends, 'error', pt.error) ORDER BY pt.ticker), '[]'::json) AS tickers
            FROM price_job_tickers pt WHERE pt.job_id = j.id
        ) t`,
      [state ?? null, limit],
    );
    return page;
  }

  /**
   * Marks a ticker running (and its job, on the first ticker); null when the job was cancelled. The
   * starts of one turn (a queue batch's tickers start side by side) are one statement per job.
   */
  startTicker(jobId: string, ticker: string): Promise<TickerTask | null> {
    return this.starts.add({ jobId, ticker });
  }

  private readonly starts = new TurnBatcher(
    async (starts: { jobId: string; ticker: string }[], jobId: string) => {
      const started = await this.markRunning(
        jobId,
        starts.map((start) => start.ticker),
      );
      return starts.map(({ ticker }) => started.find((task) => task.ticker === ticker) ?? null);
    },
    (start) => start.jobId,
  );

  /** Records a ticker's outcome; when it was the last open ticker, settles the job (see finishTickers). */
  finishTicker(jobId: string, ticker: string, outcome: TickerOutcome): Promise<FinishedJob | null> {
    return this.finishTickers(jobId, [{ ...outcome, ticker }]);
  }

  /**
   * Marks many tickers of a job running at once (a grouped-daily run) and the job with them; returns
   * those still open (none when the job was cancelled).
   */
  async startTickers(jobId: string, tickers: string[]): Promise<string[]> {
    return (await this.markRunning(jobId, tickers)).map((task) => task.ticker);
  }

  /** Marks the job's open `tickers` running, and the job on its first; returns their tasks. */
  private async markRunning(jobId: string, tickers: string[]): Promise<TickerTask[]> {
    // One statement (a round trip per ticker less): the job is marked only when a ticker was. The job
    // row is locked before any ticker row, in the order cancel takes them; the other way round the two
    // deadlock (a ticker start locking AA and waiting for the job, a cancel holding the job and waiting
    // for AA). KEY SHARE: ticker starts do not wait for one another (nor for the job's own UPDATE below),
    // only for cancel's FOR UPDATE.
    return preparedQuery<TickerTask>(
      this.dataSource,
      `WITH j AS MATERIALIZED (
         SELECT id FROM price_jobs WHERE id = $1 AND state IN ${ACTIVE} FOR KEY SHARE
       ), started AS (
         UPDATE price_job_tickers t SET state = 'running'
           FROM j
          WHERE t.job_id = j.id AND t.ticker = ANY($2::varchar[]) AND t.state IN ${ACTIVE}
          RETURNING t.ticker, t.from_date::text AS "fromDate", t.to_date::text AS "toDate"
       ), job AS (
         UPDATE price_jobs SET state = 'running', started_at = now(), updated_at = now()
          WHERE id = $1 AND state = 'queued' AND EXISTS (SELECT 1 FROM started)
       )
       SELECT * FROM started`,
      [jobId, tickers],
    );
  }

  /**
   * Records the outcomes of a job's tickers and, when none is left open, settles the job: succeeded,
   * partially_succeeded or failed. Returns the settled job (null when this call did not settle it).
   *
   * No lock on the job: the outcomes commit on their own, and only then is the job checked. Of two
   * finishers racing for the last tickers, the one that commits last sees every outcome in its check, so
   * the job is always settled, exactly once (settle's UPDATE changes an open job only). A crash between the
   * two steps leaves every ticker done and the job open: the queue retries the ticker, finds it done, and
   * settles the job then (settleIfDone). Three round trips fewer per ticker than a locked transaction, and
   * no finisher waits for another's commit.
   */
  async finishTickers(
    jobId: string,
    outcomes: (TickerOutcome & { ticker: string })[],
  ): Promise<FinishedJob | null> {
    const column = <K extends keyof (typeof outcomes)[number]>(key: K) => outcomes.map((o) => o[key]);
    await preparedQuery(
      this.dataSource,
      `UPDATE price_job_tickers t SET state = o.state, bars = o.bars, splits = o.splits,
              dividends = o.dividends, error = o.error, finished_at = now()
         FROM unnest($2::varchar[], $3::varchar[], $4::int[], $5::int[], $6::int[], $7::text[])
              AS o(ticker, state, bars, splits, dividends, error)
        WHERE t.job_id = $1 AND t.ticker = o.ticker AND t.state IN ${ACTIVE}`,
      [
        jobId,
        column('ticker'),
        column('state'),
        column('bars'),
        column('splits'),
        column('dividends'),
        column('error'),
      ],
    );
    return this.settleIfDone(jobId);
  }

  /**
   * Settles the job when it is open and none of its tickers is (a read first: most calls find tickers
   * open, and a read commits without a WAL flush); returns the job if this call settled it.
   */
  async settleIfDone(jobId: string): Promise<FinishedJob | null> {
    const [{ done }] = await preparedQuery<{ done: boolean }>(
      this.dataSource,
      `SELECT NOT EXISTS (SELECT 1 FROM price_job_tickers WHERE job_id = $1 AND state IN ${ACTIVE}) AS done`,
      [jobId],
    );
    if (!done) return null;
    const runner = this.dataSource.createQueryRunner();
    try {
      return await this.settle(runner, jobId);
    } finally {
      await runner.release();
    }
  }

  private async settle(runner: QueryRunner, jobId: string): Promise<FinishedJob | null> {
    const [[settled]] = await runner.query(
      `UPDATE price_jobs j SET
          updated_at = now(),
          state = CASE WHEN f.failed = 0 THEN 'succeeded' WHEN f.failed = f.total THEN 'failed'
                       ELSE 'partially_succeeded' END,
          error = CASE WHEN f.failed = 0 THEN NULL
                       ELSE f.failed || ' of ' || f.total || ' tickers failed' END,
          finished_at = now(), started_at = COALESCE(j.started_at, now())
        FROM (SELECT count(*)::int AS total,
                     count(*) FILTER (WHERE state = 'failed')::int AS failed,
                     count(*) FILTER (WHERE state IN ${ACTIVE})::int AS open
                FROM price_job_tickers WHERE job_id = $1) f
       WHERE j.id = $1 AND j.state IN ${ACTIVE} AND f.open = 0
       RETURNING j.id, j.type, j.state, EXTRACT(EPOCH FROM (j.finished_at - j.created_at))::float8 AS "durationSeconds"`,
      [jobId],
    );
    return settled ?? null;
  }

  /** Settles a job that has no tickers at all (nothing to do). */
  async settleEmpty(jobId: string): Promise<FinishedJob | null> {
    return this.settleIfDone(jobId);
  }

  /** Cancels a queued or running job (its queued tickers with it): whether it was, or why not. */
  async cancel(jobId: string): Promise<'cancelled' | 'not-found' | 'finished'> {
    return this.dataSource.transaction(async (manager) => {
      // FOR UPDATE, the one row lock that conflicts with markRunning's KEY SHARE: ticker starts in
      // flight finish first, later ones find the job cancelled.
      const [job] = await manager.query(`SELECT state FROM price_jobs WHERE id = $1 FOR UPDATE`, [jobId]);
      if (!job) return 'not-found';
      if (!['queued', 'running'].includes(job.state)) return 'finished';
      await manager.query(
        `UPDATE price_jobs SET state = 'cancelled', finished_at = now(), updated_at = now(),
                error = 'cancelled by request' WHERE id = $1`,
        [jobId],
      );
      await manager.query(
        `UPDATE price_job_tickers SET state = 'cancelled', finished_at = now() WHERE job_id = $1 AND state = 'queued'`,
        [jobId],
      );
      return 'cancelled';
    });
  }
}

function columns(tasks: TickerTask[]): [string[], (string | null)[], (string | null)[]] {
  return [tasks.map((t) => t.ticker), tasks.map((t) => t.fromDate), tasks.map((t) => t.toDate)];
}
