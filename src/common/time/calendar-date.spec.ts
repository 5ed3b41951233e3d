import { newYorkDate } from './calendar-date.js';

describe('newYorkDate', () => {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/New_York',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });

  it('is the New York date of every instant, around midnights and the DST changes, asked in any order', () => {
    const instants: number[] = [];
    // Midnight EST (05:00 UTC) and EDT (04:00 UTC), the 2024 DST changes, and the turn of a year.
    for (const around of [
      '2024-01-15T05:00:00Z',
      '2024-07-15T04:00:00Z',
      '2024-03-10T07:00:00Z',
      '2024-11-03T06:00:00Z',
      '2025-01-01T05:00:00Z',
    ])
      for (let ms = -3_600_000; ms <= 3_600_000; ms += 29_999) instants.push(Date.parse(around) + ms);
    for (const instant of [...instants, ...instants.reverse()]) {
      expect(newYorkDate(instant)).toBe(format.format(instant));
      expect(newYorkDate(new Date(instant))).toBe(format.format(instant));
    }
  });

  it('formats instants before 1970 (offsets of minutes and seconds then) every time', () => {
    for (const instant of [Date.parse('1883-11-18T04:56:01Z'), Date.parse('1883-11-18T04:56:03Z')])
      expect(newYorkDate(instant)).toBe(format.format(instant));
  });

  it('still refuses an invalid date', () => {
    expect(() => newYorkDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});
