import { createTestApp, TestApp } from '../support/test-app.js';
import { createCustomer, importCloses, recordTrade } from '../support/api-data.js';
import { expectFigure, expectFigures } from '../support/expect-figure.js';

/**
 * The worked cases of ../shared/reference/returns-cases.md, end to end: prices loaded through the import
 * route, portfolios through the customers and transactions routes, answers checked over HTTP.
 */
const clock = { now: () => new Date('2024-06-14T20:00:00Z') };
const PROBLEM = /application\/problem\+json/;

describe('returns API reproduces the reference cases (e2e, real Postgres)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ clock });
  });
  afterAll(async () => t.close());

  const trade = (id: string, body: Record<string, unknown>) => recordTrade(t.http, id, body);
  const returns = (id: string, query: string) => t.http().get(`/api/v1/portfolio/${id}/returns?${query}`);

  it('case A: opening holdings, no flows, window starts on a holiday', async () => {
    await importCloses(t.http, 'CAAPL', [
      ['2023-12-28', 193.58],
      ['2023-12-29', 192.53],
      ['2024-01-02', 185.64],
      ['2024-01-03', 184.25],
      ['2024-01-31', 184.4],
    ]);
    await importCloses(t.http, 'CMSFT', [
      ['2023-12-28', 375.28],
      ['2023-12-29', 376.04],
      ['2024-01-02', 370.87],
      ['2024-01-03', 370.6],
      ['2024-01-31', 397.58],
    ]);
    const id = await createCustomer(t.http, [
      { ticker: 'CAAPL', quantity: 10 },
      { ticker: 'CMSFT', quantity: 5 },
    ]);
    const res = await returns(id, 'start_date=2024-01-01&end_date=2024-01-31').expect(200);
    expect(res.body).toMatchObject({ customer_id: id, start_date: '2024-01-01', end_date: '2024-01-31' });
    expect(res.body.method).toMatchObject({
      valuation: 'as-of adjusted close',
      time_weighted: 'daily-linked TWR',
      money_weighted: 'period IRR',
    });
    expectFigures(res.body, {
      start_value: 3805.5,
      end_value: 3831.9,
      total_return: 26.4,
      return_percentage: 0.6937327552,
      time_weighted_return: 0.006937327552,
      money_weighted_return: 0.006937327552,
      annualized_time_weighted_return: null,
      annualized_money_weighted_return: null,
      volatility: 0.4992684419,
      max_drawdown: 0.02890553147,
    });
    const [aapl, msft] = res.body.holdings;
    expect(aapl).toMatchObject({
      ticker: 'CAAPL',
      quantity: 10,
      start_price_date: '2023-12-29',
      end_price_date: '2024-01-31',
    });
    expectFigures(aapl, {
      start_price: 192.53,
      end_price: 184.4,
      profit: -81.3,
      return: -81.3,
      return_percentage: -4.222718537,
      time_weighted_return: -0.04222718537,
    });
    expectFigures(msft, {
      start_price: 376.04,
      end_price: 397.58,
      profit: 107.7,
      return_percentage: 5.72811403,
      time_weighted_return: 0.0572811403,
    });
  });

  it('case B: buys and a sell inside the window', async () => {
    await importCloses(t.http, 'XYZ', [
      ['2024-03-01', 100],
      ['2024-03-04', 110],
      ['2024-03-05', 99],
      ['2024-03-06', 120],
      ['2024-03-07', 125],
    ]);
    await importCloses(t.http, 'ABC', [
      ['2024-03-01', 50],
      ['2024-03-04', 50],
      ['2024-03-05', 55],
      ['2024-03-06', 52],
      ['2024-03-07', 60],
    ]);
    const id = await createCustomer(t.http, [{ ticker: 'ABC', quantity: 3 }]);
    await trade(id, { ticker: 'XYZ', type: 'BUY', quantity: 10, trade_date: '2024-03-01' });
    await trade(id, { ticker: 'XYZ', type: 'BUY', quantity: 10, trade_date: '2024-03-05', price: 99 });
    await trade(id, { ticker: 'XYZ', type: 'SELL', quantity: 5, trade_date: '2024-03-06', price: 120 });
    const res = await returns(id, 'start_date=2024-03-01&end_date=2024-03-07').expect(200);
    expectFigures(res.body, {
      start_value: 1150,
      end_value: 2055,
      total_inflows: 990,
      total_outflows: 600,
      total_return: 515,
      return_percentage: 24.06542056,
      time_weighted_return: 0.2573629891,
      money_weighted_return: 0.3791682318,
      annualized_time_weighted_return: null,
      annualized_money_weighted_return: null,
      volatility: 1.753111912,
      max_drawdown: 0.076,
    });
    const byTicker = Object.fromEntries(res.body.holdings.map((h: { ticker: string }) => [h.ticker, h]));
    expectFigures(byTicker.ABC, {
      start_quantity: 3,
      end_quantity: 3,
      profit: 30,
      return_percentage: 20,
      time_weighted_return: 0.2,
    });
    expectFigures(byTicker.XYZ, {
      start_quantity: 10,
      end_quantity: 15,
      start_value: 1000,
      end_value: 1875,
      profit: 485,
      return_percentage: 24.3718593,
      time_weighted_return: 0.25,
    });
  });

  it('case C: a full year with one buy halfway (annualized figures appear at T = 365)', async () => {
    await importCloses(t.http, 'XC', [
      ['2010-01-01', 200],
      ['2010-07-01', 190],
      ['2011-01-01', 210],
    ]);
    const id = await createCustomer(t.http, [{ ticker: 'XC', quantity: 1 }]);
    await trade(id, { ticker: 'XC', type: 'BUY', quantity: 1, trade_date: '2010-07-01' });
    const res = await returns(id, 'start_date=2010-01-01&end_date=2011-01-01').expect(200);
    expectFigures(res.body, {
      start_value: 200,
      end_value: 420,
      total_return: 30,
      return_percentage: 7.692307692,
      time_weighted_return: 0.05,
      annualized_time_weighted_return: 0.05,
      money_weighted_return: 0.1022252696,
      annualized_money_weighted_return: 0.1022252696,
      volatility: 1.742824625,
      max_drawdown: 0.05,
    });
  });

  it('case D: missing prices → 422 with missing_prices, never a silently dropped holding', async () => {
    const id = await createCustomer(t.http, [{ ticker: 'NOPE', quantity: 1 }]);
    const res = await returns(id, 'start_date=2024-01-02&end_date=2024-01-31').expect(422);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body.missing_prices).toEqual([{ ticker: 'NOPE', needed_from: '2024-01-02' }]);
    expect(res.body.detail).toContain('NOPE');
  });

  it('an empty portfolio → 200 with zeros', async () => {
    const id = await createCustomer(t.http, []);
    const res = await returns(id, 'start_date=2024-01-02&end_date=2024-01-31').expect(200);
    expect(res.body).toMatchObject({
      start_value: 0,
      end_value: 0,
      total_return: 0,
      return_percentage: 0,
      time_weighted_return: 0,
      holdings: [],
    });
  });

  it('benchmark: its price return beside the portfolio, and a warning when it has no data', async () => {
    await importCloses(t.http, 'BMK', [
      ['2023-12-29', 100],
      ['2024-01-31', 103],
    ]);
    const id = await createCustomer(t.http, [{ ticker: 'CAAPL', quantity: 1 }]);
    const res = await returns(id, 'start_date=2024-01-01&end_date=2024-01-31&benchmark=bmk').expect(200);
    expectFigure(res.body.benchmark_return, 0.03, 'benchmark_return');
    expect(res.body.benchmark).toMatchObject({
      ticker: 'BMK',
      start_price_date: '2023-12-29',
      end_price_date: '2024-01-31',
    });
    const none = await returns(id, 'start_date=2024-01-01&end_date=2024-01-31&benchmark=NODATA').expect(200);
    expect(none.body.benchmark_return).toBeNull();
    expect(none.body.warnings.map((w: { code: string }) => w.code)).toContain('benchmark_no_data');
  });

  it('warns when end_date is past the last stored bar (and the price used is stale)', async () => {
    const id = await createCustomer(t.http, [{ ticker: 'CAAPL', quantity: 1 }]);
    const res = await returns(id, 'start_date=2024-01-01&end_date=2024-03-29').expect(200);
    const codes = res.body.warnings.map((w: { code: string }) => w.code);
    expect(codes).toEqual(expect.arrayContaining(['end_after_last_bar', 'stale_price']));
  });

  it('GET /performance: one point per day with value, flows, cumulative return, drawdown and benchmark', async () => {
    const id = await createCustomer(t.http, [
      { ticker: 'CAAPL', quantity: 10 },
      { ticker: 'CMSFT', quantity: 5 },
    ]);
    const res = await t
      .http()
      .get(`/api/v1/portfolio/${id}/performance?start_date=2024-01-01&end_date=2024-01-31&benchmark=BMK`)
      .expect(200);
    expect(res.body.series).toHaveLength(31);
    expect(res.body.series[0]).toMatchObject({
      date: '2024-01-01',
      net_flow: 0,
      cumulative_return: 0,
      drawdown: 0,
    });
    expectFigure(res.body.series[0].value, 3805.5, 'first value');
    const last = res.body.series[30];
    expect(last.date).toBe('2024-01-31');
    expectFigure(last.value, 3831.9, 'last value');
    expectFigure(last.cumulative_return, 0.006937327552, 'last cumulative_return');
    expectFigure(last.benchmark_cumulative_return, 0.03, 'last benchmark_cumulative_return');
    expect(Math.max(...res.body.series.map((p: { drawdown: number }) => p.drawdown))).toBeCloseTo(
      0.02890553147,
      9,
    );
  });

  describe('errors', () => {
    let id: string;
    beforeAll(async () => {
      id = await createCustomer(t.http, [{ ticker: 'CAAPL', quantity: 1 }]);
    });
    it('start_date after end_date → 400 (the original answered 500)', async () => {
      const res = await returns(id, 'start_date=2024-02-01&end_date=2024-01-01').expect(400);
      expect(res.headers['content-type']).toMatch(PROBLEM);
      expect(res.body.detail).toMatch(/after/);
    });
    it.each([
      'start_date=2024-02-30&end_date=2024-03-01',
      'start_date=2024-01-01&end_date=20240301',
      'end_date=2024-03-01',
      'start_date=2024-01-01',
    ])('an impossible or missing date → 400 (%s)', async (query) => {
      await returns(id, query).expect(400);
    });
    it('a start_date in the future → 400', async () => {
      await returns(id, 'start_date=2024-06-15&end_date=2024-06-20').expect(400);
    });
    it('an invalid benchmark → 400; unknown query fields → 400', async () => {
      await returns(id, 'start_date=2024-01-01&end_date=2024-01-31&benchmark=1BAD').expect(400);
      await returns(id, 'start_date=2024-01-01&end_date=2024-01-31&foo=1').expect(400);
    });
    it('unknown customer → 404; malformed id → 400', async () => {
      await returns(
        '00000000-0000-4000-8000-000000000000',
        'start_date=2024-01-01&end_date=2024-01-31',
      ).expect(404);
      await returns('nope', 'start_date=2024-01-01&end_date=2024-01-31').expect(400);
    });
  });
});
