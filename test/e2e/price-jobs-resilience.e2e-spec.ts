import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { PolygonFakeServer } from '../fakes/polygon-fake-server.js';
import {
  AppWithFakePolygon,
  createAppWithFakePolygon,
  fakePolygonEnv,
} from '../support/app-with-fake-polygon.js';
import { createTestApp, TestApp } from '../support/test-app.js';
import { createTestDatabase, TestDatabase } from '../support/test-database.js';
import { eventually } from '../support/eventually.js';
import { waitForJob } from '../support/wait-for-job.js';
import { freePort } from '../../src/database/embedded-postgres.js';
import { QUEUES } from '../../src/jobs/job-names.js';

const clock = { now: () => new Date('2024-12-31T23:00:00Z') };

async function storedCloses(t: TestApp, ticker: string): Promise<[string, number][]> {
  const rows = await t.sql.query(
    `SELECT date::text AS date, close::float8 AS close FROM stock_prices WHERE ticker = $1 ORDER BY date`,
    [ticker],
  );
  return rows.rows.map((row) => [row.date, row.close]);
}

describe('price jobs: one request rate for the whole deployment', () => {
  let setup: AppWithFakePolygon | undefined;
  let fake: PolygonFakeServer;
  let apps: TestApp[];
  beforeAll(async () => {
    // Two instances on one database, each with three workers.
    setup = await createAppWithFakePolygon({
      clock,
      instances: 2,
      env: { POLYGON_REQUESTS_PER_MINUTE: '120', JOB_CONCURRENCY: '3' },
    });
    ({ fake, apps } = setup);
  });
  afterAll(async () => setup?.close());

  it('holds POLYGON_REQUESTS_PER_MINUTE across all workers of all instances (counted at the fake)', async () => {
    const body = (tickers: string[]) => ({ tickers, start_date: '2024-01-02', end_date: '2024-01-31' });
    const [a, b] = await Promise.all([
      apps[0]
        .http()
        .post('/api/v1/stocks/populate')
        .send(body(['RA', 'RB', 'RC', 'RD']))
        .expect(202),
      apps[1]
        .http()
        .post('/api/v1/stocks/populate')
        .send(body(['RE', 'RF', 'RG', 'RH']))
        .expect(202),
    ]);
    // Generous: on a loaded CI machine a ticker's failed attempt is retried after 5 s, then 10 s.
    await waitForJob(apps[0].http, a.body.id, undefined, 90_000);
    await waitForJob(apps[1].http, b.body.id, undefined, 90_000);
    // Counted before the limiter is read: a request's reservation committed before it left, so every
    // request counted here is in the sum below even if a straggler is still under way.
    const sent = fake.requests.filter((request) => request.authorized).length;
    expect(sent).toBeGreaterThanOrEqual(8);
    // Every request of both instances took a reservation from the one limiter in the database (the
    // sliding-window arithmetic itself is proven in test/integration/pg-rate-limiter.int-spec.ts).
    const [{ taken }] = (
      await apps[0].sql.query(`SELECT sum(taken)::int AS taken FROM rate_limit_slots WHERE name = 'polygon'`)
    ).rows;
    expect(taken).toBeGreaterThanOrEqual(sent);
    expect(fake.maxRequestsInWindow(60_000)).toBeLessThanOrEqual(120);
  }, 120_000);
});

describe('price jobs: a crash mid-job, a restart, and exactly the data of an uninterrupted run', () => {
  let fake: PolygonFakeServer;
  let database: TestDatabase;
  let child: ChildProcess | undefined;
  let t: TestApp | undefined;

  beforeAll(async () => {
    execSync('node scripts/build-if-needed.mjs', { stdio: 'ignore' });
    fake = new PolygonFakeServer();
    await fake.start();
    database = await createTestDatabase();
  });
  afterAll(async () => {
    child?.kill('SIGKILL');
    await t?.close();
    await database?.drop();
    await fake?.stop();
  });

  it('a SIGKILLed instance leaves a running job; restarted, it reclaims its ticker at once, to the same result', async () => {
    const tickers = ['KA', 'KB', 'KC'];
    // The second ticker hangs long enough for the kill to land mid-job.
    fake.inject({ type: 'delay', ms: 20_000 }, { path: '/ticker/KB/' });
    const port = await freePort();
    const env = {
      ...process.env,
      DATABASE_URL: database.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      ...fakePolygonEnv(fake),
      POLYGON_TIMEOUT_MS: '60000',
      JOB_CONCURRENCY: '1',
      // A heartbeat far longer than the test may wait: only the restart's reclaim can retry KB in time.
      JOB_HEARTBEAT_SECONDS: '600',
      INSTANCE_ID: 'resilience-1',
      PRICE_REFRESH_CRON: 'off',
    };
    child = spawn(process.execPath, ['dist/main.js'], { env, stdio: 'ignore' });
    const base = `http://127.0.0.1:${port}`;
    await eventually(
      async () => (await fetch(`${base}/health/live`).catch(() => null))?.ok === true,
      Boolean,
      {
        what: 'the child instance live',
      },
    );
    const created = await fetch(`${base}/api/v1/stocks/populate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tickers, start_date: '2024-01-02', end_date: '2024-03-28' }),
    });
    expect(created.status).toBe(202);
    const { id } = (await created.json()) as { id: string };
    await eventually(() => fake.requests.some((request) => request.path.includes('/ticker/KB/')), Boolean, {
      what: 'the request for KB',
    });
    child.kill('SIGKILL');
    await new Promise((resolve) => child!.once('exit', resolve));
    child = undefined;

    t = await createTestApp({
      clock,
      database,
      // A short safety poll: a ticker-details job whose NOTIFY came while its worker was busy is picked up
      // by the poll, not the default minute later.
      env: {
        ...fakePolygonEnv(fake),
        JOB_HEARTBEAT_SECONDS: '600',
        INSTANCE_ID: 'resilience-1',
        JOB_IDLE_POLL_SECONDS: '2',
      },
    });
    const interrupted = (await t.http().get(`/api/v1/jobs/${id}`).expect(200)).body;
    expect(interrupted.state).not.toBe('succeeded');
    const job = await waitForJob(t.http, id, undefined, 60_000);
    expect(job.state).toBe('succeeded');
    // KB's attempt was handed back by the restarted instance (one attempt counted), not by a lapsed
    // heartbeat; no claim is left behind.
    const kb = await t.sql.query(
      `SELECT retry_count, state FROM pgboss.job WHERE name = $1 AND data->>'ticker' = 'KB'`,
      [QUEUES.populateTicker],
    );
    expect(kb.rows).toEqual([{ retry_count: 1, state: 'completed' }]);
    // The job's success queues the ticker-details lookups, whose own claims last while they run: wait for
    // them to finish before looking for a claim left behind.
    const app = t;
    await eventually(
      async () =>
        (
          await app.sql.query(
            `SELECT count(*)::int AS open FROM pgboss.job WHERE name = $1 AND state IN ('created', 'retry', 'active')`,
            [QUEUES.tickerDetails],
          )
        ).rows[0].open,
      (open) => open === 0,
      { what: 'the ticker-details jobs finished' },
    );
    expect((await t.sql.query(`SELECT * FROM job_claims`)).rows).toEqual([]);
    for (const ticker of tickers) {
      const expected = fake.market
        .bars(ticker, '2023-12-26', '2024-03-28', true)
        .map((bar) => [bar.date, bar.c]);
      expect(await storedCloses(t, ticker)).toEqual(expected);
    }
  }, 90_000);
});
