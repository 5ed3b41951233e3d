import { addDays, daysBetween } from '../../common/time/calendar-date.js';
import { epochDay } from './weekdays.js';

describe('epochDay', () => {
  it('agrees with Date arithmetic on every day from 1899 to 2101, leap days and centuries included', () => {
    for (let date = '1899-12-25'; date <= '2101-03-05'; date = addDays(date, 1)) {
      const expected = daysBetween('1970-01-01', date);
      if (epochDay(date) !== expected) expect([date, epochDay(date)]).toEqual([date, expected]);
    }
  });

  it('reaches the ends of four-digit years', () => {
    expect(epochDay('0000-03-01')).toBe(daysBetween('1970-01-01', '0000-03-01'));
    expect(epochDay('0000-02-29')).toBe(daysBetween('1970-01-01', '0000-02-29'));
    expect(epochDay('9999-12-31')).toBe(daysBetween('1970-01-01', '9999-12-31'));
  });
});
