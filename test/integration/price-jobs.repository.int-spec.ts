import { jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { StocksRepository } from '../../src/market-data/stocks.repository.js';
import type { JobResponse } from '../../src/population/dto/job.response.js';
import { toJobResponse } from '../../src/population/job.mapper.js';
import type { NewPriceJob } from '../../src/population/price-job.record.js';
import { PriceJobsRepository } from '../../src/population/price-jobs.repository.js';
import { createTestDataSource, type TestDataSource } from '../support/test-data-source.js';

const newJob = (dedupeKey: string, tickers: string[]): NewPriceJob => ({
  id: randomUUID(),
  type: 'populate',
  dedupeKey,
  request: { tickers },
  tasks: tickers.map((ticker) => ({ ticker, fromDate: '2024-01-02', toDate: null })),
});
const done = (bars: number) => ({ state: 'succeeded' as const, bars, splits: 0, dividends: 0, error: null });

describe('PriceJobsRepository (price_jobs, price_job_tickers, price_refresh_periods)', () => {
  let db: TestDataSource;
  let jobs: PriceJobsRepository;
  const noQueue = async () => undefined;
  beforeAll(async () => {
    db = await createTestDataSource();
    jobs = new PriceJobsRepository(db.dataSource);
    await new StocksRepository(db.dataSource).ensureTickers(['AA', 'BB', 'CC']);
  });
  afterAll(() => db.close());

  it('creates a job with its tickers and its queue work in one transaction; an identical active job is reused', async () => {
    const first = newJob('key-1', ['AA', 'BB']);
    expect(await jobs.createOrGetActive(first, noQueue)).toEqual({ id: first.id, created: true });
    expect(await jobs.createOrGetActive(newJob('key-1', ['AA', 'BB']), noQueue)).toEqual({
      id: first.id,
      created: false,
    });
    const failing = newJob('key-2', ['CC']);
    await expect(
      jobs.createOrGetActive(failing, async () => {
        throw new Error('queue down');
      }),
    ).rejects.toThrow('queue down');
    expect(await jobs.findById(failing.id)).toBeNull();
    const stored = await jobs.findById(first.id);
    expect(stored).toMatchObject({ state: 'queued', tickersTotal: 2 });
  });

  it('settles the job whichever of two finishers commits last, once; a retry settles a job left open', async () => {
    const job = newJob('key-race', ['AA', 'BB', 'CC']);
    await jobs.createOrGetActive(job, noQueue);
    await jobs.startTickers(job.id, ['AA', 'BB', 'CC']);
    expect(await jobs.finishTicker(job.id, 'CC', done(1))).toBeNull();
    const settled = await Promise.all([
      jobs.finishTicker(job.id, 'AA', done(2)),
      jobs.finishTicker(job.id, 'BB', done(3)),
    ]);
    expect(settled.filter((one) => one !== null)).toEqual([expect.objectContaining({ state: 'succeeded' })]);
    // A crash after a ticker's outcome committed but before the check: a retry's settleIfDone settles.
    const left = newJob('key-left-open', ['AA']);
    await jobs.createOrGetActive(left, noQueue);
    await db.dataSource.query(
      `UPDATE price_job_tickers SET state = 'succeeded', finished_at = now() WHERE job_id = $1`,
      [left.id],
    );
    expect(await jobs.startTicker(left.id, 'AA')).toBeNull();
    expect(await jobs.settleIfDone(left.id)).toMatchObject({ id: left.id, state: 'succeeded' });
    expect(await jobs.settleIfDone(left.id)).toBeNull();
  });

  it('runs tickers and settles the job with the last one: succeeded, or partially when one failed', async () => {
    const job = newJob('key-3', ['AA', 'BB']);
    await jobs.createOrGetActive(job, noQueue);
    expect(await jobs.startTicker(job.id, 'AA')).toMatchObject({ ticker: 'AA', fromDate: '2024-01-02' });
    expect(await jobs.finishTicker(job.id, 'AA', done(5))).toBeNull();
    await jobs.startTicker(job.id, 'BB');
    const settled = await jobs.finishTicker(job.id, 'BB', { ...done(0), state: 'failed', error: 'no key' });
    expect(settled).toMatchObject({ id: job.id, state: 'partially_succeeded' });
    // Settled once: a late duplicate outcome changes nothing.
    expect(await jobs.finishTicker(job.id, 'BB', done(1))).toBeNull();
    expect((await jobs.findById(job.id))!.error).toBe('1 of 2 tickers failed');
    const [row] = await db.dataSource.query(
      `SELECT updated_at > created_at AS touched FROM price_jobs WHERE id = $1`,
      [job.id],
    );
    expect(row.touched).toBe(true);
  });

  it('lists jobs newest first, each row exactly as the mapper builds the single job', async () => {
    const queued = newJob('key-list-1', ['AA', 'BB', 'CC']);
    const partial = newJob('key-list-2', ['CC', 'AA']);
    const empty = { ...newJob('key-list-3', []), request: {} };
    for (const job of [queued, partial, empty]) await jobs.createOrGetActive(job, noQueue);
    await jobs.startTicker(partial.id, 'AA');
    await jobs.finishTicker(partial.id, 'AA', done(7));
    await jobs.startTicker(partial.id, 'CC');
    await jobs.finishTicker(partial.id, 'CC', { ...done(0), state: 'failed', error: 'no key' });
    await jobs.startTicker(queued.id, 'BB'); // 1 of 3 running: 0 done; percent 0
    await jobs.finishTicker(queued.id, 'BB', done(3)); // 1 of 3 done: percent 33.3
    await jobs.settleEmpty(empty.id);

    const listed = JSON.parse((await jobs.listPage(undefined, 200)).json) as JobResponse[];
    const created = listed.map((job) => job.created_at);
    expect(created).toEqual([...created].sort().reverse());
    for (const job of [queued, partial, empty]) {
      const row = listed.find((listedJob) => listedJob.id === job.id);
      expect(row).toEqual(toJobResponse((await jobs.findById(job.id))!));
    }
    const failedOnly = JSON.parse((await jobs.listPage('partially_succeeded', 200)).json) as JobResponse[];
    expect(failedOnly.map((job) => job.state)).toEqual(failedOnly.map(() => 'partially_succeeded'));
    expect(failedOnly.map((job) => job.id)).toContain(partial.id);
    expect(JSON.parse((await jobs.listPage(undefined, 1)).json)).toHaveLength(1);
  });

  it('reads a job and its tickers in one snapshot: a cancel committed during the read is not half seen', async () => {
    const job = newJob('key-snapshot', ['AA', 'BB']);
    await jobs.createOrGetActive(job, noQueue);
    await jobs.startTickers(job.id, ['AA']);
    // The read's connection answers its first statement about the job, then a cancel commits (it settles
    // the job and its open tickers in one transaction) before the read goes on.
    let cancelled = false;
    const interleaved = new Proxy(db.dataSource, {
      get(target, key, receiver) {
        if (key !== 'query') return Reflect.get(target, key, receiver);
        return async (sql: string, parameters?: unknown[]) => {
          const rows = await target.query(sql, parameters);
          if (!cancelled && sql.includes('FROM price_jobs')) {
            cancelled = true;
            expect(await jobs.cancel(job.id)).toBe('cancelled');
          }
          return rows;
        };
      },
    });
    const read = await new PriceJobsRepository(interleaved).findById(job.id);
    expect(cancelled).toBe(true);
    // The job as it was before the cancel, tickers included (two statements gave a running job with a
    // cancelled ticker); the cancel itself is seen by the next read.
    expect({ state: read!.state, tickers: read!.tickers.map((ticker) => ticker.state) }).toEqual({
      state: 'running',
      tickers: ['running', 'queued'],
    });
    // (A ticker already running finishes; the queued one is cancelled.)
    expect(await jobs.findById(job.id)).toMatchObject({
      state: 'cancelled',
      tickers: [{ state: 'running' }, { state: 'cancelled' }],
    });
  });

  it('ticker starts of one turn are one statement per job, each answered for its own ticker', async () => {
    const open = newJob('key-turn-open', ['AA', 'BB', 'CC']);
    const cancelled = newJob('key-turn-cancelled', ['DD']);
    for (const job of [open, cancelled]) await jobs.createOrGetActive(job, noQueue);
    expect(await jobs.cancel(cancelled.id)).toBe('cancelled');
    const statements = jest.spyOn(jobs as unknown as { markRunning(): Promise<unknown> }, 'markRunning');
    const started = await Promise.all([
      jobs.startTicker(open.id, 'AA'),
      jobs.startTicker(cancelled.id, 'DD'),
      jobs.startTicker(open.id, 'CC'),
    ]);
    expect(started).toEqual([
      { ticker: 'AA', fromDate: '2024-01-02', toDate: null },
      null,
      { ticker: 'CC', fromDate: '2024-01-02', toDate: null },
    ]);
    expect(statements.mock.calls).toEqual([
      [open.id, ['AA', 'CC']],
      [cancelled.id, ['DD']],
    ]);
    statements.mockRestore();
    const states = await db.dataSource.query(
      `SELECT ticker, state FROM price_job_tickers WHERE job_id = $1 ORDER BY ticker`,
      [open.id],
    );
    expect(states).toEqual([
      { ticker: 'AA', state: 'running' },
      { ticker: 'BB', state: 'queued' },
      { ticker: 'CC', state: 'running' },
    ]);
  });

  it('cancels only an active job, and a scheduled period is served once', async () => {
    const job = newJob('key-4', ['CC']);
    await jobs.createOrGetActive(job, noQueue);
    expect(await jobs.cancel(job.id)).toBe('cancelled');
    expect(await jobs.cancel(job.id)).toBe('finished');
    expect(await jobs.cancel(randomUUID())).toBe('not-found');

    const period = new Date('2024-06-03T22:30:00Z');
    const refresh = newJob('refresh-1', ['AA']);
    expect(await jobs.createOrGetActive(refresh, noQueue, period)).toEqual({ id: refresh.id, created: true });
    expect(await jobs.createOrGetActive(newJob('refresh-2', ['BB']), noQueue, period)).toBeNull();
  });

  it('a ticker start waits for the job row before it locks any ticker, so a cancel cannot deadlock with it', async () => {
    const job = newJob('key-cancel-race', ['AA', 'BB']);
    await jobs.createOrGetActive(job, noQueue);
    // Play a cancel in slow motion: lock the job row, let a start queue behind it, then cancel the tickers.
    const cancel = db.dataSource.createQueryRunner();
    await cancel.startTransaction();
    try {
      await cancel.query(`SET LOCAL lock_timeout = '3s'`);
      await cancel.query(`SELECT state FROM price_jobs WHERE id = $1 FOR UPDATE`, [job.id]); // as cancel()
      const start = jobs.startTicker(job.id, 'AA');
      await waitUntilBlockedBy(await cancel.query(`SELECT pg_backend_pid() AS pid`));
      // A start that had locked ticker AA first would hold this UPDATE up: a deadlock, or the lock timeout.
      await cancel.query(
        `UPDATE price_job_tickers SET state = 'cancelled' WHERE job_id = $1 AND state = 'queued'`,
        [job.id],
      );
      await cancel.query(`UPDATE price_jobs SET state = 'cancelled' WHERE id = $1`, [job.id]);
      await cancel.commitTransaction();
      expect(await start).toBeNull();
    } finally {
      if (cancel.isTransactionActive) await cancel.rollbackTransaction();
      await cancel.release();
    }
    const tickers = await db.dataSource.query(`SELECT state FROM price_job_tickers WHERE job_id = $1`, [
      job.id,
    ]);
    expect(tickers).toEqual([{ state: 'cancelled' }, { state: 'cancelled' }]);
  });

  it('ticker starts of a running job do not wait for one another', async () => {
    const job = newJob('key-parallel-starts', ['AA', 'BB', 'CC']);
    await jobs.createOrGetActive(job, noQueue);
    await jobs.startTicker(job.id, 'AA'); // the job is running from here on
    // A start still in flight: the same statement, in a transaction left open (its row locks held).
    const inFlight = db.dataSource.createQueryRunner();
    await inFlight.startTransaction();
    try {
      // The runner's manager: its statements (prepared ones too) run in the open transaction.
      await new PriceJobsRepository(inFlight.manager as unknown as DataSource).startTicker(job.id, 'BB');
      const started = await Promise.race([
        jobs.startTicker(job.id, 'CC'),
        new Promise((resolve) => setTimeout(() => resolve('blocked'), 2000)),
      ]);
      expect(started).toMatchObject({ ticker: 'CC' });
    } finally {
      await inFlight.commitTransaction();
      await inFlight.release();
    }
  });

  async function waitUntilBlockedBy([{ pid }]: { pid: number }[]): Promise<void> {
    for (let tries = 0; tries < 200; tries += 1) {
      const [{ waiting }] = await db.dataSource.query(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))`,
        [pid],
      );
      if (waiting > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error('the ticker start never waited for the job row');
  }
});
