import { findNegativePosition } from './position-ledger.js';

describe('findNegativePosition', () => {
  it('is null while every end-of-day position stays at or above zero', () => {
    expect(
      findNegativePosition(
        [{ ticker: 'A', quantity: '1.5' }],
        [
          { ticker: 'A', type: 'SELL', quantity: '1.5', tradeDate: '2024-01-02' },
          { ticker: 'A', type: 'BUY', quantity: '2', tradeDate: '2024-01-03' },
          { ticker: 'A', type: 'SELL', quantity: '2', tradeDate: '2024-01-04' },
        ],
      ),
    ).toBeNull();
  });

  it('names the first ticker and date that would go short, exactly (8 decimals)', () => {
    expect(
      findNegativePosition(
        [{ ticker: 'A', quantity: '0.00000001' }],
        [
          { ticker: 'A', type: 'SELL', quantity: '0.00000002', tradeDate: '2024-01-05' },
          { ticker: 'B', type: 'SELL', quantity: '1', tradeDate: '2024-01-09' },
        ],
      ),
    ).toEqual({ ticker: 'A', date: '2024-01-05', quantity: '-0.00000001' });
  });

  it('settles a day at its close, whatever order its trades were entered in', () => {
    const trades = [
      { ticker: 'A', type: 'SELL' as const, quantity: '5', tradeDate: '2024-01-02' },
      { ticker: 'A', type: 'BUY' as const, quantity: '5', tradeDate: '2024-01-02' },
    ];
    expect(findNegativePosition([], trades)).toBeNull();
    expect(findNegativePosition([], [...trades].reverse())).toBeNull();
  });
});
