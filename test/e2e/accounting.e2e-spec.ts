import { CorporateActionsRepository } from '../../src/market-data/corporate-actions/corporate-actions.repository.js';
import { customerBody } from '../factories/customer.factory.js';
import { createTestApp, TestApp } from '../support/test-app.js';

/**
 * Cases E–I of ../shared/reference/accounting-cases.md end to end: prices through the import route, splits and
 * dividends stored with the corporate-actions repository, customers (with as_of) and trades (with fees)
 * through the API, every figure of every column checked over HTTP to the contract's tolerance.
 */
const clock = { now: () => new Date('2024-06-14T20:00:00Z') };

type Figure = number | string | null;
type Figures = Record<string, Figure>;
interface Column {
  query: string;
  total: Figures;
  holdings: Record<string, Figures>;
  warnings: Array<Record<string, string>>;
}

function expectFigure(actual: unknown, expected: Figure, label: string): void {
  if (typeof expected !== 'number') {
    expect({ [label]: actual }).toEqual({ [label]: expected });
    return;
  }
  if (typeof actual !== 'number') throw new Error(`${label}: expected ${expected}, got ${String(actual)}`);
  const gap = Math.abs(actual - expected);
  if (gap > Math.max(1e-9, 1e-9 * Math.abs(expected)))
    throw new Error(`${label}: expected ${expected}, got ${actual} (gap ${gap})`);
}

/** "a / b" rows of the tables, spelled out: two figure names and their two values. */
const pair = (names: string, values: [Figure, Figure]): Figures => {
  const [a, b] = names.split('/');
  return { [a]: values[0], [b]: values[1] };
};
const gains = (realized: Figure, cost: Figure, unrealized: Figure): Figures => ({
  realized_gain: realized,
  cost_basis: cost,
  unrealized_gain: unrealized,
});
const ACCOUNTING_WARNINGS = new Set(['dividend_currency', 'unknown_cost_basis']);

