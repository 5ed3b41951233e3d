import pg from 'pg';
import { StocksRepository } from '../../src/market-data/stocks.repository.js';
import { untilBlockedOnLock } from '../support/lock-wait.js';
import { createTestDataSource, type TestDataSource } from '../support/test-data-source.js';

describe('StocksRepository (stocks)', () => {
  let db: TestDataSource;
  let stocks: StocksRepository;
  beforeAll(async () => {
    db = await createTestDataSource();
    stocks = new StocksRepository(db.dataSource);
  });
  afterAll(() => db.close());

  it('creates missing tickers once, whatever repeats the input holds', async () => {
    await stocks.ensureTickers([]);
    await stocks.ensureTickers(['AAA', 'BBB', 'AAA']);
    await stocks.ensureTickers(['BBB', 'CCC']);
    const rows = await db.dataSource.query(`SELECT ticker FROM stocks ORDER BY ticker`);
    expect(rows.map((row: { ticker: string }) => row.ticker)).toEqual(['AAA', 'BBB', 'CCC']);
    expect(await stocks.exists('AAA')).toBe(true);
    expect(await stocks.exists('ZZZ')).toBe(false);
  });

  it('creates new tickers in one order: two writers given them in opposite orders do not deadlock', async () => {
    const sql = new pg.Client({ connectionString: db.database.url });
    await sql.connect();
    const insertOne = `INSERT INTO stocks (ticker) VALUES ($1) ON CONFLICT DO NOTHING`;
    try {
      // Another writer (a customer created with AORD and BORD) holds AORD, not yet committed, BORD next.
      await sql.query('BEGIN');
      await sql.query(insertOne, ['AORD']);
      const ensuring = stocks.ensureTickers(['BORD', 'AORD']);
      ensuring.catch(() => undefined); // awaited below, after the commit
      await untilBlockedOnLock(sql, 'the insert waiting for the other writer');
      await sql.query(insertOne, ['BORD']);
      await sql.query('COMMIT');
      await ensuring;
      expect(await stocks.exists('AORD')).toBe(true);
      expect(await stocks.exists('BORD')).toBe(true);
    } finally {
      await sql.end();
    }
  });

  it('remembers the last full fetch of a ticker', async () => {
    await stocks.ensureTickers(['FULL']);
    expect(await stocks.fullFetchAt('FULL')).toBeNull();
    const at = new Date('2024-05-06T07:08:09.000Z');
    await stocks.markFullFetch('FULL', at);
    expect(await stocks.fullFetchAt('FULL')).toEqual(at);
    expect(await stocks.fullFetchAt('UNKNOWN')).toBeNull();
  });

  it('asks for details once: saved details (truncated to the columns) take a ticker off the list', async () => {
    await stocks.ensureTickers(['DET1', 'DET2']);
    expect((await stocks.withoutDetails(['DET1', 'DET2', 'NONE'])).sort()).toEqual(['DET1', 'DET2']);
    await stocks.saveDetails('DET1', 'N'.repeat(300), 'XNAS');
    await stocks.saveDetails('DET2', null, null);
    expect(await stocks.withoutDetails(['DET1', 'DET2'])).toEqual([]);
    const [det1] = await db.dataSource.query(`SELECT name, exchange FROM stocks WHERE ticker = 'DET1'`);
    expect(det1).toEqual({ name: 'N'.repeat(255), exchange: 'XNAS' });
    // A later answer without a name keeps the one stored.
    await stocks.saveDetails('DET1', null, null);
    const [again] = await db.dataSource.query(`SELECT name FROM stocks WHERE ticker = 'DET1'`);
    expect(again.name).toBe('N'.repeat(255));
  });
});
