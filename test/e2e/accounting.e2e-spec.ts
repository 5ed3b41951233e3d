import { CorporateActionsRepository } from '../../src/market-data/corporate-actions/corporate-actions.repository.js';
import { aapl2020StoredCloses, AAPL_SPLIT_DATE } from '../support/aapl-2020-split.js';
import { createCustomer, importCloses, recordTrade } from '../support/api-data.js';
import {
  ACCOUNTING_CASES,
  accountingCase,
  type AccountingCase,
  type AccountingColumn,
} from '../support/accounting-cases.js';
import { expectAccountingColumn } from '../support/expect-accounting-column.js';
import { expectFigure } from '../support/expect-figure.js';
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
    for (const { tradeDate, fee, ...rest } of entry.trades)
      await recordTrade(t.http, id, {
        ...rest,
        trade_date: tradeDate,
        ...(fee !== undefined && { fee: String(fee) }),
      });
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
    // Closes stored split-adjusted (Polygon adjusted=true): divided by 4 before 2020-08-31.
    await importCloses(t.http, 'XAAPL', aapl2020StoredCloses());
    await split('XAAPL', AAPL_SPLIT_DATE, '1', '4');
    const id = await createCustomer(t.http, [{ ticker: 'XAAPL', quantity: 10, as_of: '2020-08-24' }]);
    await trade(id, { ticker: 'XAAPL', type: 'BUY', quantity: 5, trade_date: '2020-08-28' }).expect(201);
    await trade(id, {
      ticker: 'XAAPL',
      type: 'SELL',
      quantity: 20,
      trade_date: '2020-09-02',
      price: 131.4,
      fee: '1',
    }).expect(201);
    const res = await t
      .http()
      .get(`/api/v1/portfolio/${id}/returns?start_date=2020-08-26&end_date=2020-09-04`)
      .expect(200);
    const [aapl] = res.body.holdings;
    expect(aapl).toMatchObject({ start_quantity: 10, start_price_date: '2020-08-26' });
    expectFigure(aapl.end_quantity, 40, 'end_quantity');
    expectFigure(aapl.start_price, 506.09, 'start_price');
    expectFigure(aapl.end_price, 120.96, 'end_price');
    expectFigure(res.body.start_value, 10 * 506.09, 'start_value');
    expectFigure(res.body.end_value, 40 * 120.96, 'end_value');
    expectFigure(res.body.total_inflows, 5 * 499.23, 'total_inflows');
    expectFigure(res.body.total_outflows, 20 * 131.4 - 1, 'total_outflows');
    const capitalGain = 40 * 120.96 - 10 * 506.09 - 5 * 499.23 + (20 * 131.4 - 1);
    expectFigure(res.body.capital_gain, capitalGain, 'capital_gain');
    expectFigure(res.body.total_fees, 1, 'total_fees');
    const pooled = 10 * 503.43 + 5 * 499.23;
    expectFigure(res.body.realized_gain, 20 * 131.4 - 1 - (20 / 60) * pooled, 'realized_gain');
    expectFigure(res.body.cost_basis, (40 / 60) * pooled, 'cost_basis');
    expectFigure(res.body.unrealized_gain, 40 * 120.96 - (40 / 60) * pooled, 'unrealized_gain');
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
