import { PolygonFakeServer } from '../fakes/polygon-fake-server.js';
import { createTestApp, TestApp } from '../support/test-app.js';
import { waitForJob, type JobBody } from '../support/wait-for-job.js';

/** The service's "now": moved forward between runs (23:00 UTC is after the New York close). */
let now = new Date('2024-12-20T23:00:00Z');
const clock = { now: () => now };

const STORED = ['GA', 'GB', 'GC', 'GD', 'GSPLIT'];
const FIRST_LOAD = 'GNEW';

async function populate(app: TestApp, body: object): Promise<JobBody> {
  const created = await app.http().post('/api/v1/stocks/populate').send(body).expect(202);
  return waitForJob(app.http, created.body.id);
}

/** Everything stored about prices, without fetch times: what both ways of loading must agree on. */
async function storedState(app: TestApp): Promise<Record<string, unknown[]>> {
  const query = async (sql: string) => (await app.sql.query(sql)).rows;
  return {
    bars: await query(
      `SELECT ticker, date::text, open::text, high::text, low::text, close::text, volume::text, vwap::text,
              trades::text, adjusted, source FROM stock_prices ORDER BY ticker, date`,
    ),
    splits: await query(
      `SELECT ticker, execution_date::text, split_from::text, split_to::text FROM stock_splits ORDER BY 1, 2`,
    ),
    dividends: await query(
      `SELECT ticker, ex_dividend_date::text, cash_amount::text FROM cash_dividends ORDER BY 1, 2`,
    ),
  };
}

const rowsOf = (job: JobBody) =>
  (job.tickers as JobBody[]).map(({ ticker, state, bars, splits, dividends }) => ({
    ticker,
    state,
    bars,
    splits,
    dividends,
  }));

