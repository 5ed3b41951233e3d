import { AddStockCoverage1796160000000 } from '../../src/database/migrations/1796160000000-AddStockCoverage.js';
import { PricesRepository } from '../../src/market-data/prices.repository.js';
import type { TickerCoverage } from '../../src/market-data/price-bar.js';
import { StocksRepository } from '../../src/market-data/stocks.repository.js';
import { storedBar } from '../factories/stored-bar.factory.js';
import { mulberry32 } from '../support/seeded-random.js';
import { createTestDataSource, type TestDataSource } from '../support/test-data-source.js';

const TICKERS = ['AAA', 'BBB', 'CCC'];
const polygon = { adjusted: true, source: 'polygon' as const };

/** The coverage of every stock counted from its stored bars: what the stored coverage must equal. */
const COUNTED = `SELECT s.ticker, min(p.date)::text AS "firstDate", max(p.date)::text AS "lastDate",
    count(p.date)::int AS "barCount"
  FROM stocks s LEFT JOIN stock_prices p ON p.ticker = s.ticker
  GROUP BY s.ticker ORDER BY s.ticker`;

const dayOf = (n: number): string =>
  new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

describe("A stock's coverage (first and last bar date, bar count) kept by the bar writers", () => {
  let db: TestDataSource;
  let prices: PricesRepository;
  const stored = async (): Promise<
    Pick<TickerCoverage, 'ticker' | 'firstDate' | 'lastDate' | 'barCount'>[]
  > =>
    (await prices.coverage()).map(({ ticker, firstDate, lastDate, barCount }) => ({
      ticker,
      firstDate,
      lastDate,
      barCount,
    }));
  beforeAll(async () => {
    db = await createTestDataSource();
    prices = new PricesRepository(db.dataSource);
    await new StocksRepository(db.dataSource).ensureTickers(TICKERS);
  });
  afterAll(() => db.close());

  it('equals the stored bars after every kind of write: first load, append, overlap, grouped day, no change', async () => {
    expect(await stored()).toEqual(await db.dataSource.query(COUNTED));
    const random = mulberry32(11);
    const pick = (n: number) => Math.floor(random() * n);
    const kinds = new Set<string>();
    for (let step = 0; step < 60; step++) {
      if (random() < 0.3) {
        // A grouped-daily answer: one day for some tickers, stored or not, at a new or the same price.
        const day = dayOf(pick(40));
        const bars = TICKERS.filter(() => random() < 0.7).map((ticker) => ({
          ticker,
          ...storedBar(day, String(1 + pick(3))),
        }));
        await prices.upsertBarsOfTickers(bars, polygon);
        kinds.add('grouped');
      } else {
        // One ticker's range: before, after, inside or across what is stored; some prices change.
        const ticker = TICKERS[pick(TICKERS.length)];
        const from = pick(40);
        const bars = Array.from({ length: 1 + pick(8) }, (_, i) =>
          storedBar(dayOf(from + i), String(1 + pick(3))),
        );
        const before = await prices.storedRanges([ticker], 1);
        await prices.upsertBars(ticker, bars, polygon);
        kinds.add(before.has(ticker) ? 'ticker with bars' : 'first load');
      }
      expect(await stored()).toEqual(await db.dataSource.query(COUNTED));
    }
    expect([...kinds].sort()).toEqual(['first load', 'grouped', 'ticker with bars']);
  });

  it('is recounted after a DELETE or TRUNCATE made by hand (the service never deletes a bar)', async () => {
    await prices.upsertBars('AAA', [storedBar(dayOf(50), '1'), storedBar(dayOf(51), '1')], polygon);
    await prices.upsertBars('BBB', [storedBar(dayOf(50), '1')], polygon);
    await db.dataSource.query(`DELETE FROM stock_prices WHERE date = $1`, [dayOf(51)]);
    await db.dataSource.query(`DELETE FROM stock_prices WHERE ticker = 'BBB'`);
    const afterDelete = await stored();
    expect(afterDelete).toEqual(await db.dataSource.query(COUNTED));
    expect(afterDelete.find((stock) => stock.ticker === 'AAA')!.lastDate).toBe(dayOf(50));
    expect(afterDelete.find((stock) => stock.ticker === 'BBB')).toMatchObject({
      barCount: 0,
      firstDate: null,
    });
    await db.dataSource.query(`TRUNCATE stock_prices`);
    expect((await stored()).every((stock) => stock.barCount === 0 && stock.lastDate === null)).toBe(true);
  });

  it('is backfilled from the stored bars by its migration', async () => {
    const migration = new AddStockCoverage1796160000000();
    const runner = db.dataSource.createQueryRunner();
    try {
      await new StocksRepository(db.dataSource).ensureTickers(['MIG', 'NOBARS']);
      await prices.upsertBars('MIG', [storedBar('2024-03-01', '5'), storedBar('2024-03-04', '6')], polygon);
      await migration.down(runner);
      await migration.up(runner);
      const backfilled = await stored();
      expect(backfilled).toEqual(await db.dataSource.query(COUNTED));
      expect(backfilled.filter((stock) => ['MIG', 'NOBARS'].includes(stock.ticker))).toEqual([
        { ticker: 'MIG', firstDate: '2024-03-01', lastDate: '2024-03-04', barCount: 2 },
        { ticker: 'NOBARS', firstDate: null, lastDate: null, barCount: 0 },
      ]);
    } finally {
      await runner.release();
    }
  });
});
