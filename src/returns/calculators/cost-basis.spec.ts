import { costBasis } from './cost-basis.js';
import { SplitFactors } from './split-factors.js';
import type { TickerLedger } from './ticker-ledger.js';
import type { PriceBar, Trade } from './types.js';

const bars: PriceBar[] = [
  { date: '2024-01-02', close: 10 },
  { date: '2024-01-03', close: 12 },
  { date: '2024-01-04', close: 15 },
];

function ledger(trades: Trade[], start = '2024-01-01', extra: Partial<TickerLedger> = {}): TickerLedger {
  return {
    ticker: 'X',
    startQuantity: 0,
    priorTrades: trades.filter((trade) => trade.tradeDate <= start),
    windowTrades: trades.filter((trade) => trade.tradeDate > start),
    shares: null,
    opening: [],
    ...extra,
  };
}

const trade = (
  type: Trade['type'],
  quantity: number,
  tradeDate: string,
  price: number | null,
  more: Partial<Trade> = {},
): Trade => ({
  ticker: 'X',
  type,
  quantity,
  tradeDate,
  price,
  ...more,
});

describe('costBasis', () => {
  const none = new SplitFactors();

  it('lets a SELL recorded before a same-day BUY use its shares (BUYs first within a day)', () => {
    const trades = [
      trade('SELL', 5, '2024-01-03', 13, { sequence: 1 }),
      trade('BUY', 10, '2024-01-03', 12, { sequence: 2 }),
    ];
    expect(costBasis(ledger(trades), bars, none, '2024-01-01', 'fifo')).toEqual({ realized: 5, cost: 60 });
    expect(costBasis(ledger(trades), bars, none, '2024-01-01', 'average')).toEqual({ realized: 5, cost: 60 });
  });

  it('takes same-day lots in recording order under fifo', () => {
    const trades = [
      trade('BUY', 1, '2024-01-02', 20, { sequence: 2 }),
      trade('BUY', 1, '2024-01-02', 10, { sequence: 1 }),
      trade('SELL', 1, '2024-01-04', 15),
    ];
    expect(costBasis(ledger(trades), bars, none, '2024-01-01', 'fifo')).toEqual({ realized: 5, cost: 20 });
    const reversed = trades.map((entry) => ({ ...entry, sequence: entry.sequence && 3 - entry.sequence }));
    expect(costBasis(ledger(reversed), bars, none, '2024-01-01', 'fifo')).toEqual({ realized: -5, cost: 10 });
  });

  it('counts only sales inside the window as realized, but every earlier sale removes cost', () => {
    const trades = [
      trade('BUY', 10, '2024-01-02', null, { fee: 1 }),
      trade('SELL', 5, '2024-01-03', null, { fee: 1 }),
    ];
    expect(costBasis(ledger(trades, '2024-01-03'), bars, none, '2024-01-03', 'average')).toEqual({
      realized: 0,
      cost: 50.5,
    });
    expect(costBasis(ledger(trades, '2024-01-02'), bars, none, '2024-01-02', 'average')).toEqual({
      realized: 60 - 1 - 50.5,
      cost: 50.5,
    });
  });

  it('is null for an opening holding without as-of or a bar, or an earlier unpriced trade without a bar', () => {
    const opening = (asOf?: string) =>
      ledger([], '2024-01-03', { opening: [{ ticker: 'X', quantity: 1, asOf }] });
    expect(costBasis(opening(), bars, none, '2024-01-03', 'average')).toBeNull();
    expect(costBasis(opening('2024-01-01'), bars, none, '2024-01-03', 'average')).toBeNull();
    expect(costBasis(opening('2024-01-02'), bars, none, '2024-01-03', 'average')).toEqual({
      realized: 0,
      cost: 10,
    });
    const early = [trade('BUY', 1, '2023-12-29', null)];
    expect(costBasis(ledger(early, '2024-01-03'), bars, none, '2024-01-03', 'fifo')).toBeNull();
    expect(
      costBasis(ledger([trade('BUY', 1, '2023-12-29', 9)], '2024-01-03'), bars, none, '2024-01-03', 'fifo'),
    ).toEqual({
      realized: 0,
      cost: 9,
    });
  });

  it('re-bases an opening lot by its as-of split factor and prices it at the newest-basis close', () => {
    const split = new SplitFactors([{ executionDate: '2024-01-03', splitFrom: 1, splitTo: 2 }]);
    const holding = ledger([], '2024-01-04', { opening: [{ ticker: 'X', quantity: 3, asOf: '2024-01-02' }] });
    // 3 real shares on 01-02 are 6 newest-basis shares at the stored 10: cost 60 (30 a real share).
    expect(costBasis(holding, bars, split, '2024-01-04', 'average')).toEqual({ realized: 0, cost: 60 });
  });
});