describe('daily refresh through grouped daily: one request per market day', () => {
  let fake: PolygonFakeServer;
  let grouped: TestApp;
  let perTicker: TestApp;

  beforeAll(async () => {
    fake = new PolygonFakeServer({
      // Grouped lists more than this service stores: the others must be left out.
      groupedTickers: [...STORED, FIRST_LOAD, 'OTHER1', 'OTHER2'],
      market: {
        firstDate: '2024-06-03',
        lastDate: '2025-01-31',
      },
    });
    const baseUrl = await fake.start();
    const env = (minTickers: string) => ({
      POLYGON_API_KEY: fake.apiKey,
      POLYGON_BASE_URL: baseUrl,
      POLYGON_REQUESTS_PER_MINUTE: '0',
      POLYGON_MAX_RETRIES: '1',
      GROUPED_DAILY_MIN_TICKERS: minTickers,
    });
    grouped = await createTestApp({ clock, env: env('2') });
    perTicker = await createTestApp({ clock, env: env('1000') });
  });

  afterAll(async () => {
    await grouped?.close();
    await perTicker?.close();
    await fake?.stop();
  });

  it('first loads are per ticker either way', async () => {
    for (const app of [grouped, perTicker]) {
      const job = await populate(app, { tickers: STORED, start_date: '2024-11-01' });
      expect(job.state).toBe('succeeded');
    }
    expect(fake.requestsTo('/v2/aggs/grouped/')).toEqual([]);
    expect(await storedState(grouped)).toEqual(await storedState(perTicker));
  });

  it('a refresh after missed days stores the same bars, splits and dividends as per-ticker loads', async () => {
    // Friday 20 → Tuesday 31 December: six sessions missed (the 25th is a holiday), and a split on the 27th.
    now = new Date('2024-12-31T23:00:00Z');
    fake.market.addSplit({ ticker: 'GSPLIT', executionDate: '2024-12-27', splitFrom: 1, splitTo: 4 });
    fake.market.addDividend({ ticker: 'GA', exDividendDate: '2024-12-24', cashAmount: 0.25 });
    fake.market.addDividend({ ticker: 'OTHER1', exDividendDate: '2024-12-26', cashAmount: 1.5 });
    const tickers = [...STORED, FIRST_LOAD];

    fake.reset();
    const viaGrouped = await populate(grouped, { tickers });
    expect(viaGrouped.state).toBe('succeeded');
    // One request per weekday since the last stored bar, holiday included (it answers no bars) …
    expect(fake.requestsTo('/v2/aggs/grouped/').map((r) => r.path.slice(-10))).toEqual([
      '2024-12-23',
      '2024-12-24',
      '2024-12-25',
      '2024-12-26',
      '2024-12-27',
      '2024-12-30',
      '2024-12-31',
    ]);
    // … one market-wide splits and one dividends request, and per-ticker loads only for the first load
    // and for the ticker whose split makes its stored history stale.
    const perTickerAggs = fake.requestsTo('/v2/aggs/ticker/').map((r) => r.path.split('/')[4]);
    expect(perTickerAggs.sort()).toEqual([FIRST_LOAD, 'GSPLIT']);
    expect(fake.requestsTo('/v3/reference/splits').filter((r) => !r.query.ticker)).toHaveLength(1);
    expect(fake.requestsTo('/v3/reference/dividends').filter((r) => !r.query.ticker)).toHaveLength(1);

    fake.reset();
    const viaPerTicker = await populate(perTicker, { tickers });
    expect(viaPerTicker.state).toBe('succeeded');
    expect(fake.requestsTo('/v2/aggs/grouped/')).toEqual([]);
    expect(fake.requestsTo('/v2/aggs/ticker/')).toHaveLength(tickers.length);

    const state = await storedState(grouped);
    expect(state).toEqual(await storedState(perTicker));
    expect(state.bars.some((bar) => (bar as { ticker: string }).ticker.startsWith('OTHER'))).toBe(false);
    expect(state.dividends).toEqual([{ ticker: 'GA', ex_dividend_date: '2024-12-24', cash_amount: '0.25' }]);
    // The job reads the same either way: every ticker, with the bars written for it.
    expect(rowsOf(viaGrouped)).toEqual(rowsOf(viaPerTicker));
    expect(viaGrouped.progress).toEqual(viaPerTicker.progress);
    const row = (job: JobBody, ticker: string) =>
      (job.tickers as JobBody[]).find((t) => t.ticker === ticker)!;
    expect(row(viaGrouped, 'GA')).toMatchObject({ state: 'succeeded', bars: 6, dividends: 1 });
    // Its whole history again, on the new basis, by its per-ticker load.
    expect(row(viaGrouped, 'GSPLIT')).toMatchObject({ state: 'succeeded', splits: 1 });
    expect(row(viaGrouped, 'GSPLIT').bars).toBeGreaterThan(6);
  });

  it('retries 429 and 5xx on the grouped route; a day that keeps failing fails the run, and the next run resumes there', async () => {
    now = new Date('2025-01-08T23:00:00Z'); // days 1 (a holiday), 2, 3, 6, 7 and 8 January
    const tickers = [...STORED, FIRST_LOAD];
    fake.reset();
    fake.inject(
      { type: 'rate_limit', retryAfter: '0' },
      { path: '/grouped/locale/us/market/stocks/2025-01-02' },
    );
    fake.inject(
      { type: 'server_error', status: 503 },
      { path: '/grouped/locale/us/market/stocks/2025-01-03' },
    );
    // POLYGON_MAX_RETRIES=1: two attempts, both fail.
    fake.inject({ type: 'server_error', status: 500 }, { path: '/stocks/2025-01-07', times: 2 });
    const failed = await populate(grouped, { tickers });
    expect(fake.pendingFaults).toBe(0);
    expect(failed.state).toBe('failed');
    expect(failed.error).toBe('6 of 6 tickers failed');
    for (const ticker of failed.tickers as JobBody[]) {
      expect(ticker.state).toBe('failed');
      expect(ticker.error).toMatch(/^grouped daily 2025-01-07: transient: /);
      expect(ticker.bars).toBe(3); // the days before the failed one are stored
    }
    // No request for the day after the failed one: nothing past the gap is stored.
    expect(fake.requestsTo('/stocks/2025-01-08')).toEqual([]);
    const last = await grouped.sql.query(`SELECT max(date)::text AS last FROM stock_prices`);
    expect(last.rows[0].last).toBe('2025-01-06');

    fake.reset();
    const resumed = await populate(grouped, { tickers });
    expect(resumed.state).toBe('succeeded');
    expect(fake.requestsTo('/v2/aggs/grouped/').map((r) => r.path.slice(-10))).toEqual([
      '2025-01-07',
      '2025-01-08',
    ]);

    // Same days, per ticker, on the other database: identical again.
    await populate(perTicker, { tickers });
    expect(await storedState(grouped)).toEqual(await storedState(perTicker));
  });

  it('few tickers stay per ticker (GROUPED_DAILY_MIN_TICKERS)', async () => {
    fake.reset();
    const job = await populate(grouped, { tickers: ['GA', 'GB'] });
    expect(job.state).toBe('succeeded');
    expect(fake.requestsTo('/v2/aggs/grouped/')).toEqual([]);
    expect(fake.requestsTo('/v2/aggs/ticker/')).toHaveLength(2);
  });
});
