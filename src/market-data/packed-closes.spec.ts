import { mulberry32 } from '../../test/support/seeded-random.js';
import { addDays, daysBetween } from '../common/time/calendar-date.js';
import { parsePackedCloses, parsePackedDays } from './packed-closes.js';

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
