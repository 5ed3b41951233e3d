import { calculateReturns } from './portfolio-returns.calculator.js';
import type { PriceBar, ReturnsInput } from './types.js';
import { aapl2020StoredCloses, AAPL_SPLIT_DATE } from '../../../test/support/aapl-2020-split.js';

/**
 * AAPL's 4-for-1 split executed 2020-08-31, with the closes stored split-adjusted (Polygon adjusted=true:
 * 499.23 on 2020-08-28 is stored as 124.8075) and the $0.82 dividend of ex-date 2020-08-07 as Polygon
 * reports it (per pre-split share). A customer who held from before the split gets the money figures of
 * the shares really held; expected figures are worked by hand from the closes as traded.
 */
function expectClose(actual: number | null | undefined, expected: number): void {
  expect(typeof actual).toBe('number');
  const gap = Math.abs((actual as number) - expected);
  if (gap > Math.max(1e-9, 1e-9 * Math.abs(expected))) expect(actual).toBe(expected);
}

const stored: PriceBar[] = aapl2020StoredCloses().map(([date, close]) => ({ date, close }));

const accounting = {
  splits: new Map([['AAPL', [{ executionDate: AAPL_SPLIT_DATE, splitFrom: 1, splitTo: 4 }]]]),
  dividends: new Map([
    ['AAPL', [{ exDividendDate: '2020-08-07', payDate: '2020-08-13', cashAmount: 0.82, currency: 'USD' }]],
  ]),
  today: '2024-01-02',
};

const trading: ReturnsInput = {
  start: '2020-08-26',
  end: '2020-09-04',
  opening: [{ ticker: 'AAPL', quantity: 10, asOf: '2020-08-24' }],
  trades: [
    { ticker: 'AAPL', type: 'BUY', quantity: 5, tradeDate: '2020-08-28', price: null },
    { ticker: 'AAPL', type: 'SELL', quantity: 20, tradeDate: '2020-09-02', price: 131.4, fee: 1 },
  ],
  bars: new Map([['AAPL', stored]]),
  accounting,
};

describe('AAPL through its 2020 4-for-1 split', () => {
  it('values 10 pre-split shares plus 5 bought the day before, 20 sold after, in real shares', () => {
    const result = calculateReturns(trading);
    const [aapl] = result.holdings;
    // 10 real shares at 506.09; 10 + 5 pre-split shares are 60 after the split; 20 sold leave 40 at 120.96.
    expect(aapl).toMatchObject({
      start_quantity: 10,
      start_price_date: '2020-08-26',
      end_price_date: '2020-09-04',
    });
    expectClose(aapl.end_quantity, 40);
    expectClose(aapl.start_price, 506.09);
    expectClose(aapl.end_price, 120.96);
    expectClose(result.start_value, 10 * 506.09);
    expectClose(result.end_value, 40 * 120.96);
    expectClose(result.total_inflows, 5 * 499.23);
    expectClose(result.total_outflows, 20 * 131.4 - 1);
    const capitalGain = 40 * 120.96 - 10 * 506.09 - 5 * 499.23 + (20 * 131.4 - 1);
    expectClose(result.capital_gain, capitalGain); // −91.65
    expectClose(result.total_return, capitalGain);
    expectClose(result.total_fees, 1);
    // Bought at the close, so the chain is the stored price path, except the day of the sale with its fee:
    // 08-26 → 09-01 in stored closes, then (40 × 131.40 + 2627) / (60 × 134.18), then 131.40 → 120.96.
    const saleDay = (60 * 131.4 - 1) / (60 * 134.18);
    expectClose(result.time_weighted_return, (134.18 / (506.09 / 4)) * saleDay * (120.96 / 131.4) - 1);
  });

  it('keeps the cost of the pre-split lots, average and fifo', () => {
    const average = calculateReturns(trading);
    // Lots: 40 newest-basis shares costing 10 × 503.43, 20 costing 5 × 499.23; 20 sold for 2627.
    const pooled = 10 * 503.43 + 5 * 499.23;
    expectClose(average.realized_gain, 20 * 131.4 - 1 - (20 / 60) * pooled);
    expectClose(average.cost_basis, (40 / 60) * pooled);
    expectClose(average.unrealized_gain, 40 * 120.96 - (40 / 60) * pooled);
    const fifo = calculateReturns({
      ...trading,
      accounting: { ...accounting, options: { costBasis: 'fifo' } },
    });
    expectClose(fifo.realized_gain, 20 * 131.4 - 1 - 5 * 503.43);
    expectClose(fifo.cost_basis, 5 * 503.43 + 5 * 499.23);
    expect(fifo.warnings.filter((warning) => warning.code === 'unknown_cost_basis')).toEqual([]);
  });

  it('pays the pre-split dividend on the real shares and earns the split-neutral price return', () => {
    const result = calculateReturns({
      ...trading,
      start: '2020-08-06',
      opening: [{ ticker: 'AAPL', quantity: 10, asOf: '2020-08-06' }],
      trades: [],
    });
    expectClose(result.dividend_income, 10 * 0.82);
    expectClose(result.capital_gain, 40 * 120.96 - 10 * 455.61);
    expectClose(result.total_return, 40 * 120.96 - 10 * 455.61 + 8.2);
    expectClose(result.time_weighted_return, ((444.45 + 0.82) / 455.61) * ((4 * 120.96) / 444.45) - 1);
    expectClose(result.unrealized_gain, 40 * 120.96 - 10 * 455.61);
    expect(result.series.find((point) => point.date === '2020-08-07')?.dividend).toBeCloseTo(8.2, 12);
  });

  it('without the split the same ledger would be valued at a quarter of its shares', () => {
    const { accounting: _accounting, ...unaware } = trading;
    const result = calculateReturns({ ...unaware, trades: [] });
    // The original calculator: 10 "shares" at the stored 120.96, a loss of three quarters.
    expectClose(result.end_value, 10 * 120.96);
    expectClose(calculateReturns({ ...trading, trades: [] }).end_value, 40 * 120.96);
  });
});
