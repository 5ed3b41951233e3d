import { applyTrade, compareTrades } from './quantity.js';
import type { Trade } from './types.js';

function trade(type: 'BUY' | 'SELL', quantity: number, overrides: Partial<Trade> = {}): Trade {
  return { ticker: 'X', type, quantity, tradeDate: '2024-01-02', price: null, ...overrides };
}

describe('applyTrade', () => {
  it('buys and sells', () => {
    expect(applyTrade(10, trade('BUY', 2.5))).toBe(12.5);
    expect(applyTrade(10, trade('SELL', 4))).toBe(6);
  });

  it('reads a position sold out through float rounding as flat', () => {
    const bought = applyTrade(applyTrade(0, trade('BUY', 0.1)), trade('BUY', 0.2));
    expect(bought).not.toBe(0.3);
    expect(applyTrade(bought, trade('SELL', 0.3))).toBe(0);
  });

  it('keeps a genuinely small position', () => {
    expect(applyTrade(1, trade('SELL', 0.999999))).toBeCloseTo(1e-6, 15);
  });
});

describe('compareTrades', () => {
  it('orders by date, then ticker, type, quantity and price', () => {
    const trades = [
      trade('SELL', 1, { tradeDate: '2024-01-03' }),
      trade('SELL', 1, { price: 5 }),
      trade('BUY', 2),
      trade('SELL', 1),
      trade('BUY', 1, { ticker: 'W' }),
      trade('BUY', 1),
    ];
    expect([...trades].sort(compareTrades)).toEqual([
      trade('BUY', 1, { ticker: 'W' }),
      trade('BUY', 1),
      trade('BUY', 2),
      trade('SELL', 1),
      trade('SELL', 1, { price: 5 }),
      trade('SELL', 1, { tradeDate: '2024-01-03' }),
    ]);
  });
});
