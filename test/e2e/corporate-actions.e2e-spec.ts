import type { PolygonFakeServer } from '../fakes/polygon-fake-server.js';
import { AppWithFakePolygon, createAppWithFakePolygon } from '../support/app-with-fake-polygon.js';
import { createTestApp, TestApp } from '../support/test-app.js';
import { waitForJob } from '../support/wait-for-job.js';

/** After the close on 2024-12-31 (New York), so that day's bar is final. */
const clock = { now: () => new Date('2024-12-31T23:00:00Z') };
const PROBLEM = /application\/problem\+json/;

const version = async (t: TestApp, ticker: string): Promise<string | null> =>
  (await t.sql.query(`SELECT prices_updated_at::text AS v FROM stocks WHERE ticker = $1`, [ticker])).rows[0]
    ?.v ?? null;

describe('corporate actions: offline import and listing (e2e, real Postgres)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ clock });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('POST /stocks/{ticker}/splits (JSON) stores exactly, is idempotent, bumps the price version only on change', async () => {
    const body = [
      { execution_date: '2020-08-31', split_from: 1, split_to: '4' },
      { execution_date: '2014-06-09', split_from: '1', split_to: '7.000000000001' },
    ];
    const res = await t.http().post('/api/v1/stocks/isa/splits').send(body).expect(200);
    expect(res.body).toEqual({
      ticker: 'ISA',
      splits: [
        { execution_date: '2020-08-31', split_from: '1', split_to: '4' },
        { execution_date: '2014-06-09', split_from: '1', split_to: '7.000000000001' },
      ],
      stored: 2,
    });
    const bumped = await version(t, 'ISA');
    expect(bumped).not.toBeNull();
    expect((await t.http().post('/api/v1/stocks/ISA/splits').send(body).expect(200)).body.stored).toBe(0);
    expect(await version(t, 'ISA')).toBe(bumped);

    const listed = await t.http().get('/api/v1/stocks/ISA/splits').expect(200);
    expect(listed.body).toEqual({
      ticker: 'ISA',
      splits: [
        { execution_date: '2014-06-09', split_from: '1', split_to: '7.000000000001' },
        { execution_date: '2020-08-31', split_from: '1', split_to: '4' },
      ],
    });
    // A corrected ratio is a change: stored once more, and cached results keyed by the version go stale.
    const corrected = await t
      .http()
      .post('/api/v1/stocks/ISA/splits')
      .set('content-type', 'text/csv')
      .send('execution_date,split_from,split_to\n2020-08-31,1,5\n')
      .expect(200);
    expect(corrected.body.stored).toBe(1);
    expect(await version(t, 'ISA')).not.toBe(bumped);
  });

  it('POST /stocks/{ticker}/dividends (CSV) defaults currency to USD; GET lists them by ex-date', async () => {
    const csv =
      'ex_dividend_date,cash_amount,currency,pay_date,record_date,dividend_type\n' +
      '2024-08-12,0.25,usd,2024-08-15,2024-08-12,CD\n' +
      '2024-05-10,0.24,,,,\n';
    const res = await t
      .http()
      .post('/api/v1/stocks/IDV/dividends')
      .set('content-type', 'text/csv')
      .send(csv)
      .expect(200);
    expect(res.body.stored).toBe(2);
    const listed = await t.http().get('/api/v1/stocks/IDV/dividends').expect(200);
    expect(listed.body).toEqual({
      ticker: 'IDV',
      dividends: [
        {
          ex_dividend_date: '2024-05-10',
          cash_amount: '0.24',
          currency: 'USD',
          pay_date: null,
          record_date: null,
          dividend_type: null,
        },
        {
          ex_dividend_date: '2024-08-12',
          cash_amount: '0.25',
          currency: 'USD',
          pay_date: '2024-08-15',
          record_date: '2024-08-12',
          dividend_type: 'CD',
        },
      ],
    });
  });

  it('all rows or none: a bad row is a 400 naming it, and nothing is stored (not even the stock)', async () => {
    const res = await t
      .http()
      .post('/api/v1/stocks/IBAD/splits')
      .send([
        { execution_date: '2020-08-31', split_from: '1', split_to: '4' },
        { execution_date: '2021-08-31', split_from: '0', split_to: '4' },
      ])
      .expect(400)
      .expect('content-type', PROBLEM);
    expect(res.body.errors).toEqual([{ field: 'rows[1].split_from', message: expect.any(String) }]);
    await t.http().get('/api/v1/stocks/IBAD/splits').expect(404).expect('content-type', PROBLEM);

    const dividends = await t
      .http()
      .post('/api/v1/stocks/IBAD/dividends')
      .send([
        { ex_dividend_date: '2024-01-02', cash_amount: '-0.1' },
        { ex_dividend_date: '2024-13-02', cash_amount: '0.1' },
      ])
      .expect(400);
    expect(dividends.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'rows[0].cash_amount',
      'rows[1].ex_dividend_date',
    ]);
  });

  it('a date twice in the body is a 400 naming the second row; nothing of the body is stored', async () => {
    await t
      .http()
      .post('/api/v1/stocks/IDUP/dividends')
      .send([{ ex_dividend_date: '2024-01-02', cash_amount: '0.1' }])
      .expect(200);
    const before = await version(t, 'IDUP');
    const res = await t
      .http()
      .post('/api/v1/stocks/IDUP/dividends')
      .send([
        { ex_dividend_date: '2024-04-02', cash_amount: '0.1' },
        { ex_dividend_date: '2024-04-02', cash_amount: '0.2' },
      ])
      .expect(400);
    expect(res.body.errors).toEqual([{ field: 'rows[1].ex_dividend_date', message: expect.any(String) }]);
    expect((await t.http().get('/api/v1/stocks/IDUP/dividends').expect(200)).body.dividends).toHaveLength(1);
    expect(await version(t, 'IDUP')).toBe(before);
  });

  it('other content types → 415; a bad ticker → 400; an unknown stock → 404', async () => {
    for (const path of ['splits', 'dividends']) {
      await t
        .http()
        .post(`/api/v1/stocks/IMT/${path}`)
        .set('content-type', 'text/plain')
        .send('execution_date\n2020-01-02')
        .expect(415)
        .expect('content-type', PROBLEM);
      await t.http().get(`/api/v1/stocks/not%20a%20ticker/${path}`).expect(400);
      await t.http().get(`/api/v1/stocks/NOSUCH/${path}`).expect(404);
    }
  });
});

