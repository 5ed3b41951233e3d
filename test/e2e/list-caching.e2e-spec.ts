import { jest } from '@jest/globals';
import { CustomersRepository } from '../../src/customers/customers.repository.js';
import { PricesRepository } from '../../src/market-data/prices.repository.js';
import { StocksRepository } from '../../src/market-data/stocks.repository.js';
import { PriceJobsRepository } from '../../src/population/price-jobs.repository.js';
import { customerBody } from '../factories/customer.factory.js';
import { storedBar } from '../factories/stored-bar.factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const imported = { adjusted: true, source: 'import' } as const;
const done = (bars: number) => ({ state: 'succeeded' as const, bars, splits: 0, dividends: 0, error: null });

/**
 * The list routes serve a page from their cache only while the list's version (bumped by triggers on every
 * table the list reads) is the one the page was read at. Instance `a` serves the lists; every write goes
 * through instance `b` or plain SQL, so nothing in `a` is told about it.
 */
describe('list routes: cached pages, never stale, across instances (e2e, real Postgres)', () => {
  let database: TestDatabase;
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    a = await createTestApp({ database });
    b = await createTestApp({ database });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await database?.drop();
  });

  const get = (path: string) => a.http().get(path).expect(200);

  /** Two GETs of `path`: the second answers the first's text, and the page query (`pageQuery`) ran once. */
  const expectRepeatFromCache = async (path: string, pageQuery: { mockRestore(): void }) => {
    try {
      const first = await get(path);
      expect((await get(path)).text).toBe(first.text);
      expect(pageQuery).toHaveBeenCalledTimes(1);
    } finally {
      pageQuery.mockRestore();
    }
  };

  describe('GET /api/v1/customers', () => {
    const path = '/api/v1/customers?limit=1000';
    const listed = async () => {
      const response = await get(path);
      return { total: Number(response.headers['x-total-count']), rows: response.body as CustomerRow[] };
    };
    const row = async (id: string) => (await listed()).rows.find((customer) => customer.id === id);

    it('answers a repeated request from the cache, with the same body and headers', async () => {
      await b.http().post('/api/v1/customers').send(customerBody()).expect(201);
      const pageQuery = jest.spyOn(a.app.get(CustomersRepository), 'list');
      try {
        const first = await get(path);
        const second = await get(path);
        expect(pageQuery).toHaveBeenCalledTimes(1);
        expect(second.text).toBe(first.text);
        expect(second.headers['content-type']).toBe(first.headers['content-type']);
        expect(second.headers['x-total-count']).toBe(first.headers['x-total-count']);
        // Another query is another page.
        expect((await get('/api/v1/customers?limit=1')).body).toHaveLength(1);
        expect(pageQuery).toHaveBeenCalledTimes(2);
      } finally {
        pageQuery.mockRestore();
      }
    });

    it('shows every write made elsewhere in the next request', async () => {
      const before = await listed();
      const id = (
        await b
          .http()
          .post('/api/v1/customers')
          .send(customerBody({ name: 'Cached Created', stocks: [{ ticker: 'LCC', quantity: 1 }] }))
          .expect(201)
      ).body.id as string;
      const created = await listed();
      expect(created.total).toBe(before.total + 1);
      expect(created.rows.find((customer) => customer.id === id)).toMatchObject({ name: 'Cached Created' });

      await b.http().put(`/api/v1/customers/${id}`).send({ name: 'Cached Renamed' }).expect(200);
      expect(await row(id)).toMatchObject({ name: 'Cached Renamed' });

      await b
        .http()
        .put(`/api/v1/customers/${id}`)
        .send({ stocks: [{ ticker: 'LCD', quantity: 3 }] })
        .expect(200);
      expect((await row(id))!.portfolio_stocks).toMatchObject([{ stock_ticker: 'LCD', quantity: 3 }]);

      await a.sql.query(
        `UPDATE holdings SET quantity = 7 WHERE portfolio_id = (SELECT id FROM portfolios WHERE customer_id = $1)`,
        [id],
      );
      expect((await row(id))!.portfolio_stocks).toMatchObject([{ stock_ticker: 'LCD', quantity: 7 }]);

      await b.http().delete(`/api/v1/customers/${id}`).expect(204);
      const deleted = await listed();
      expect(deleted.total).toBe(before.total);
      expect(deleted.rows.some((customer) => customer.id === id)).toBe(false);
    });
  });

  describe('GET /api/v1/jobs', () => {
    const path = '/api/v1/jobs?limit=100';
    const job = async (id: string) => ((await get(path)).body as JobRow[]).find((listed) => listed.id === id);
    const insertJob = async (tickers: string[]): Promise<string> => {
      const [{ id }] = (
        await a.sql.query<{ id: string }>(
          `WITH j AS (
             INSERT INTO price_jobs (id, type, state, dedupe_key, request, tickers_total)
             VALUES (gen_random_uuid(), 'populate', 'queued', gen_random_uuid()::text, '{}', $2) RETURNING id)
           INSERT INTO price_job_tickers (job_id, ticker, state)
           SELECT j.id, t, 'queued' FROM j CROSS JOIN unnest($1::varchar[]) t RETURNING job_id AS id`,
          [tickers, tickers.length],
        )
      ).rows;
      return id;
    };

    it('answers a repeated request from the cache', async () => {
      await insertJob(['LCJ']);
      await expectRepeatFromCache(path, jest.spyOn(a.app.get(PriceJobsRepository), 'listPage'));
    });

    it("shows a job's creation, progress, finish and cancellation made elsewhere in the next request", async () => {
      await get(path);
      const id = await insertJob(['LCJ1', 'LCJ2']);
      expect(await job(id)).toMatchObject({ state: 'queued', progress: { tickers_done: 0 } });

      const jobs = b.app.get(PriceJobsRepository);
      await jobs.startTicker(id, 'LCJ1');
      expect(await job(id)).toMatchObject({
        state: 'running',
        tickers: [
          { ticker: 'LCJ1', state: 'running' },
          { ticker: 'LCJ2', state: 'queued' },
        ],
      });

      await jobs.finishTicker(id, 'LCJ1', done(5));
      expect(await job(id)).toMatchObject({
        state: 'running',
        progress: { tickers_done: 1, bars_upserted: 5 },
      });

      await jobs.finishTicker(id, 'LCJ2', done(2));
      expect(await job(id)).toMatchObject({
        state: 'succeeded',
        progress: { tickers_done: 2, percent: 100 },
      });

      const other = await insertJob(['LCJ3']);
      expect(await job(other)).toMatchObject({ state: 'queued' });
      await jobs.cancel(other);
      expect(await job(other)).toMatchObject({ state: 'cancelled' });
    });
  });

  describe('GET /api/v1/stocks', () => {
    const path = '/api/v1/stocks';
    const stock = async (ticker: string) =>
      ((await get(path)).body as StockRow[]).find((listed) => listed.ticker === ticker);

    it('answers a repeated request from the cache', async () => {
      await b.app.get(StocksRepository).ensureTickers(['LCS']);
      await expectRepeatFromCache(path, jest.spyOn(a.app.get(PricesRepository), 'coveragePage'));
    });

    it('shows every kind of bar and stock write made elsewhere in the next request', async () => {
      const stocks = b.app.get(StocksRepository);
      const prices = b.app.get(PricesRepository);
      await get(path);
      await stocks.ensureTickers(['LCA', 'LCB']);
      expect(await stock('LCA')).toMatchObject({ bar_count: 0, first_date: null });

      // A first load goes straight into stock_prices with COPY.
      const days = ['2024-01-02', '2024-01-03', '2024-01-04'];
      await prices.upsertBars(
        'LCA',
        days.map((day) => storedBar(day, '10')),
        imported,
      );
      expect(await stock('LCA')).toMatchObject({
        bar_count: 3,
        first_date: '2024-01-02',
        last_date: '2024-01-04',
      });

      // Overlapping bars go through the staging table and the merge.
      await prices.upsertBars(
        'LCA',
        [storedBar('2024-01-04', '11'), storedBar('2024-01-05', '12')],
        imported,
      );
      expect(await stock('LCA')).toMatchObject({ bar_count: 4, last_date: '2024-01-05' });

      // A grouped-daily answer: many tickers in one merge.
      await prices.upsertBarsOfTickers(
        [
          { ...storedBar('2024-01-08', '13'), ticker: 'LCA' },
          { ...storedBar('2024-01-08', '20'), ticker: 'LCB' },
        ],
        imported,
      );
      expect(await stock('LCA')).toMatchObject({ bar_count: 5, last_date: '2024-01-08' });
      expect(await stock('LCB')).toMatchObject({ bar_count: 1, first_date: '2024-01-08' });

      await stocks.saveDetails('LCA', 'List Cache Inc', 'XNAS');
      expect(await stock('LCA')).toMatchObject({ name: 'List Cache Inc', exchange: 'XNAS' });

      await a.sql.query(`DELETE FROM stock_prices WHERE ticker = 'LCB'`);
      expect(await stock('LCB')).toMatchObject({ bar_count: 0, last_date: null });

      await a.sql.query(`TRUNCATE stock_prices`);
      expect(await stock('LCA')).toMatchObject({ bar_count: 0, last_date: null });
    });
  });

  it('a rolled-back write leaves the version, and so the cached page, as they were', async () => {
    const pageQuery = jest.spyOn(a.app.get(PricesRepository), 'coveragePage');
    try {
      await get('/api/v1/stocks');
      pageQuery.mockClear();
      const client = await a.sql.connect();
      try {
        await client.query('BEGIN');
        await client.query(`UPDATE stocks SET name = 'Never Committed'`);
        await client.query('ROLLBACK');
      } finally {
        client.release();
      }
      const body = (await get('/api/v1/stocks')).body as StockRow[];
      expect(body.some((listed) => listed.name === 'Never Committed')).toBe(false);
      expect(pageQuery).not.toHaveBeenCalled();
    } finally {
      pageQuery.mockRestore();
    }
  });
});

interface CustomerRow {
  id: string;
  name: string;
  portfolio_stocks: { stock_ticker: string; quantity: number }[];
}
interface JobRow {
  id: string;
  state: string;
}
interface StockRow {
  ticker: string;
  name: string | null;
}
