import type { ReturnsResponse } from '../returns/dto/returns.response.js';
import {
  CUSTOMER_FIELDS,
  csvHeader,
  HOLDING_FIELDS,
  csvLines,
  failedLineOf,
  ndjsonLines,
  packLine,
  storedLineOf,
  unpackLine,
} from './report-lines.js';

const holding = (ticker: string, endValue: number) => ({
  ticker,
  quantity: 10,
  start_quantity: 10,
  end_quantity: 10,
  start_price: null,
  end_price: endValue / 10,
  start_price_date: null,
  end_price_date: '2024-01-31',
  start_value: 0,
  end_value: endValue,
  profit: 0.1 + 0.2,
  return: 0.1 + 0.2,
  return_percentage: 1e-7,
  time_weighted_return: -0.5,
  capital_gain: 0,
  dividend_income: 0,
  total_fees: 0,
  realized_gain: null,
  cost_basis: null,
  unrealized_gain: null,
});

const returns = {
  customer_id: 'c1',
  start_date: '2024-01-01',
  end_date: '2024-01-31',
  method: {},
  warnings: [{ code: 'stale_price', message: 'AAPL, "old"' }],
  start_value: 100,
  end_value: 110.5,
  total_inflows: 0,
  total_outflows: 0,
  total_return: 10.5,
  return_percentage: 10.5,
  time_weighted_return: 0.105,
  money_weighted_return: null,
  annualized_time_weighted_return: null,
  annualized_money_weighted_return: null,
  volatility: 0.30000000000000004,
  max_drawdown: 0,
  capital_gain: 10.5,
  dividend_income: 0,
  total_fees: 0,
  realized_gain: 0,
  cost_basis: 100,
  unrealized_gain: 10.5,
  benchmark: { ticker: 'SPY', benchmark_return: 0.02 },
  benchmark_return: 0.02,
  holdings: [holding('AAPL', 60), holding('MSFT', 50.5)],
} as unknown as ReturnsResponse;

describe('report lines', () => {
  const stored = JSON.parse(JSON.stringify(storedLineOf(returns)));

  it('NDJSON: the customer line carries the /returns figures exactly; holdings follow when asked', () => {
    const [customer, ...holdings] = ndjsonLines(stored, true)
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(customer).toMatchObject({
      type: 'customer',
      customer_id: 'c1',
      end_value: 110.5,
      volatility: 0.30000000000000004,
      money_weighted_return: null,
      benchmark: 'SPY',
      benchmark_return: 0.02,
      holdings_count: 2,
      warnings: ['stale_price'],
      error: null,
    });
    expect(holdings.map((h) => [h.type, h.customer_id, h.ticker, h.profit, h.start_price])).toEqual([
      ['holding', 'c1', 'AAPL', 0.30000000000000004, null],
      ['holding', 'c1', 'MSFT', 0.30000000000000004, null],
    ]);
    expect(ndjsonLines(stored, false).trimEnd().split('\n')).toHaveLength(1);
  });

  it('CSV: one row per line under the header, numbers as JSON writes them, nulls empty', () => {
    const header = csvHeader(true).trimEnd().split(',');
    const rows = csvLines(stored, true)
      .trimEnd()
      .split('\n')
      .map((row) => Object.fromEntries(row.split(',').map((cell, i) => [header[i], cell])));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      line_type: 'customer',
      volatility: '0.30000000000000004',
      money_weighted_return: '',
      ticker: '',
    });
    expect(rows[1]).toMatchObject({
      line_type: 'holding',
      ticker: 'AAPL',
      end_value: '60',
      return_percentage: '1e-7',
      total_return: '',
    });
    expect(csvHeader(false).trimEnd().split(',')).not.toContain('ticker');
    expect(csvLines(stored, false).trimEnd().split('\n')).toHaveLength(1);
  });

  it('a line is stored as an array of values in column order and reads back as the same line', () => {
    const line = storedLineOf(returns);
    const body = packLine(line);
    expect(JSON.parse(body)).toEqual([
      1,
      'c1',
      '2024-01-01',
      '2024-01-31',
      line.figures,
      'SPY',
      ['stale_price'],
      null,
      line.holdings,
    ]);
    const back = unpackLine(body);
    expect(back).toEqual(stored);
    expect(ndjsonLines(back, true)).toBe(ndjsonLines(stored, true));
    expect(csvLines(back, true)).toBe(csvLines(stored, true));
    const failed = failedLineOf('c2', { start: '2024-01-01', end: '2024-01-31' }, 'Missing prices: X');
    expect(unpackLine(packLine(failed))).toEqual(failed);
  });

  it('a body stored by an older release (figures and holdings keyed by name) still reads back', () => {
    const keyed = {
      ...stored,
      figures: Object.fromEntries(CUSTOMER_FIELDS.map((field, i) => [field, stored.figures[i]])),
      holdings: stored.holdings.map(([ticker, ...values]: unknown[]) => ({
        ticker,
        ...Object.fromEntries(HOLDING_FIELDS.map((field, i) => [field, values[i]])),
      })),
    };
    expect(unpackLine(JSON.stringify(keyed))).toEqual(stored);
    const failed = failedLineOf('c2', { start: '2024-01-01', end: '2024-01-31' }, 'Missing prices: X');
    expect(unpackLine(JSON.stringify({ ...failed, figures: {} }))).toEqual(failed);
  });

  it('NDJSON lines are exactly the JSON of the objects they stand for', () => {
    const [customer, ...holdings] = ndjsonLines(stored, true).trimEnd().split('\n');
    expect(customer).toBe(JSON.stringify(JSON.parse(customer)));
    for (const holding of holdings) expect(holding).toBe(JSON.stringify(JSON.parse(holding)));
  });

  it('CSV quotes text with commas or quotes', () => {
    const failed = failedLineOf('c2', { start: '2024-01-01', end: '2024-01-31' }, 'Missing prices: "X", Y');
    expect(csvLines(failed, false)).toContain('"Missing prices: ""X"", Y"');
    expect(JSON.parse(ndjsonLines(failed, true))).toMatchObject({
      error: 'Missing prices: "X", Y',
      end_value: null,
    });
  });
});
