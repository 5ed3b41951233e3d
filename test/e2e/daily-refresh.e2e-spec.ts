import type { PolygonFakeServer } from '../fakes/polygon-fake-server.js';
import {
  AppWithFakePolygon,
  createAppWithFakePolygon,
  fakePolygonEnv,
} from '../support/app-with-fake-polygon.js';
import { customerBody } from '../factories/customer.factory.js';
import { createTestApp, TestApp } from '../support/test-app.js';
import { eventually } from '../support/eventually.js';
import { waitForJob } from '../support/wait-for-job.js';
import { JobQueue } from '../../src/jobs/job-queue.service.js';
import { QUEUES } from '../../src/jobs/job-names.js';
import { PriceJobsService } from '../../src/population/price-jobs.service.js';

const clock = { now: () => new Date('2024-12-31T23:00:00Z') };

describe('daily price refresh (PRICE_REFRESH_CRON)', () => {
  let setup: AppWithFakePolygon | undefined;
  let apps: TestApp[];
  beforeAll(async () => {
    setup = await createAppWithFakePolygon({
      clock,
      instances: 2,
      env: { PRICE_REFRESH_CRON: '30 22 * * 1-5', BENCHMARK_TICKERS: 'SPY,QQQ' },
    });
    ({ apps } = setup);
  });
  afterAll(async () => setup?.close());

  it('is registered once in the queue for all instances (UTC cron), not once per instance', async () => {
    const schedules = await apps[0].sql.query(`SELECT name, cron, timezone FROM pgboss.schedule`);
    expect(schedules.rows).toEqual([{ name: QUEUES.dailyRefresh, cron: '30 22 * * 1-5', timezone: 'UTC' }]);
  });

  it('a firing runs one incremental populate of every held ticker plus the benchmarks', async () => {
    const customer = await apps[0]
      .http()
      .post('/api/v1/customers')
      .send(customerBody({ stocks: [{ ticker: 'DR1', quantity: 2 }] }))
      .expect(201);
    await apps[0]
      .http()
      .post(`/api/v1/customers/${customer.body.id}/transactions`)
      .send({ ticker: 'DR2', type: 'BUY', quantity: 1, trade_date: '2024-06-03' })
      .expect(201);
    // What the schedule does at 22:30 UTC: one job in the refresh queue, taken by exactly one instance.
    await apps[1].app.get(JobQueue).send(QUEUES.dailyRefresh, {});
    const jobs: { id: string; type: string }[] = await eventually(
      async () =>
        (await apps[0].http().get('/api/v1/jobs').expect(200)).body.filter(
          (j: { type: string }) => j.type === 'daily_refresh',
        ),
      (found) => found.length > 0,
      { timeoutMs: 20_000, intervalMs: 200, what: 'a daily_refresh job' },
    );
    expect(jobs).toHaveLength(1);
    const job = await waitForJob(apps[0].http, jobs[0].id);
    expect(job.state).toBe('succeeded');
    expect(job.tickers.map((t: { ticker: string }) => t.ticker)).toEqual(['DR1', 'DR2', 'QQQ', 'SPY']);
    expect(job.request).toEqual({ tickers: ['DR1', 'DR2', 'QQQ', 'SPY'], start_date: null, end_date: null });
  });
});

describe('daily price refresh: once per scheduled period (per-minute cron, two instances, a restart)', () => {
  const env = { PRICE_REFRESH_CRON: '* * * * *', BENCHMARK_TICKERS: 'SPY' };
  let setup: AppWithFakePolygon | undefined;
  let fake: PolygonFakeServer;
  let apps: TestApp[];
  beforeAll(async () => {
    setup = await createAppWithFakePolygon({ clock, instances: 2, env });
    ({ fake, apps } = setup);
  });
  afterAll(async () => setup?.close());

  async function registeredOn(): Promise<Date> {
    const rows = await apps[0].sql.query(`SELECT created_on FROM pgboss.schedule WHERE name = $1`, [
      QUEUES.dailyRefresh,
    ]);
    return rows.rows[0].created_on;
  }

  it('firings of one occurrence run one refresh, whichever instance takes them, before and after a restart', async () => {
    // Firings are attributed by their creation time; a period a day ahead is out of the live schedule's reach.
    const period = new Date(Math.ceil((await registeredOn()).getTime() / 60_000) * 60_000 + 86_400_000);
    const firedAt = (seconds: number) => new Date(period.getTime() + seconds * 1000);
    const fire = (app: TestApp, seconds: number) => app.app.get(PriceJobsService).refresh(firedAt(seconds));

    expect(await apps[1].app.get(JobQueue).scheduledOccurrence(QUEUES.dailyRefresh, firedAt(42))).toEqual({
      at: period,
      registeredOn: await registeredOn(),
    });
    const first = await Promise.all([
      fire(apps[0], 5),
      fire(apps[1], 5),
      fire(apps[0], 31),
      fire(apps[1], 59),
    ]);
    expect(first.filter((job) => job !== null)).toHaveLength(1);

    // Instance 0 restarts in the middle of the period: a late duplicate still finds it served.
    await apps[0].close();
    apps[0] = await createTestApp({
      clock,
      env: { ...fakePolygonEnv(fake), ...env },
      database: apps[1].database,
    });
    expect(await fire(apps[0], 40)).toBeNull();
    expect(await fire(apps[1], 50)).toBeNull();

    // The next period runs once more.
    const next = await Promise.all([fire(apps[0], 61), fire(apps[1], 75)]);
    expect(next.filter((job) => job !== null)).toHaveLength(1);
    const periods = await apps[1].sql.query(
      `SELECT period FROM price_refresh_periods WHERE period >= $1 ORDER BY period`,
      [period],
    );
    expect(periods.rows.map((row) => row.period)).toEqual([period, new Date(period.getTime() + 60_000)]);
  });

  it("skips a firing of the occurrence before the schedule's registration (the first pass after start)", async () => {
    const registered = await registeredOn();
    expect(await apps[1].app.get(PriceJobsService).refresh(new Date(registered.getTime() + 1))).toBeNull();
  });
});
