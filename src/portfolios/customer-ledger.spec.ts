import { mulberry32 } from '../../test/support/seeded-random.js';
import { type LedgerTradeInput, unpackTrades } from './customer-ledger.js';

/** The reading the scanner replaced: split on ';' and ',', Number() for the numbers. */
function bySplitting(packed: string): LedgerTradeInput[] {
  return packed.split(';').map((trade, sequence) => {
    const [ticker, type, quantity, tradeDate, price, fee] = trade.split(',');
    return {
      ticker,
      type: type as 'BUY' | 'SELL',
      quantity: Number(quantity),
      tradeDate,
      price: price === '' ? null : Number(price),
      fee: Number(fee),
      sequence,
    };
  });
}

describe('unpackTrades', () => {
  it('reads each trade in order, its index as its sequence, an empty price as null', () => {
    expect(unpackTrades('AAPL,BUY,10,2024-01-02,185.64,0;BRK.B,SELL,2.5,2024-02-01,,1.25')).toEqual([
      {
        ticker: 'AAPL',
        type: 'BUY',
        quantity: 10,
        tradeDate: '2024-01-02',
        price: 185.64,
        fee: 0,
        sequence: 0,
      },
      {
        ticker: 'BRK.B',
        type: 'SELL',
        quantity: 2.5,
        tradeDate: '2024-02-01',
        price: null,
        fee: 1.25,
        sequence: 1,
      },
    ]);
  });

  it('gives exactly the numbers Number() gives, long and unusual texts included', () => {
    const numbers = ['0.1', '0.3', '99.995', '123456789012345', '1234567890123456', '9007199254740993'];
    const more = ['1234.567890123456789', '00012.50', '5.', '.5', '-0', '-12.5', '1e5', 'Infinity'];
    const texts = [...numbers, ...more];
    const packed = texts.map((text) => `X,BUY,${text},2024-01-02,${text},${text}`).join(';');
    const trades = unpackTrades(packed);
    texts.forEach((text, i) => {
      expect(Object.is(trades[i].quantity, Number(text))).toBe(true);
      expect(Object.is(trades[i].price, Number(text))).toBe(true);
      expect(Object.is(trades[i].fee, Number(text))).toBe(true);
    });
  });

  it('agrees with splitting on 20,000 random trades', () => {
    const random = mulberry32(1313);
    const decimal = () =>
      (random() * 10 ** Math.floor(random() * 7)).toFixed(Math.floor(random() * 9)).replace(/\.?0+$/, '') ||
      '0';
    const packed = Array.from({ length: 20_000 }, (_, i) =>
      [
        `T${i % 97}`,
        random() < 0.5 ? 'BUY' : 'SELL',
        decimal(),
        `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`,
        random() < 0.1 ? '' : decimal(),
        random() < 0.5 ? '0' : decimal(),
      ].join(','),
    ).join(';');
    expect(unpackTrades(packed)).toEqual(bySplitting(packed));
  });

  it('refuses a ledger that is not in the packed shape rather than reading shifted fields', () => {
    for (const packed of [
      'AAPL,HOLD,10,2024-01-02,1,0',
      'AAPL,BUY,10,2024-01-02,1',
      'AAPL,BUY,ten,2024-01-02,1,0',
      'AAPL,BUY,,2024-01-02,1,0',
      'AAPL',
    ])
      expect(() => unpackTrades(packed)).toThrow('packed ledger');
  });
});
