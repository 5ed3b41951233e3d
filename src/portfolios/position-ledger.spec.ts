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

describe('findNegativePosition with splits (newest basis)', () => {
  const twoForOne = new Map([['A', [{ executionDate: '2024-06-10', splitFrom: '1', splitTo: '2' }]]]);

  it('lets 10 shares bought before a 2-for-1 split be sold as 20 after it, and no more', () => {
    const bought = [{ ticker: 'A', type: 'BUY' as const, quantity: '10', tradeDate: '2024-06-07' }];
    const sell = (quantity: string) => ({
      ticker: 'A',
      type: 'SELL' as const,
      quantity,
      tradeDate: '2024-06-10',
    });
    expect(findNegativePosition([], [...bought, sell('20')], twoForOne)).toBeNull();
    expect(findNegativePosition([], [...bought, sell('20.00000001')], twoForOne)).toEqual({
      ticker: 'A',
      date: '2024-06-10',
      quantity: '-0.00000001',
    });
    // Without the split the same ledger is short.
    expect(findNegativePosition([], [...bought, sell('20')])).toMatchObject({ quantity: '-10' });
  });

  it('re-bases an opening holding from its as-of date, and reports real shares on the failing date', () => {
    const opening = [{ ticker: 'A', quantity: '3', asOf: '2024-06-01' }];
    const sellBefore = { ticker: 'A', type: 'SELL' as const, quantity: '4', tradeDate: '2024-06-05' };
    expect(findNegativePosition(opening, [sellBefore], twoForOne)).toEqual({
      ticker: 'A',
      date: '2024-06-05',
      quantity: '-1',
    });
    const sellAfter = { ...sellBefore, quantity: '7', tradeDate: '2024-06-11' };
    expect(findNegativePosition(opening, [sellAfter], twoForOne)).toEqual({
      ticker: 'A',
      date: '2024-06-11',
      quantity: '-1',
    });
    expect(findNegativePosition(opening, [{ ...sellAfter, quantity: '6' }], twoForOne)).toBeNull();
  });

  it('is exact with reverse and fractional ratios (1-for-10, then 3-for-2)', () => {
    const splits = new Map([
      [
        'A',
        [
          { executionDate: '2024-01-10', splitFrom: '10', splitTo: '1' },
          { executionDate: '2024-02-10', splitFrom: '2', splitTo: '3' },
        ],
      ],
    ]);
    const trades = [
      { ticker: 'A', type: 'BUY' as const, quantity: '100', tradeDate: '2024-01-02' }, // 10 after, 15 after both
      { ticker: 'A', type: 'SELL' as const, quantity: '5', tradeDate: '2024-01-15' }, // 7.5 after the second
      { ticker: 'A', type: 'SELL' as const, quantity: '7.5', tradeDate: '2024-02-12' },
    ];
    expect(findNegativePosition([], trades, splits)).toBeNull();
    expect(
      findNegativePosition(
        [],
        [...trades, { ...trades[2], quantity: '0.00000001', tradeDate: '2024-02-13' }],
        splits,
      ),
    ).toEqual({ ticker: 'A', date: '2024-02-13', quantity: '-0.00000001' });
  });

  it('leaves other tickers and an opening holding without as-of in the newest basis', () => {
    const opening = [{ ticker: 'A', quantity: '20' }];
    const sell = { ticker: 'A', type: 'SELL' as const, quantity: '20', tradeDate: '2024-06-11' };
    expect(findNegativePosition(opening, [sell], twoForOne)).toBeNull();
    expect(
      findNegativePosition(
        [],
        [{ ticker: 'B', type: 'SELL', quantity: '1', tradeDate: '2024-06-11' }],
        twoForOne,
      ),
    ).toMatchObject({ ticker: 'B', quantity: '-1' });
  });
});
