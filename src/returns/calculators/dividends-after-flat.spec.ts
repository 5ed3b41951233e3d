import { calculateReturns } from './portfolio-returns.calculator.js';
import type { PriceBar } from './types.js';

/**
 * The walk skips the days a ticker is flat; an ex-date passed while flat must not hold back the dividends
 * that follow (they are paid on the shares held again later). Closes are flat at 10, so every figure is
 * worked by hand: held 2 shares through the first ex-date, none through the second, 3 through the third.
 */
describe('dividends around a flat stretch', () => {
  const dates = [
    '2024-01-02',
    '2024-01-03',
    '2024-01-04',
    '2024-01-05',
    '2024-01-08',
    '2024-01-09',
    '2024-01-10',
  ];
  const bars: PriceBar[] = dates.map((date) => ({ date, close: 10 }));
  const dividend = (exDividendDate: string) => ({
    exDividendDate,
    payDate: exDividendDate,
    cashAmount: 1,
    currency: 'USD',
  });

  it('counts the ex-dates when shares were held before them, and only those', () => {
    const result = calculateReturns({
      start: '2024-01-02',
      end: '2024-01-10',
      opening: [{ ticker: 'X', quantity: 2, asOf: '2024-01-02' }],
      trades: [
        { ticker: 'X', type: 'SELL', quantity: 2, tradeDate: '2024-01-03', price: null },
        { ticker: 'X', type: 'BUY', quantity: 3, tradeDate: '2024-01-08', price: null },
      ],
      bars: new Map([['X', bars]]),
      accounting: {
        dividends: new Map([['X', [dividend('2024-01-03'), dividend('2024-01-05'), dividend('2024-01-10')]]]),
        today: '2024-12-31',
      },
    });
    // 2 shares held at the close before 01-03 → 2; flat before 01-05 → 0; 3 held before 01-10 → 3.
    expect(result.holdings[0].dividend_income).toBe(5);
    expect(result.dividend_income).toBe(5);
  });
});
