import { packClosesOf } from './packed-closes.js';
import type { StoredBar } from './price-bar.js';

const bar = (date: string, close: string): StoredBar => ({
  date,
  open: close,
  high: close,
  low: close,
  close,
  volume: '1',
  vwap: null,
  trades: null,
});

describe('packClosesOf', () => {
  it('joins dates and closes in date order, closes digit for digit', () => {
    expect(
      packClosesOf([
        bar('2024-01-02', '187.123456789'),
        bar('2024-01-03', '0.0001'),
        bar('2024-01-05', '12.30'),
      ]),
    ).toEqual({ dates: '2024-01-02,2024-01-03,2024-01-05', closes: '187.123456789,0.0001,12.30' });
  });

  it.each([
    ['no bars', []],
    ['dates out of order', [bar('2024-01-03', '1'), bar('2024-01-02', '1')]],
    ['a repeated date', [bar('2024-01-02', '1'), bar('2024-01-02', '2')]],
    ['a close PostgreSQL would print otherwise (exponent)', [bar('2024-01-02', '1e3')]],
    ['a leading zero', [bar('2024-01-02', '01.5')]],
    ['a sign', [bar('2024-01-02', '+1')]],
    ['a negative zero', [bar('2024-01-02', '-0')]],
    ['a bare fraction', [bar('2024-01-02', '.5')]],
    ['a date that is not ISO', [bar('2024-1-2', '1')]],
  ])('leaves %s to the SQL repack', (_name, bars) => {
    expect(packClosesOf(bars)).toBeNull();
  });
});