describe('corporate actions: populate jobs load them from the fake Polygon (e2e, pg-boss)', () => {
  let setup: AppWithFakePolygon | undefined;
  let fake: PolygonFakeServer;
  let t: TestApp;
  const firstPages = (path: string, ticker: string) =>
    fake.requests.filter((r) => r.path === path && r.query.ticker === ticker).length;

  beforeAll(async () => {
    setup = await createAppWithFakePolygon({
      clock,
      env: { POLYGON_MAX_RETRIES: '2' },
      polygon: {
        // Two items a page, so that every list is paginated with next_url.
        pageSize: 2,
        market: {
          splits: [
            { ticker: 'CAS', executionDate: '2016-03-01', splitFrom: 1, splitTo: 2 },
            { ticker: 'CAS', executionDate: '2024-06-10', splitFrom: 1, splitTo: 4 },
          ],
          dividends: [
            {
              ticker: 'CAS',
              exDividendDate: '2023-11-10',
              cashAmount: 0.24,
              payDate: '2023-11-16',
              recordDate: '2023-11-13',
            },
            { ticker: 'CAS', exDividendDate: '2024-02-09', cashAmount: 0.24, currency: 'USD' },
            { ticker: 'CAS', exDividendDate: '2024-05-10', cashAmount: 0.25, currency: 'USD' },
            {
              ticker: 'CAS',
              exDividendDate: '2024-08-12',
              cashAmount: 0.25,
              currency: 'CAD',
              dividendType: 'SC',
            },
            { ticker: 'CDF', exDividendDate: '2024-08-12', cashAmount: 0.5, currency: 'USD' },
          ],
        },
      },
    });
    ({ fake, t } = setup);
  });
  afterAll(async () => setup?.close());

  it('stores every split and dividend of a ticker with one request each, and shows the counts per ticker', async () => {
    const res = await t
      .http()
      .post('/api/v1/stocks/populate')
      .send({ tickers: ['CAS', 'CNO'], start_date: '2024-01-02', end_date: '2024-01-31' })
      .expect(202);
    const job = await waitForJob(t.http, res.body.id);
    expect(job.state).toBe('succeeded');
    expect(job.tickers).toEqual([
      expect.objectContaining({ ticker: 'CAS', state: 'succeeded', splits: 2, dividends: 4, error: null }),
      expect.objectContaining({ ticker: 'CNO', state: 'succeeded', splits: 0, dividends: 0, error: null }),
    ]);
    expect(firstPages('/v3/reference/splits', 'CAS')).toBe(1);
    expect(firstPages('/v3/reference/dividends', 'CAS')).toBe(1);

    const splits = await t.http().get('/api/v1/stocks/CAS/splits').expect(200);
    expect(splits.body.splits).toEqual([
      { execution_date: '2016-03-01', split_from: '1', split_to: '2' },
      { execution_date: '2024-06-10', split_from: '1', split_to: '4' },
    ]);
    const dividends = await t.http().get('/api/v1/stocks/CAS/dividends').expect(200);
    expect(dividends.body.dividends).toEqual([
      expect.objectContaining({
        ex_dividend_date: '2023-11-10',
        currency: null,
        pay_date: '2023-11-16',
        record_date: '2023-11-13',
      }),
      // Polygon items without a record date store null.
      expect.objectContaining({
        ex_dividend_date: '2024-02-09',
        cash_amount: '0.24',
        currency: 'USD',
        record_date: null,
      }),
      expect.objectContaining({ ex_dividend_date: '2024-05-10', cash_amount: '0.25', dividend_type: 'CD' }),
      expect.objectContaining({ ex_dividend_date: '2024-08-12', currency: 'CAD', dividend_type: 'SC' }),
    ]);

    // Touched again: the same one request each (from the stored range on), and nothing changed.
    const again = await t
      .http()
      .post('/api/v1/stocks/populate')
      .send({ tickers: ['CAS'], start_date: '2024-01-02', end_date: '2024-01-31' })
      .expect(202);
    const second = await waitForJob(t.http, again.body.id);
    expect(second.tickers[0]).toMatchObject({ ticker: 'CAS', state: 'succeeded', splits: 0, dividends: 0 });
    expect(firstPages('/v3/reference/splits', 'CAS')).toBe(2);
    expect(firstPages('/v3/reference/dividends', 'CAS')).toBe(2);
  });

  it('a 5xx on the dividends endpoint is retried like bars, and the ticker succeeds', async () => {
    fake.inject({ type: 'server_error', status: 502, body: 'html' }, { path: '/v3/reference/dividends' });
    const res = await t
      .http()
      .post('/api/v1/stocks/populate/CDF')
      .send({ start_date: '2024-08-01', end_date: '2024-08-30' })
      .expect(202);
    const job = await waitForJob(t.http, res.body.id);
    expect(job.tickers[0]).toMatchObject({ ticker: 'CDF', state: 'succeeded', dividends: 1 });
    const tries = fake.requests.filter(
      (r) => r.path === '/v3/reference/dividends' && r.query.ticker === 'CDF',
    );
    expect(tries.map((r) => r.fault ?? 'ok')).toEqual(['server_error', 'ok']);
  });

  it('a 403 on the dividends endpoint fails that ticker with its reason and is not retried', async () => {
    fake.inject({ type: 'forbidden', reason: 'not_entitled' }, { path: '/v3/reference/dividends', times: 5 });
    const res = await t
      .http()
      .post('/api/v1/stocks/populate/CFB')
      .send({ start_date: '2024-08-01', end_date: '2024-08-30' })
      .expect(202);
    const job = await waitForJob(t.http, res.body.id);
    expect(job.state).toBe('failed');
    expect(job.tickers[0]).toMatchObject({
      ticker: 'CFB',
      state: 'failed',
      bars: 0,
      error: expect.stringMatching(/not_entitled/),
    });
    expect(
      fake.requests.filter((r) => r.path === '/v3/reference/dividends' && r.query.ticker === 'CFB'),
    ).toHaveLength(1);
    fake.reset();
  });
});
