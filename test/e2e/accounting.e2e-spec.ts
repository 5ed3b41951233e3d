import { CorporateActionsRepository } from '../../src/market-data/corporate-actions/corporate-actions.repository.js';
import { AAPL_2020_TRADING, aapl2020StoredCloses, AAPL_SPLIT_DATE } from '../support/aapl-2020-split.js';
import { createCustomer, importCloses, recordTrade } from '../support/api-data.js';
import {
  ACCOUNTING_CASES,
  accountingCase,
  type AccountingCase,
  type AccountingColumn,
} from '../support/accounting-cases.js';
import { expectAccountingColumn } from '../support/expect-accounting-column.js';
import { expectFigures } from '../support/expect-figure.js';
import { createTestApp, TestApp } from '../support/test-app.js';

/**
 * Cases E–I of ../shared/reference/accounting-cases.md end to end (test/support/accounting-cases.ts, shared
 * with the calculator spec): prices through the import route, splits and dividends stored with the
 * corporate-actions repository, customers (with as_of) and trades (with fees) through the API, every figure
 * of every column checked over HTTP to the contract's tolerance.
 */
const clock = { now: () => new Date('2024-06-14T20:00:00Z') };

function windowQuery(entry: AccountingCase): string {
  const benchmark = entry.benchmark ? `&benchmark=${entry.benchmark}` : '';
  return `start_date=${entry.start}&end_date=${entry.end}${benchmark}`;
}

/** A trade of the shared data as the API takes it: snake_case, the fee as a decimal string. */
function tradeBody({
  tradeDate,
  fee,
  ...rest
}: Omit<AccountingCase['trades'][number], 'ticker'>): Record<string, unknown> {
  return { ...rest, trade_date: tradeDate, ...(fee !== undefined && { fee: String(fee) }) };
}

/** A column's options; the defaults (average, include) are left out, as a client would. */
function optionsQuery(column: AccountingColumn): string {
  const costBasis = column.costBasis === 'fifo' ? '&cost_basis=fifo' : '';
  return `${costBasis}${column.dividends === 'exclude' ? '&dividends=exclude' : ''}`;
}

