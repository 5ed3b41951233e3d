import type { PolygonFakeServer } from '../fakes/polygon-fake-server.js';
import { customerBody } from '../factories/customer.factory.js';
import { AppWithFakePolygon, createAppWithFakePolygon } from '../support/app-with-fake-polygon.js';
import { createTestApp, TestApp } from '../support/test-app.js';
import { eventually } from '../support/eventually.js';
import { waitForJob } from '../support/wait-for-job.js';

/** After the close on 2024-12-31 (New York), so that day's bar is final. */
const clock = { now: () => new Date('2024-12-31T23:00:00Z') };
const PROBLEM = /application\/problem\+json/;

describe('prices: populate jobs against the fake Polygon (e2e, real Postgres, pg-boss)', () => {
  let setup: AppWithFakePolygon | undefined;
  let fake: PolygonFakeServer;
  let t: TestApp;

  beforeAll(async () => {
    setup = await createAppWithFakePolygon({
      polygon: {
        market: { splits: [{ ticker: 'SPLT', executionDate: '2024-06-10', splitFrom: 1, splitTo: 4 }] },
      },
      clock,
      env: { POLYGON_MAX_RETRIES: '2', BENCHMARK_TICKERS: 'SPY' },
    });
    ({ fake, t } = setup);
  });
  afterAll(async () => setup?.close());

  it('POST /stocks/populate → 202 with Location; polling reaches succeeded with every bar stored', async () => {
    const res = await t
      .http()
      .post('/api/v1/stocks/populate')
      .send({ tickers: ['aapl', 'MSFT'], start_date: '2024-01-02', end_date: '2024-01-31' })
      .expect(202);
    expect(res.headers.location).toBe(`/api/v1/jobs/${res.body.id}`);
    expect(res.body).toMatchObject({
      type: 'populate',
      state: expect.stringMatching(/queued|running|succeeded/),
      progress: { tickers_total: 2 },
    });
    const job = await waitForJob(t.http, res.body.id);
    expect(job.state).toBe('succeeded');
    // 7 days before the start so that an as-of price exists on 2024-01-02: 2023-12-26 .. 2024-01-31.
    const expected = fake.market.bars('AAPL', '2023-12-26', '2024-01-31', true);
    expect(job.tickers).toEqual([
      { ticker: 'AAPL', state: 'succeeded', bars: expected.length, splits: 0, dividends: 0, error: null },
      { ticker: 'MSFT', state: 'succeeded', bars: expect.any(Number), splits: 0, dividends: 0, error: null },
    ]);
    expect(job.progress).toEqual({
      tickers_total: 2,
      tickers_done: 2,
      bars_upserted: expect.any(Number),
      percent: 100,
    });
    const stored = await t.sql.query(
      `SELECT date::text AS date, close::text AS close FROM stock_prices WHERE ticker = 'AAPL' ORDER BY date`,
    );
    expect(stored.rows.map((r) => r.date)).toEqual(expected.map((b) => b.date));
    expect(stored.rows.map((r) => Number(r.close))).toEqual(expected.map((b) => b.c));
    const auth = fake.requests.filter((r) => r.path.startsWith('/v2/aggs'));
    expect(auth.every((r) => r.authorized)).toBe(true);
  });

  it('new tickers get their name and exchange from ticker details, after their bars (low priority)', async () => {
    const stock = await eventually(
      async () => (await t.http().get('/api/v1/stocks/AAPL').expect(200)).body,
      (found) => found.name !== null,
      { timeoutMs: 15_000, intervalMs: 200, what: 'AAPL with a name' },
    );
    expect(stock).toMatchObject({ ticker: 'AAPL', name: expect.any(String), exchange: expect.any(String) });
    expect(fake.requests.filter((r) => r.path === '/v3/reference/tickers/AAPL')).toHaveLength(1);
  });

  it('trading dates follow New York midnight across the DST switch (no shifted days)', async () => {
    const res = await t
      .http()
      .post('/api/v1/stocks/populate/QQQ')
      .send({ start_date: '2024-03-08', end_date: '2024-03-12' })
      .expect(202);
    expect((await waitForJob(t.http, res.body.id)).state).toBe('succeeded');
    const prices = await t
      .http()
      .get('/api/v1/stocks/QQQ/prices?start_date=2024-03-08&end_date=2024-03-12')
      .expect(200);
    expect(prices.body.map((b: { date: string }) => b.date)).toEqual([
      '2024-03-08',
      '2024-03-11',
      '2024-03-12',
    ]);
  });

  it('the same request while the job is queued or running returns that job (202, same id)', async () => {
    fake.inject({ type: 'delay', ms: 1500 }, { path: '/ticker/IBM/' });
    const body = { tickers: ['IBM'], start_date: '2024-02-01', end_date: '2024-02-29' };
    const first = await t.http().post('/api/v1/stocks/populate').send(body).expect(202);
    const second = await t
      .http()
      .post('/api/v1/stocks/populate')
      .send({ ...body, tickers: ['ibm'] })
      .expect(202);
    expect(second.body.id).toBe(first.body.id);
    expect(second.headers.location).toBe(first.headers.location);
    await waitForJob(t.http, first.body.id);
    const third = await t.http().post('/api/v1/stocks/populate').send(body).expect(202);
    expect(third.body.id).not.toBe(first.body.id);
    await waitForJob(t.http, third.body.id);
  });

  it('per-ticker failures: a 403 fails that ticker with its reason, no data is no_data, the job is partial', async () => {
    fake.inject({ type: 'forbidden', reason: 'not_entitled' }, { path: '/ticker/DENY/', times: 5 });
    const res = await t
      .http()
      .post('/api/v1/stocks/populate')
      .send({ tickers: ['DENY', 'UNKNOWN', 'KO'], start_date: '2024-01-02', end_date: '2024-01-05' })
      .expect(202);
    const job = await waitForJob(t.http, res.body.id);
    expect(job.state).toBe('partially_succeeded');
    const byTicker = Object.fromEntries(job.tickers.map((x: { ticker: string }) => [x.ticker, x]));
    expect(byTicker.DENY).toMatchObject({
      state: 'failed',
      bars: 0,
      error: expect.stringMatching(/not_entitled.*not entitled/i),
    });
    expect(byTicker.UNKNOWN).toMatchObject({ state: 'no_data', bars: 0, error: null });
    expect(byTicker.KO).toMatchObject({ state: 'succeeded' });
    expect(job.error).toBe('1 of 3 tickers failed');
    // No retry storm: one request for the refused ticker.
    expect(fake.requests.filter((r) => r.path.includes('/ticker/DENY/')).length).toBe(1);
    expect(JSON.stringify(job)).not.toContain(fake.apiKey);
  });

  it('5xx and 429 are retried inside the job and end in success', async () => {
    fake.inject({ type: 'server_error', status: 502, body: 'html' }, { path: '/ticker/PEP/', times: 1 });
    fake.inject({ type: 'rate_limit', retryAfter: '0' }, { path: '/ticker/PEP/', times: 2 });
    const res = await t
      .http()
      .post('/api/v1/stocks/populate/PEP')
      .send({ start_date: '2024-01-02', end_date: '2024-01-05' })
      .expect(202);
    const job = await waitForJob(t.http, res.body.id);
    expect(job.tickers[0]).toMatchObject({ ticker: 'PEP', state: 'succeeded' });
  });

  it('without tickers: every held or traded ticker plus the benchmark; incremental range re-fetches 5 sessions', async () => {
    const customer = await t
      .http()
      .post('/api/v1/customers')
      .send(customerBody({ stocks: [{ ticker: 'HELD', quantity: 1 }] }))
      .expect(201);
    await t
      .http()
      .post(`/api/v1/customers/${customer.body.id}/transactions`)
      .send({ ticker: 'TRDD', type: 'BUY', quantity: 1, trade_date: '2024-12-02' })
      .expect(201);
    const first = await t.http().post('/api/v1/stocks/populate').send({}).expect(202);
    const job = await waitForJob(t.http, first.body.id);
    const tickers = job.tickers.map((x: { ticker: string }) => x.ticker);
    expect(tickers).toEqual(expect.arrayContaining(['HELD', 'TRDD', 'SPY']));
    // A new ticker: POPULATE_DEFAULT_YEARS (2) back from the latest complete session.
    const held = fake.requests.find((r) => r.path.includes('/ticker/HELD/'))!;
    expect(held.path).toContain('/2022-12-31/2024-12-31');
    const before = fake.requests.length;
    const again = await t
      .http()
      .post('/api/v1/stocks/populate')
      .send({ tickers: ['HELD'] })
      .expect(202);
    await waitForJob(t.http, again.body.id);
    const incremental = fake.requests.slice(before).find((r) => r.path.startsWith('/v2/aggs/ticker/HELD/'))!;
    const fifthLast = fake.market.bars('HELD', '2024-12-01', '2024-12-31', true).slice(-5)[0].date;
    expect(incremental.path).toContain(`/${fifthLast}/2024-12-31`);
  });

  it('a split after the last full fetch re-fetches the whole stored range, so history never mixes bases', async () => {
    // Stored before the split as if fetched then: import pre-split (unadjusted) closes.
    await t
      .http()
      .post('/api/v1/stocks/SPLT/prices')
      .set('content-type', 'text/csv')
      .send(
        'date,open,high,low,close,volume\n2024-06-03,400,410,390,400,1000\n2024-06-04,404,410,390,404,1000\n',
      )
      .expect(200);
    const res = await t
      .http()
      .post('/api/v1/stocks/populate')
      .send({ tickers: ['SPLT'] })
      .expect(202);
    await waitForJob(t.http, res.body.id);
    const aggs = fake.requests.filter((r) => r.path.startsWith('/v2/aggs/ticker/SPLT/'));
    expect(aggs.at(-1)!.path).toContain('/2024-06-03/2024-12-31');
    const adjusted = fake.market.bars('SPLT', '2024-06-03', '2024-06-03', true)[0].c;
    const stored = await t.sql.query(
      `SELECT close::float8 AS close FROM stock_prices WHERE ticker = 'SPLT' AND date = '2024-06-03'`,
    );
    expect(stored.rows[0].close).toBe(adjusted);
  });

  it('DELETE /jobs/{id} cancels a queued or running job; a finished one → 409', async () => {
    fake.inject({ type: 'delay', ms: 2000 }, { path: '/ticker/C1/' });
    const res = await t
      .http()
      .post('/api/v1/stocks/populate')
      .send({ tickers: ['C1', 'C2', 'C3'], start_date: '2024-01-02', end_date: '2024-01-05' })
      .expect(202);
    const cancelled = await t.http().delete(`/api/v1/jobs/${res.body.id}`).expect(200);
    expect(cancelled.body.state).toBe('cancelled');
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const after = await t.http().get(`/api/v1/jobs/${res.body.id}`).expect(200);
    expect(after.body.state).toBe('cancelled');
    await t.http().delete(`/api/v1/jobs/${res.body.id}`).expect(409).expect('content-type', PROBLEM);
  });

  it('GET /jobs lists recent jobs, filters by state and validates its query', async () => {
    const all = await t.http().get('/api/v1/jobs?limit=50').expect(200);
    expect(all.body.length).toBeGreaterThan(3);
    const ok = await t.http().get('/api/v1/jobs?state=succeeded').expect(200);
    expect(ok.body.every((j: { state: string }) => j.state === 'succeeded')).toBe(true);
    await t.http().get('/api/v1/jobs?state=bogus').expect(400);
    await t.http().get('/api/v1/jobs?limit=0').expect(400);
    await t.http().get('/api/v1/jobs/not-a-uuid').expect(400);
    await t.http().get('/api/v1/jobs/00000000-0000-4000-8000-000000000000').expect(404);
  });

  it('populate-fortune500 → 202 job with the original 54 tickers', async () => {
    fake.inject({ type: 'delay', ms: 1000 }, { path: '/v2/aggs/', times: 2 });
    const res = await t.http().post('/api/v1/stocks/populate-fortune500').expect(202);
    expect(res.body).toMatchObject({ type: 'populate_fortune500', progress: { tickers_total: 54 } });
    await t.http().delete(`/api/v1/jobs/${res.body.id}`).expect(200);
  });

  it('validates populate input: tickers, dates, more than 1000 tickers, duplicates', async () => {
    await t
      .http()
      .post('/api/v1/stocks/populate')
      .send({ tickers: ['1BAD'] })
      .expect(400);
    await t
      .http()
      .post('/api/v1/stocks/populate')
      .send({ tickers: ['AAPL', 'aapl'] })
      .expect(400);
    await t.http().post('/api/v1/stocks/populate').send({ start_date: '2024-02-30' }).expect(400);
    const many = Array.from({ length: 1001 }, (_, i) => `T${i}`);
    await t.http().post('/api/v1/stocks/populate').send({ tickers: many }).expect(400);
    await t.http().post('/api/v1/stocks/populate/bad%20ticker').expect(400);
  });
});

