import { mulberry32 } from '../../test/support/seeded-random.js';
import { addDays, daysBetween } from '../common/time/calendar-date.js';
import { packClosesOf, parsePackedCloses, parsePackedDays } from './packed-closes.js';
import type { StoredBar } from './price-bar.js';

describe('parsePackedCloses', () => {
  it('gives exactly the doubles Number() gives, the long and unusual texts included', () => {
    const texts = [
      '187.123456789',
      '0.0002',
      '0.000001',
      '99.995',
      '1234.567890123456789',
      '10',
      '10.25',
      '11.125',
      '0',
      '-0',
      '-0.00',
      '-12.5',
      '0.1',
      '0.3',
      '123456789012345',
      '1234567890123456',
      '999999999999999.9',
      '9007199254740993',
      '00012.50',
      '1e5',
      'NaN',
      'Infinity',
      '-Infinity',
      '5.',
      '.5',
    ];
    const parsed = parsePackedCloses(texts.join(','), texts.length);
    expect([...parsed]).toEqual(texts.map(Number));
    texts.forEach((text, i) => expect(Object.is(parsed[i], Number(text))).toBe(true));
  });

  it('agrees with Number() on 100,000 random prices of 0 to 8 decimals', () => {
    const random = mulberry32(4242);
    const texts = Array.from({ length: 100_000 }, () =>
      (random() * 10 ** Math.floor(random() * 7)).toFixed(Math.floor(random() * 9)),
    );
    const parsed = parsePackedCloses(texts.join(','), texts.length);
    const differing = texts.filter((text, i) => parsed[i] !== Number(text));
    expect(differing).toEqual([]);
  });

  it('refuses a text that does not hold the expected count', () => {
    expect(() => parsePackedCloses('1,2,3', 2)).toThrow('do not hold 2 values');
    expect(() => parsePackedCloses('1', 2)).toThrow('do not hold 2 values');
    expect(parsePackedCloses('', 0)).toEqual(new Float64Array(0));
  });
});

describe('parsePackedDays', () => {
  it('reads each comma-joined date as days since 1970-01-01', () => {
    const dates = Array.from({ length: 500 }, (_, i) => addDays('1999-12-20', i * 3));
    expect([...parsePackedDays(dates.join(','))]).toEqual(
      dates.map((date) => daysBetween('1970-01-01', date)),
    );
    expect(parsePackedDays('')).toEqual(new Int32Array(0));
  });

  it('refuses dates that are not YYYY-MM-DD', () => {
    expect(() => parsePackedDays('2024-01-02,2024-1-3')).toThrow('YYYY-MM-DD');
  });
});

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