describe('accounting through the API: splits, dividends, fees, cost basis (e2e, real Postgres)', () => {
  let t: TestApp;
  let actions: CorporateActionsRepository;
  beforeAll(async () => {
    t = await createTestApp({ clock });
    actions = t.app.get(CorporateActionsRepository);
  });
  afterAll(async () => t.close());

  const split = (ticker: string, executionDate: string, splitFrom: string, splitTo: string) =>
    actions.upsertSplits(ticker, [{ executionDate, splitFrom, splitTo }], 'import');
  const dividend = (ticker: string, exDividendDate: string, cashAmount: string, currency = 'USD') =>
    actions.upsertDividends(
      ticker,
      [{ exDividendDate, payDate: null, recordDate: null, cashAmount, currency, dividendType: 'CD' }],
      'import',
    );
  const trade = (id: string, body: Record<string, unknown>) =>
    t.http().post(`/api/v1/customers/${id}/transactions`).send(body);

  /** Stores a case's closes, splits and dividends, and creates its customer and trades through the API. */
  async function load(entry: AccountingCase): Promise<string> {
    for (const [ticker, closes] of Object.entries(entry.closes)) await importCloses(t.http, ticker, closes);
    for (const { ticker, executionDate, splitFrom, splitTo } of entry.splits)
      await split(ticker, executionDate, String(splitFrom), String(splitTo));
    for (const { ticker, exDividendDate, cashAmount, currency } of entry.dividends)
      await dividend(ticker, exDividendDate, String(cashAmount), currency);
    const id = await createCustomer(
      t.http,
      entry.opening.map(({ ticker, quantity, asOf }) => ({ ticker, quantity, as_of: asOf })),
    );
    for (const trade of entry.trades) await recordTrade(t.http, id, tradeBody(trade));
    return id;
  }

  it.each(ACCOUNTING_CASES.map((entry) => [entry.name, entry] as const))(
    'case %s: every figure of every column',
    async (_name, entry) => {
      const id = await load(entry);
      for (const column of entry.columns) {
        const url = `/api/v1/portfolio/${id}/returns?${windowQuery(entry)}${optionsQuery(column)}`;
        expectAccountingColumn((await t.http().get(url).expect(200)).body, column);
      }
    },
  );

  it('case F over /performance: the daily series carries each day’s dividend income; the value stays V(d)', async () => {
    const entry = accountingCase('F');
    const id = await load(entry);
    const performance = await t
      .http()
      .get(`/api/v1/portfolio/${id}/performance?${windowQuery(entry)}`)
      .expect(200);
    const exDate = performance.body.series.find((point: { date: string }) => point.date === '2024-03-06');
    expect(exDate).toMatchObject({ dividend: 150, value: 150 * 49 + 40 * 22 });
  });

  it('AAPL through its 2020 4-for-1 split: the money figures of the shares really held', async () => {
    const { start, end, opening, trades, holding, total } = AAPL_2020_TRADING;
    await importCloses(t.http, 'XAAPL', aapl2020StoredCloses());
    await split('XAAPL', AAPL_SPLIT_DATE, '1', '4');
    const id = await createCustomer(t.http, [
      { ticker: 'XAAPL', quantity: opening.quantity, as_of: opening.asOf },
    ]);
    for (const trade of trades) await recordTrade(t.http, id, { ticker: 'XAAPL', ...tradeBody(trade) });
    const res = await t
      .http()
      .get(`/api/v1/portfolio/${id}/returns?start_date=${start}&end_date=${end}`)
      .expect(200);
    expectFigures(res.body.holdings[0], holding, 'XAAPL ');
    expectFigures(res.body, total);
  });

  it('checks SELLs in the newest split basis: post-split numbers accepted, going short refused (409)', async () => {
    await importCloses(t.http, 'SPLT2', [
      ['2024-01-02', 100],
      ['2024-01-03', 50],
    ]);
    await split('SPLT2', '2024-01-03', '1', '2');
    const id = await createCustomer(t.http, [{ ticker: 'SPLT2', quantity: 10, as_of: '2024-01-02' }]);
    // 10 shares held before the 2-for-1 split are 20 after it.
    await trade(id, { ticker: 'SPLT2', type: 'SELL', quantity: 15, trade_date: '2024-01-03' }).expect(201);
    const refused = await trade(id, {
      ticker: 'SPLT2',
      type: 'SELL',
      quantity: 6,
      trade_date: '2024-01-04',
    }).expect(409);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body.position).toMatchObject({ ticker: 'SPLT2', date: '2024-01-04', quantity: -1 });
    await trade(id, { ticker: 'SPLT2', type: 'SELL', quantity: 5, trade_date: '2024-01-04' }).expect(201);
    // Replacing the opening holding by fewer pre-split shares would leave the sales short: refused too.
    await t
      .http()
      .put(`/api/v1/customers/${id}`)
      .send({ stocks: [{ ticker: 'SPLT2', quantity: 9, as_of: '2024-01-02' }] })
      .expect(409);
  });

  it('a split or dividend stored after a result was cached is in the next answer', async () => {
    await importCloses(t.http, 'CACH', [
      ['2024-01-02', 100],
      ['2024-01-03', 50],
      ['2024-01-04', 50],
    ]);
    const id = await createCustomer(t.http, [{ ticker: 'CACH', quantity: 10, as_of: '2024-01-02' }]);
    const url = `/api/v1/portfolio/${id}/returns?start_date=2024-01-02&end_date=2024-01-04`;
    const before = (await t.http().get(url).expect(200)).body;
    expect(before).toMatchObject({ end_value: 500, capital_gain: -500, dividend_income: 0 });
    await split('CACH', '2024-01-03', '1', '2');
    const split2 = (await t.http().get(url).expect(200)).body;
    // The stored closes are now read in the newest basis: 10 real shares are 20 of them throughout.
    expect(split2).toMatchObject({ start_value: 2000, end_value: 1000, capital_gain: -1000 });
    expect(split2.holdings[0]).toMatchObject({ start_quantity: 10, end_quantity: 20 });
    await dividend('CACH', '2024-01-04', '0.25');
    expect((await t.http().get(url).expect(200)).body).toMatchObject({
      dividend_income: 5,
      total_return: -995,
    });
  });

  it('answers 400 for a dividends or cost_basis value outside its list', async () => {
    const id = await createCustomer(t.http, []);
    for (const query of ['dividends=reinvest', 'cost_basis=lifo', 'dividends=', 'cost_basis=AVERAGE']) {
      for (const route of ['returns', 'performance']) {
        const res = await t
          .http()
          .get(`/api/v1/portfolio/${id}/${route}?start_date=2024-01-02&end_date=2024-01-05&${query}`)
          .expect(400);
        expect(res.body.errors.map((error: { field: string }) => error.field)).toEqual([query.split('=')[0]]);
      }
    }
  });
});
