import { calculateReturns } from './portfolio-returns.calculator.js';
import type { PriceBar, ReturnsInput } from './types.js';
import {
  AAPL_2020_TRADING,
  aapl2020StoredCloses,
  AAPL_SPLIT_DATE,
} from '../../../test/support/aapl-2020-split.js';
import { expectFigure, expectFigures } from '../../../test/support/expect-figure.js';

/**
 * AAPL's 4-for-1 split executed 2020-08-31, with the closes stored split-adjusted (Polygon adjusted=true:
 * 499.23 on 2020-08-28 is stored as 124.8075) and the $0.82 dividend of ex-date 2020-08-07 as Polygon
 * reports it (per pre-split share). A customer who held from before the split gets the money figures of
 * the shares really held; expected figures are worked by hand from the closes as traded.
 */
const stored: PriceBar[] = aapl2020StoredCloses().map(([date, close]) => ({ date, close }));

const accounting = {
  splits: new Map([['AAPL', [{ executionDate: AAPL_SPLIT_DATE, splitFrom: 1, splitTo: 4 }]]]),
  dividends: new Map([
    ['AAPL', [{ exDividendDate: '2020-08-07', payDate: '2020-08-13', cashAmount: 0.82, currency: 'USD' }]],
  ]),
  today: '2024-01-02',
};

const trading: ReturnsInput = {
  start: AAPL_2020_TRADING.start,
  end: AAPL_2020_TRADING.end,
  opening: [{ ticker: 'AAPL', ...AAPL_2020_TRADING.opening }],
  trades: AAPL_2020_TRADING.trades.map(({ price, ...trade }) => ({
    ticker: 'AAPL',
    ...trade,
    price: price ?? null,
  })),
  bars: new Map([['AAPL', stored]]),
  accounting,
};

describe('AAPL through its 2020 4-for-1 split', () => {
  it('values 10 pre-split shares plus 5 bought the day before, 20 sold after, in real shares', () => {
    const result = calculateReturns(trading);
    const [aapl] = result.holdings;
    expectFigures(aapl, { ...AAPL_2020_TRADING.holding, end_price_date: '2020-09-04' }, 'AAPL ');
    expectFigures(result, AAPL_2020_TRADING.total);
    expectFigure(result.total_return, AAPL_2020_TRADING.total.capital_gain, 'total_return');
    // Bought at the close, so the chain is the stored price path, except the day of the sale with its fee:
    // 08-26 → 09-01 in stored closes, then (40 × 131.40 + 2627) / (60 × 134.18), then 131.40 → 120.96.
    const saleDay = (60 * 131.4 - 1) / (60 * 134.18);
    expectFigure(
      result.time_weighted_return,
      (134.18 / (506.09 / 4)) * saleDay * (120.96 / 131.4) - 1,
      'time_weighted_return',
    );
  });

  it('keeps the cost of the pre-split lots with fifo too (average: the figures above)', () => {
    const fifo = calculateReturns({
      ...trading,
      accounting: { ...accounting, options: { costBasis: 'fifo' } },
    });
    // Lots: 40 newest-basis shares costing 10 × 503.43, 20 costing 5 × 499.23; the oldest go first.
    expectFigure(fifo.realized_gain, 20 * 131.4 - 1 - 5 * 503.43, 'realized_gain');
    expectFigure(fifo.cost_basis, 5 * 503.43 + 5 * 499.23, 'cost_basis');
    expect(fifo.warnings.filter((warning) => warning.code === 'unknown_cost_basis')).toEqual([]);
  });

  it('pays the pre-split dividend on the real shares and earns the split-neutral price return', () => {
    const result = calculateReturns({
      ...trading,
      start: '2020-08-06',
      opening: [{ ticker: 'AAPL', quantity: 10, asOf: '2020-08-06' }],
      trades: [],
    });
    expectFigure(result.dividend_income, 10 * 0.82, 'dividend_income');
    expectFigure(result.capital_gain, 40 * 120.96 - 10 * 455.61, 'capital_gain');
    expectFigure(result.total_return, 40 * 120.96 - 10 * 455.61 + 8.2, 'total_return');
    expectFigure(
      result.time_weighted_return,
      ((444.45 + 0.82) / 455.61) * ((4 * 120.96) / 444.45) - 1,
      'time_weighted_return',
    );
    expectFigure(result.unrealized_gain, 40 * 120.96 - 10 * 455.61, 'unrealized_gain');
    expect(result.series.find((point) => point.date === '2020-08-07')?.dividend).toBeCloseTo(8.2, 12);
  });

  it('without the split the same ledger would be valued at a quarter of its shares', () => {
    const { accounting: _accounting, ...unaware } = trading;
    const result = calculateReturns({ ...unaware, trades: [] });
    // The original calculator: 10 "shares" at the stored 120.96, a loss of three quarters.
    expectFigure(result.end_value, 10 * 120.96, 'end_value unaware');
    expectFigure(calculateReturns({ ...trading, trades: [] }).end_value, 40 * 120.96, 'end_value');
  });
});