describe('accounting through the API: splits, dividends, fees, cost basis (e2e, real Postgres)', () => {
  let t: TestApp;
  let actions: CorporateActionsRepository;
  beforeAll(async () => {
    t = await createTestApp({ clock });
    actions = t.app.get(CorporateActionsRepository);
  });
  afterAll(async () => t.close());

  async function importCloses(ticker: string, closes: [string, number][]): Promise<void> {
    const csv = [
      'date,open,high,low,close,volume',
      ...closes.map(([d, c]) => `${d},${c},${c},${c},${c},1000`),
    ].join('\n');
    await t
      .http()
      .post(`/api/v1/stocks/${ticker}/prices`)
      .set('content-type', 'text/csv')
      .send(csv)
      .expect(200);
  }
  const split = (ticker: string, executionDate: string, splitFrom: string, splitTo: string) =>
    actions.upsertSplits(ticker, [{ executionDate, splitFrom, splitTo }], 'import');
  const dividend = (ticker: string, exDividendDate: string, cashAmount: string, currency = 'USD') =>
    actions.upsertDividends(
      ticker,
      [{ exDividendDate, payDate: null, recordDate: null, cashAmount, currency, dividendType: 'CD' }],
      'import',
    );
  async function customer(stocks: { ticker: string; quantity: number; as_of: string }[]): Promise<string> {
    return (await t.http().post('/api/v1/customers').send(customerBody({ stocks })).expect(201)).body.id;
  }
  const trade = (id: string, body: Record<string, unknown>) =>
    t.http().post(`/api/v1/customers/${id}/transactions`).send(body);

  async function checkColumn(id: string, window: string, column: Column): Promise<void> {
    const res = await t.http().get(`/api/v1/portfolio/${id}/returns?${window}${column.query}`).expect(200);
    const label = column.query || 'defaults';
    for (const [key, expected] of Object.entries(column.total)) {
      const actual = key === 'benchmark_return' ? res.body.benchmark_return : res.body[key];
      expectFigure(actual, expected, `${label} ${key}`);
    }
    const holdings = res.body.holdings as Array<Record<string, unknown>>;
    expect(holdings.map((holding) => holding.ticker)).toEqual(Object.keys(column.holdings).sort());
    for (const holding of holdings) {
      const figures = column.holdings[holding.ticker as string];
      for (const [key, expected] of Object.entries(figures))
        expectFigure(holding[key], expected, `${label} ${String(holding.ticker)} ${key}`);
      expectFigure(holding.quantity, figures.end_quantity, `${label} quantity`);
      expectFigure(holding.return, figures.profit, `${label} return`);
    }
    const warnings = (res.body.warnings as Array<Record<string, string>>)
      .filter((warning) => ACCOUNTING_WARNINGS.has(warning.code))
      .map(({ code, ticker, date, currency }) => ({
        code,
        ticker,
        ...(date !== undefined && { date }),
        ...(currency !== undefined && { currency }),
      }));
    expect(warnings).toEqual(column.warnings);
  }

  /** average and fifo columns from the rows they share and the cost-basis rows of each. */
  function columns(
    shared: Omit<Column, 'query'>,
    cost: Record<'average' | 'fifo', Record<string, Figures>>,
  ): Column[] {
    return (['average', 'fifo'] as const).map((method) => ({
      query: method === 'average' ? '' : '&cost_basis=fifo',
      total: { ...shared.total, ...cost[method].total },
      holdings: Object.fromEntries(
        Object.entries(shared.holdings).map(([ticker, figures]) => [
          ticker,
          { ...figures, ...cost[method][ticker] },
        ]),
      ),
      warnings: shared.warnings,
    }));
  }

  it('case E: a 4-for-1 split inside the window', async () => {
    await importCloses('SPL', [
      ['2024-05-31', 95],
      ['2024-06-03', 100],
      ['2024-06-04', 102.5],
      ['2024-06-05', 105],
      ['2024-06-06', 107.5],
      ['2024-06-07', 110],
    ]);
    await split('SPL', '2024-06-06', '1', '4');
    const id = await customer([{ ticker: 'SPL', quantity: 10, as_of: '2024-05-31' }]);
    await trade(id, { ticker: 'SPL', type: 'BUY', quantity: 5, trade_date: '2024-06-04' }).expect(201);
    // 20 real shares after the split: more than the 15 bought before it, fine in the newest basis (60).
    await trade(id, {
      ticker: 'SPL',
      type: 'SELL',
      quantity: 20,
      trade_date: '2024-06-07',
      price: 110,
    }).expect(201);
    const spl = {
      ...pair('start_quantity/end_quantity', [10, 40]),
      ...pair('start_price/end_price', [400, 110]),
      ...pair('start_price_date/end_price_date', ['2024-06-03', '2024-06-07']),
      ...pair('start_value/end_value', [4000, 4400]),
      dividend_income: 0,
      capital_gain: 550,
      profit: 550,
      return_percentage: 9.090909091,
      time_weighted_return: 0.1,
      total_fees: 0,
    };
    for (const column of columns(
      {
        total: {
          ...pair('start_value/end_value', [4000, 4400]),
          ...pair('total_inflows/total_outflows', [2050, 2200]),
          dividend_income: 0,
          capital_gain: 550,
          total_return: 550,
          return_percentage: 9.090909091,
          time_weighted_return: 0.1,
          money_weighted_return: 0.09965390864,
          annualized_time_weighted_return: null,
          annualized_money_weighted_return: null,
          volatility: 0.01191644402,
          max_drawdown: 0,
          total_fees: 0,
        },
        holdings: { SPL: spl },
        warnings: [],
      },
      {
        average: { total: gains(250, 3900, 500), SPL: gains(250, 3900, 500) },
        fifo: { total: gains(300, 3950, 450), SPL: gains(300, 3950, 450) },
      },
    ))
      await checkColumn(id, 'start_date=2024-06-03&end_date=2024-06-07', column);
  });

  it('case F: dividends, a foreign one, a buy the day before and a sale on the ex-date', async () => {
    await importCloses('DVA', [
      ['2024-03-01', 50],
      ['2024-03-04', 50],
      ['2024-03-05', 50],
      ['2024-03-06', 49],
      ['2024-03-07', 49],
      ['2024-03-08', 50],
    ]);
    await importCloses('DVB', [
      ['2024-03-01', 20],
      ['2024-03-04', 21],
      ['2024-03-05', 21],
      ['2024-03-06', 22],
      ['2024-03-07', 21.5],
      ['2024-03-08', 22],
    ]);
    await importCloses('BMK', [
      ['2024-03-01', 100],
      ['2024-03-04', 100],
      ['2024-03-05', 102],
      ['2024-03-06', 102],
      ['2024-03-07', 99],
      ['2024-03-08', 100],
    ]);
    await dividend('DVA', '2024-03-06', '1.00');
    await dividend('DVB', '2024-03-07', '0.50', 'CAD');
    await dividend('BMK', '2024-03-07', '2.00');
    const id = await customer([
      { ticker: 'DVA', quantity: 100, as_of: '2024-03-01' },
      { ticker: 'DVB', quantity: 40, as_of: '2024-03-01' },
    ]);
    await trade(id, { ticker: 'DVA', type: 'BUY', quantity: 50, trade_date: '2024-03-05' }).expect(201);
    await trade(id, { ticker: 'DVB', type: 'SELL', quantity: 40, trade_date: '2024-03-07' }).expect(201);
    const shared = {
      ...pair('start_value/end_value', [5800, 7500]),
      ...pair('total_inflows/total_outflows', [2500, 860]),
      annualized_time_weighted_return: null,
      annualized_money_weighted_return: null,
      total_fees: 0,
      ...gains(60, 7500, 0),
    };
    const holdings = (dividends: boolean): Record<string, Figures> => ({
      DVA: {
        ...pair('start_quantity/end_quantity', [100, 150]),
        ...pair('start_price/end_price', [50, 50]),
        ...pair('start_price_date/end_price_date', ['2024-03-01', '2024-03-08']),
        ...pair('start_value/end_value', [5000, 7500]),
        dividend_income: dividends ? 150 : 0,
        capital_gain: 0,
        profit: dividends ? 150 : 0,
        return_percentage: dividends ? 2 : 0,
        time_weighted_return: dividends ? 0.02040816327 : 0,
        total_fees: 0,
        ...gains(0, 7500, 0),
      },
      DVB: {
        ...pair('start_quantity/end_quantity', [40, 0]),
        ...pair('start_price/end_price', [20, 22]),
        ...pair('start_price_date/end_price_date', ['2024-03-01', '2024-03-08']),
        ...pair('start_value/end_value', [800, 0]),
        dividend_income: 0,
        capital_gain: 60,
        profit: 60,
        return_percentage: 7.5,
        time_weighted_return: 0.075,
        total_fees: 0,
        ...gains(60, 0, 0),
      },
    });
    const included = {
      total: {
        ...shared,
        dividend_income: 150,
        capital_gain: 60,
        total_return: 210,
        return_percentage: 2.530120482,
        time_weighted_return: 0.02986445192,
        money_weighted_return: 0.03135094638,
        volatility: 0.1412950853,
        max_drawdown: 0.002430133657,
        benchmark_return: 0.0202020202,
      },
      holdings: holdings(true),
      warnings: [{ code: 'dividend_currency', ticker: 'DVB', date: '2024-03-07', currency: 'CAD' }],
    };
    const window = 'start_date=2024-03-01&end_date=2024-03-08&benchmark=BMK';
    for (const column of columns(included, { average: {}, fifo: {} })) await checkColumn(id, window, column);
    await checkColumn(id, window, {
      query: '&dividends=exclude',
      total: {
        ...shared,
        dividend_income: 0,
        capital_gain: 60,
        total_return: 60,
        return_percentage: 0.7228915663,
        time_weighted_return: 0.01143012402,
        money_weighted_return: 0.008893728144,
        volatility: 0.1970956463,
        max_drawdown: 0.01558752998,
        benchmark_return: 0,
      },
      holdings: holdings(false),
      warnings: [],
    });
    // The daily series carries each day's dividend income; the value stays V(d).
    const performance = await t.http().get(`/api/v1/portfolio/${id}/performance?${window}`).expect(200);
    const exDate = performance.body.series.find((point: { date: string }) => point.date === '2024-03-06');
    expect(exDate).toMatchObject({ dividend: 150, value: 150 * 49 + 40 * 22 });
  });

  it('case G: fees on buys and sells', async () => {
    await importCloses('FEE', [
      ['2024-03-28', 98],
      ['2024-04-01', 100],
      ['2024-04-02', 102],
      ['2024-04-03', 101],
      ['2024-04-04', 105],
      ['2024-04-05', 110],
    ]);
    const id = await customer([]);
    const fees: Array<[string, string, number, number, string]> = [
      ['BUY', '2024-03-28', 10, 98, '4'],
      ['BUY', '2024-04-02', 10, 102, '5'],
      ['SELL', '2024-04-04', 15, 105, '7.5'],
    ];
    for (const [type, date, quantity, price, fee] of fees)
      await trade(id, { ticker: 'FEE', type, quantity, trade_date: date, price, fee }).expect(201);
    const figures = {
      total_fees: 12.5,
      dividend_income: 0,
      capital_gain: 92.5,
      return_percentage: 4.567901235,
      time_weighted_return: 0.09069852941,
      ...pair('start_value/end_value', [1000, 550]),
    };
    for (const column of columns(
      {
        total: {
          ...figures,
          ...pair('total_inflows/total_outflows', [1025, 1567.5]),
          total_return: 92.5,
          money_weighted_return: 0.0670246626,
          annualized_time_weighted_return: null,
          annualized_money_weighted_return: null,
          volatility: 0.4005142529,
          max_drawdown: 0.009803921569,
        },
        holdings: {
          FEE: {
            ...figures,
            ...pair('start_quantity/end_quantity', [10, 5]),
            ...pair('start_price/end_price', [100, 110]),
            ...pair('start_price_date/end_price_date', ['2024-04-01', '2024-04-05']),
            profit: 92.5,
          },
        },
        warnings: [],
      },
      {
        average: { total: gains(60.75, 502.25, 47.75), FEE: gains(60.75, 502.25, 47.75) },
        fifo: { total: gains(71, 512.5, 37.5), FEE: gains(71, 512.5, 37.5) },
      },
    ))
      await checkColumn(id, 'start_date=2024-04-01&end_date=2024-04-05', column);
  });

  it('case H: cost basis, average and fifo; an opening holding without a price', async () => {
    await importCloses('CBA', [
      ['2024-02-02', 20],
      ['2024-02-05', 21],
      ['2024-02-06', 22],
      ['2024-02-07', 24],
      ['2024-02-08', 23],
      ['2024-02-09', 25],
      ['2024-02-12', 26],
    ]);
    await importCloses('CBB', [
      ['2024-02-01', 50],
      ['2024-02-02', 51],
      ['2024-02-12', 54],
    ]);
    const id = await customer([
      { ticker: 'CBA', quantity: 10, as_of: '2024-02-03' },
      { ticker: 'CBB', quantity: 8, as_of: '2024-01-31' },
    ]);
    const trades: Array<[string, string, number, number]> = [
      ['BUY', '2024-02-05', 10, 21],
      ['SELL', '2024-02-06', 15, 22],
      ['BUY', '2024-02-07', 20, 24],
      ['SELL', '2024-02-08', 20, 23],
      ['BUY', '2024-02-09', 5, 25],
    ];
    for (const [type, date, quantity, price] of trades)
      await trade(id, { ticker: 'CBA', type, quantity, trade_date: date, price }).expect(201);
    const none = gains(null, null, null);
    for (const column of columns(
      {
        total: {
          ...pair('start_value/end_value', [608, 692]),
          ...pair('total_inflows/total_outflows', [815, 790]),
          dividend_income: 0,
          capital_gain: 59,
          total_return: 59,
          return_percentage: 4.146170063,
          time_weighted_return: 0.1090555023,
          money_weighted_return: 0.09002125146,
          annualized_time_weighted_return: null,
          annualized_money_weighted_return: null,
          volatility: 0.3893802174,
          max_drawdown: 0.0248015873,
          total_fees: 0,
          ...none,
        },
        holdings: {
          CBA: {
            ...pair('start_quantity/end_quantity', [10, 10]),
            ...pair('start_price/end_price', [20, 26]),
            ...pair('start_price_date/end_price_date', ['2024-02-02', '2024-02-12']),
            ...pair('start_value/end_value', [200, 260]),
            dividend_income: 0,
            capital_gain: 35,
            profit: 35,
            return_percentage: 3.448275862,
            time_weighted_return: 0.3,
            total_fees: 0,
          },
          CBB: {
            ...pair('start_quantity/end_quantity', [8, 8]),
            ...pair('start_price/end_price', [51, 54]),
            ...pair('start_price_date/end_price_date', ['2024-02-02', '2024-02-12']),
            ...pair('start_value/end_value', [408, 432]),
            dividend_income: 0,
            capital_gain: 24,
            profit: 24,
            return_percentage: 5.882352941,
            time_weighted_return: 0.05882352941,
            total_fees: 0,
            ...none,
          },
        },
        warnings: [{ code: 'unknown_cost_basis', ticker: 'CBB' }],
      },
      {
        average: { total: {}, CBA: gains(16.5, 241.5, 18.5) },
        fifo: { total: {}, CBA: gains(20, 245, 15) },
      },
    ))
      await checkColumn(id, 'start_date=2024-02-03&end_date=2024-02-12', column);
  });

  it('case I: everything together over 455 days', async () => {
    await importCloses('ALP', [
      ['2022-12-30', 50],
      ['2023-04-03', 55],
      ['2023-05-01', 54.5],
      ['2023-07-03', 60],
      ['2023-09-01', 57.5],
      ['2023-12-29', 65],
      ['2024-03-28', 70],
    ]);
    await importCloses('BET', [
      ['2022-12-30', 40],
      ['2023-04-03', 39],
      ['2023-07-03', 42],
      ['2023-10-02', 41],
      ['2023-12-29', 44],
      ['2024-03-28', 45],
    ]);
    await importCloses('IDX', [
      ['2022-12-30', 400],
      ['2023-06-01', 410],
      ['2023-12-29', 440],
      ['2024-03-28', 450],
    ]);
    await split('ALP', '2023-07-03', '1', '2');
    await dividend('ALP', '2023-05-01', '1.00');
    await dividend('ALP', '2023-09-01', '0.50');
    await dividend('BET', '2023-04-03', '1.00');
    await dividend('BET', '2023-10-02', '0.80', 'EUR');
    await dividend('IDX', '2023-06-01', '4.00');
    const id = await customer([
      { ticker: 'ALP', quantity: 20, as_of: '2022-12-30' },
      { ticker: 'BET', quantity: 50, as_of: '2023-01-01' },
    ]);
    const trades: Array<Record<string, unknown>> = [
      { ticker: 'ALP', type: 'BUY', quantity: 10, trade_date: '2023-04-03', fee: '10' },
      { ticker: 'ALP', type: 'SELL', quantity: 30, trade_date: '2023-09-01', price: 57.5, fee: '15' },
      { ticker: 'BET', type: 'BUY', quantity: 25, trade_date: '2023-10-02', price: 41, fee: '5' },
      { ticker: 'BET', type: 'SELL', quantity: 60, trade_date: '2023-12-29', price: 44, fee: '6' },
    ];
    for (const body of trades) await trade(id, body).expect(201);
    const shared = {
      ...pair('start_value/end_value', [4000, 2775]),
      ...pair('total_inflows/total_outflows', [2140, 4344]),
      total_fees: 36,
    };
    const holdings = (dividends: boolean): Record<string, Figures> => ({
      ALP: {
        ...pair('start_quantity/end_quantity', [20, 30]),
        ...pair('start_price/end_price', [100, 70]),
        ...pair('start_price_date/end_price_date', ['2022-12-30', '2024-03-28']),
        ...pair('start_value/end_value', [2000, 2100]),
        dividend_income: dividends ? 60 : 0,
        capital_gain: 700,
        profit: dividends ? 760 : 700,
        return_percentage: dividends ? 24.43729904 : 22.50803859,
        time_weighted_return: dividends ? 0.4125368967 : 0.3875770751,
        total_fees: 25,
      },
      BET: {
        ...pair('start_quantity/end_quantity', [50, 15]),
        ...pair('start_price/end_price', [40, 45]),
        ...pair('start_price_date/end_price_date', ['2022-12-30', '2024-03-28']),
        ...pair('start_value/end_value', [2000, 675]),
        dividend_income: dividends ? 50 : 0,
        capital_gain: 279,
        profit: dividends ? 329 : 279,
        return_percentage: dividends ? 10.85808581 : 9.207920792,
        time_weighted_return: dividends ? 0.1489391097 : 0.1202156319,
        total_fees: 11,
      },
    });
    const window = 'start_date=2023-01-01&end_date=2024-03-31&benchmark=IDX';
    for (const column of columns(
      {
        total: {
          ...shared,
          dividend_income: 110,
          capital_gain: 979,
          total_return: 1089,
          return_percentage: 17.73615635,
          time_weighted_return: 0.2785053031,
          money_weighted_return: 0.2765795354,
          annualized_time_weighted_return: 0.2178576769,
          annualized_money_weighted_return: 0.2163858928,
          volatility: 0.7827683628,
          max_drawdown: 0.03772273822,
          benchmark_return: 0.1359756098,
        },
        holdings: holdings(true),
        warnings: [{ code: 'dividend_currency', ticker: 'BET', date: '2023-10-02', currency: 'EUR' }],
      },
      {
        average: {
          total: gains(365, 2161, 614),
          ALP: gains(155, 1555, 545),
          BET: gains(210, 606, 69),
        },
        fifo: { total: gains(432, 2228, 547), ALP: gains(210, 1610, 490), BET: gains(222, 618, 57) },
      },
    ))
      await checkColumn(id, window, column);
    const excluded = holdings(false);
    excluded.ALP = { ...excluded.ALP, ...gains(155, 1555, 545) };
    excluded.BET = { ...excluded.BET, ...gains(210, 606, 69) };
    await checkColumn(id, window, {
      query: '&dividends=exclude',
      total: {
        ...shared,
        dividend_income: 0,
        capital_gain: 979,
        total_return: 979,
        return_percentage: 15.94462541,
        time_weighted_return: 0.2492590609,
        money_weighted_return: 0.2444087233,
        annualized_time_weighted_return: 0.1954582943,
        annualized_money_weighted_return: 0.1917334995,
        volatility: 0.8071849993,
        max_drawdown: 0.04291021672,
        benchmark_return: 0.125,
        ...gains(365, 2161, 614),
      },
      holdings: excluded,
      warnings: [],
    });
  });

  it('AAPL through its 2020 4-for-1 split: the money figures of the shares really held', async () => {
    // Closes as traded, stored split-adjusted (Polygon adjusted=true): divided by 4 before 2020-08-31.
    const asTraded: [string, number][] = [
      ['2020-08-24', 503.43],
      ['2020-08-26', 506.09],
      ['2020-08-27', 500.04],
      ['2020-08-28', 499.23],
      ['2020-08-31', 129.04],
      ['2020-09-01', 134.18],
      ['2020-09-02', 131.4],
      ['2020-09-03', 120.88],
      ['2020-09-04', 120.96],
    ];
    await importCloses(
      'XAAPL',
      asTraded.map(([date, close]) => [date, date < '2020-08-31' ? close / 4 : close]),
    );
    await split('XAAPL', '2020-08-31', '1', '4');
    const id = await customer([{ ticker: 'XAAPL', quantity: 10, as_of: '2020-08-24' }]);
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
    await importCloses('SPLT2', [
      ['2024-01-02', 100],
      ['2024-01-03', 50],
    ]);
    await split('SPLT2', '2024-01-03', '1', '2');
    const id = await customer([{ ticker: 'SPLT2', quantity: 10, as_of: '2024-01-02' }]);
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
    await importCloses('CACH', [
      ['2024-01-02', 100],
      ['2024-01-03', 50],
      ['2024-01-04', 50],
    ]);
    const id = await customer([{ ticker: 'CACH', quantity: 10, as_of: '2024-01-02' }]);
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
    const id = await customer([]);
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
