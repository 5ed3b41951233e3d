import type pg from 'pg';
import { CorporateActionsRepository } from '../../src/market-data/corporate-actions/corporate-actions.repository.js';
import type {
  DividendRecord,
  SplitRecord,
} from '../../src/market-data/corporate-actions/corporate-action.records.js';
import { PricesRepository } from '../../src/market-data/prices.repository.js';
import { StocksRepository } from '../../src/market-data/stocks.repository.js';
import { secondSessionPerTest, untilBlockedOnLock } from '../support/lock-wait.js';
import { createTestDataSource, type TestDataSource } from '../support/test-data-source.js';

const split = (executionDate: string, splitFrom: string, splitTo: string): SplitRecord => ({
  executionDate,
  splitFrom,
  splitTo,
});
const dividend = (exDividendDate: string, cashAmount: string, extra: Partial<DividendRecord> = {}) => ({
  exDividendDate,
  cashAmount,
  payDate: null,
  recordDate: null,
  currency: 'USD',
  dividendType: 'CD',
  ...extra,
});

describe('CorporateActionsRepository (stock_splits, cash_dividends, and the price version)', () => {
  let db: TestDataSource;
  let actions: CorporateActionsRepository;
  let prices: PricesRepository;
  const version = async (ticker: string) => (await prices.priceVersions([ticker])).get(ticker);

  beforeAll(async () => {
    db = await createTestDataSource();
    actions = new CorporateActionsRepository(db.dataSource);
    prices = new PricesRepository(db.dataSource);
    await new StocksRepository(db.dataSource).ensureTickers(['CSA', 'CSB', 'CDA', 'NONE']);
  });
  afterAll(() => db.close());

  it('upserts splits idempotently, exactly, counting only inserted or changed rows; bumps only then', async () => {
    const before = await version('CSA');
    expect(await actions.upsertSplits('CSA', [], 'polygon')).toBe(0);
    expect(await version('CSA')).toBe(before);

    const splits = [split('2020-08-31', '1', '4'), split('2014-06-09', '1', '7')];
    expect(await actions.upsertSplits('CSA', splits, 'polygon')).toBe(2);
    const afterInsert = await version('CSA');
    expect(afterInsert).not.toBe(before);

    expect(await actions.upsertSplits('CSA', splits, 'import')).toBe(0);
    expect(await version('CSA')).toBe(afterInsert);

    // A corrected ratio is one changed row, kept to the last digit.
    expect(await actions.upsertSplits('CSA', [split('2020-08-31', '3', '7.123456789012345')], 'import')).toBe(
      1,
    );
    expect(await version('CSA')).not.toBe(afterInsert);
    expect((await actions.splitsFor(['CSA'])).get('CSA')).toEqual([
      split('2014-06-09', '1', '7'),
      split('2020-08-31', '3', '7.123456789012345'),
    ]);
  });

  it('upserts dividends idempotently; any changed column counts and bumps the version', async () => {
    const rows = [
      dividend('2024-05-10', '0.25', { payDate: '2024-05-16' }),
      dividend('2024-02-09', '0.24', { currency: null, dividendType: null }),
    ];
    expect(await actions.upsertDividends('CDA', rows, 'polygon')).toBe(2);
    const stored = await version('CDA');
    expect(await actions.upsertDividends('CDA', rows, 'polygon')).toBe(0);
    expect(await version('CDA')).toBe(stored);

    const corrected = [dividend('2024-05-10', '0.25', { payDate: '2024-05-16', recordDate: '2024-05-13' })];
    expect(await actions.upsertDividends('CDA', corrected, 'import')).toBe(1);
    expect(await version('CDA')).not.toBe(stored);
    expect((await actions.dividendsFor(['CDA'])).get('CDA')).toEqual([
      dividend('2024-02-09', '0.24', { currency: null, dividendType: null }),
      dividend('2024-05-10', '0.25', { payDate: '2024-05-16', recordDate: '2024-05-13' }),
    ]);
  });

  it('groups by ticker, ascending by date, and leaves out tickers without any', async () => {
    await actions.upsertSplits('CSB', [split('2022-07-18', '1', '20')], 'import');
    const splits = await actions.splitsFor(['CSA', 'CSB', 'NONE']);
    expect([...splits.keys()].sort()).toEqual(['CSA', 'CSB']);
    expect(splits.get('CSB')).toEqual([split('2022-07-18', '1', '20')]);
    expect((await actions.dividendsFor(['CSA', 'NONE'])).size).toBe(0);
    expect((await actions.splitsFor([])).size).toBe(0);
  });

  describe("two writers of one ticker's rows, given them in opposite orders, take them in one order", () => {
    let sql: pg.Client;
    secondSessionPerTest(
      () => db.database.url,
      (client) => (sql = client),
    );

    it.each([
      [
        'splits',
        'CSO',
        `INSERT INTO stock_splits (ticker, execution_date, split_from, split_to, source)
         VALUES ($1, $2, 1, 2, 'import') ON CONFLICT DO NOTHING`,
        (ticker: string, dates: string[]) =>
          actions.upsertSplits(
            ticker,
            dates.map((date) => split(date, '1', '2')),
            'import',
          ),
      ],
      [
        'dividends',
        'CDO',
        `INSERT INTO cash_dividends (ticker, ex_dividend_date, cash_amount, currency, dividend_type, source)
         VALUES ($1, $2, 0.5, 'USD', 'CD', 'import') ON CONFLICT DO NOTHING`,
        (ticker: string, dates: string[]) =>
          actions.upsertDividends(
            ticker,
            dates.map((date) => dividend(date, '0.5')),
            'import',
          ),
      ],
    ])('%s: no deadlock', async (_table, ticker, insertOne, upsert) => {
      await new StocksRepository(db.dataSource).ensureTickers([ticker]);
      // The other writer holds the earlier date, not yet committed, and takes the later one next.
      await sql.query('BEGIN');
      await sql.query(insertOne, [ticker, '2021-01-04']);
      const upserting = upsert(ticker, ['2022-01-03', '2021-01-04']);
      upserting.catch(() => undefined); // awaited below, after the commit
      await untilBlockedOnLock(sql, 'the upsert waiting for the other writer');
      await sql.query(insertOne, [ticker, '2022-01-03']);
      await sql.query('COMMIT');
      // Both rows were the other writer's, with the same values: nothing changed.
      expect(await upserting).toBe(0);
    });
  });

  it('rejects what the tables forbid: a ratio of 0 and a negative amount store nothing', async () => {
    await expect(actions.upsertSplits('CSB', [split('2023-01-03', '0', '2')], 'import')).rejects.toThrow(
      /CHK_stock_splits_ratio_positive/,
    );
    await expect(actions.upsertDividends('CDA', [dividend('2023-01-03', '-1')], 'import')).rejects.toThrow(
      /CHK_cash_dividends_amount_not_negative/,
    );
    expect((await actions.splitsFor(['CSB'])).get('CSB')).toHaveLength(1);
  });
});
