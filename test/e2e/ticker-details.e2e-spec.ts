import type { PolygonFakeServer } from '../fakes/polygon-fake-server.js';
import { AppWithFakePolygon, createAppWithFakePolygon } from '../support/app-with-fake-polygon.js';
import { eventually } from '../support/eventually.js';
import type { TestApp } from '../support/test-app.js';
import { waitForJob } from '../support/wait-for-job.js';

/** After the close on 2024-12-31 (New York), so that day's bar is final. */
const clock = { now: () => new Date('2024-12-31T23:00:00Z') };

describe('ticker details after a populate (e2e, real Postgres, pg-boss, fake Polygon)', () => {
  let setup: AppWithFakePolygon | undefined;
  let fake: PolygonFakeServer;
  let t: TestApp;

  beforeAll(async () => {
    // The idle poll at its longest: only the queue's own wake-ups can move the details along.
    setup = await createAppWithFakePolygon({ clock, env: { JOB_IDLE_POLL_SECONDS: '3600' } });
    ({ fake, t } = setup);
  });
  afterAll(async () => setup?.close());

  it('every new ticker of a job gets its details, back to back, not one per idle poll', async () => {
    const tickers = Array.from({ length: 12 }, (_, i) => `DT${String.fromCharCode(65 + i)}`);
    const res = await t
      .http()
      .post('/api/v1/stocks/populate')
      .send({ tickers, start_date: '2024-12-02', end_date: '2024-12-06' })
      .expect(202);
    expect((await waitForJob(t.http, res.body.id)).state).toBe('succeeded');
    await eventually(
      async () =>
        (
          await t.sql.query(
            `SELECT count(*)::int AS n FROM stocks WHERE ticker = ANY($1) AND details_fetched_at IS NOT NULL`,
            [tickers],
          )
        ).rows[0].n as number,
      (fetched) => fetched === tickers.length,
      { timeoutMs: 20_000, intervalMs: 200, what: 'every ticker with its details' },
    );
    const requested = fake.requests.filter((r) => r.path.startsWith('/v3/reference/tickers/'));
    expect(requested.map((r) => r.path).sort()).toEqual(
      tickers.map((ticker) => `/v3/reference/tickers/${ticker}`),
    );
  });
});
