import { PolygonFakeServer } from '../fakes/polygon-fake-server.js';
import { eventually } from '../support/eventually.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { waitForJob } from '../support/wait-for-job.js';

/**
 * Idle workers sleep until a job is queued: NOTIFY wakes them, so with the safety-net poll at an hour a
 * populate still runs within the test's wait, also the second time (the workers went back to sleep).
 */
describe('job pickup: queued jobs wake idle workers (no short poll)', () => {
  let fake: PolygonFakeServer;
  let t: TestApp;
  beforeAll(async () => {
    fake = new PolygonFakeServer();
    const baseUrl = await fake.start();
    t = await createTestApp({
      env: {
        POLYGON_API_KEY: fake.apiKey,
        POLYGON_BASE_URL: baseUrl,
        POLYGON_REQUESTS_PER_MINUTE: '0',
        JOB_IDLE_POLL_SECONDS: '3600',
      },
    });
  });
  afterAll(async () => {
    await t?.close();
    await fake?.stop();
  });

  it('listens for the queue’s notifications', async () => {
    // The queue's own connection: LISTEN is its last statement, or its liveness check of the channel.
    await eventually(
      async () =>
        (
          await t.sql.query(
            `SELECT count(*)::int AS listening FROM pg_stat_activity
              WHERE datname = current_database() AND application_name = 'portfolio-returns-jobs'
                AND (query LIKE 'LISTEN %' OR query LIKE '%pg_listening_channels%')`,
          )
        ).rows[0].listening as number,
      (listening) => listening === 1,
      { what: 'one LISTEN connection of the job queue' },
    );
  });

  it.each(['WAKE1', 'WAKE2'])(
    'runs a populate of %s at once, the idle poll being an hour',
    async (ticker) => {
      const created = await t
        .http()
        .post('/api/v1/stocks/populate')
        .send({ tickers: [ticker], start_date: '2024-01-02', end_date: '2024-01-31' })
        .expect(202);
      const job = await waitForJob(t.http, created.body.id, undefined, 20_000);
      expect(job.state).toBe('succeeded');
      expect(fake.requestsTo(`/${ticker}/`).length).toBeGreaterThan(0);
    },
  );
});