describe('prices: offline import and reads (no POLYGON_API_KEY)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  it('populate answers 503 problem: price provider not configured', async () => {
    const res = await t
      .http()
      .post('/api/v1/stocks/populate')
      .send({ tickers: ['AAPL'] })
      .expect(503);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body.title).toBe('Price provider not configured');
    await t.http().post('/api/v1/stocks/populate/AAPL').expect(503);
  });

  it('imports CSV and JSON, exact decimals, upserting; reads coverage and ranges', async () => {
    const csv =
      'date,open,high,low,close,volume\n2024-01-02,187.15,188.44,183.885,185.64,82488674\n2024-01-03,184.22,185.88,183.43,184.25,58414460.5\n';
    const res = await t
      .http()
      .post('/api/v1/stocks/imp/prices')
      .set('content-type', 'text/csv')
      .send(csv)
      .expect(200);
    expect(res.body).toEqual({ bars_upserted: 2 });
    const json = [
      { date: '2024-01-04', open: '182.15', high: 183.0872, low: 180.88, close: '181.91', volume: 71983570 },
    ];
    await t.http().post('/api/v1/stocks/IMP/prices').send(json).expect(200, { bars_upserted: 1 });
    // Re-importing identical rows changes nothing.
    await t.http().post('/api/v1/stocks/IMP/prices').send(json).expect(200, { bars_upserted: 0 });

    const stock = await t.http().get('/api/v1/stocks/imp').expect(200);
    expect(stock.body).toMatchObject({
      ticker: 'IMP',
      name: null,
      first_date: '2024-01-02',
      last_date: '2024-01-04',
      bar_count: 3,
    });
    const list = await t.http().get('/api/v1/stocks/').expect(200);
    expect(list.body.find((s: { ticker: string }) => s.ticker === 'IMP')).toMatchObject({ bar_count: 3 });
    const range = await t
      .http()
      .get('/api/v1/stocks/IMP/prices?start_date=2024-01-03&end_date=2024-01-04')
      .expect(200);
    expect(range.body.map((b: { date: string; low: number }) => [b.date, b.low])).toEqual([
      ['2024-01-03', 183.43],
      ['2024-01-04', 180.88],
    ]);
    const raw = await t.sql.query(
      `SELECT low::text AS low, volume::text AS volume FROM stock_prices WHERE ticker='IMP' AND date='2024-01-02'`,
    );
    expect(raw.rows[0]).toEqual({ low: '183.885', volume: '82488674' });
  });

  it('a bad row → 400 naming its line, and nothing is stored', async () => {
    const csv =
      'date,open,high,low,close,volume\n2024-02-01,1,2,1,1.5,10\n2024-02-30,1,2,1,1.5,10\n2024-02-05,1,2,1,-3,10\n';
    const res = await t
      .http()
      .post('/api/v1/stocks/BADROW/prices')
      .set('content-type', 'text/csv')
      .send(csv)
      .expect(400);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['line 3', 'line 4']);
    expect(res.body.detail).toMatch(/line 3/);
    const stored = await t.sql.query(`SELECT count(*)::int AS n FROM stock_prices WHERE ticker = 'BADROW'`);
    expect(stored.rows[0].n).toBe(0);
    await t
      .http()
      .post('/api/v1/stocks/X/prices')
      .set('content-type', 'text/csv')
      .send('when,close\n2024-01-01,1')
      .expect(400);
    await t.http().post('/api/v1/stocks/X/prices').send({ not: 'an array' }).expect(400);
    await t
      .http()
      .post('/api/v1/stocks/X/prices')
      .send([{ date: '2024-01-02', open: 1, high: 1, low: 1, close: 1, volume: 1, extra: 1 }])
      .expect(400);
    await t
      .http()
      .post('/api/v1/stocks/X/prices')
      .send([
        { date: '2024-01-02', open: 1, high: 1, low: 1, close: 1, volume: 1 },
        { date: '2024-01-02', open: 1, high: 1, low: 1, close: 1, volume: 1 },
      ])
      .expect(400);
    await t.http().post('/api/v1/stocks/X/prices').set('content-type', 'text/plain').send('x').expect(415);
  });

  it('unknown ticker → 404; malformed ticker → 400; bad dates → 400', async () => {
    await t.http().get('/api/v1/stocks/NOPE').expect(404).expect('content-type', PROBLEM);
    await t.http().get('/api/v1/stocks/NOPE/prices').expect(404);
    await t.http().get('/api/v1/stocks/TOO-LONG-TICKER').expect(400);
    await t.http().get('/api/v1/stocks/IMP/prices?start_date=2024-13-01').expect(400);
  });
});
