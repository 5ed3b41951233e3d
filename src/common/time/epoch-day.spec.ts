import { addDays, daysBetween } from './calendar-date.js';
import { epochDayAt, isoDateOfEpochDay } from './epoch-day.js';

describe('epoch days', () => {
  it('agree with Date arithmetic both ways on every day from 1899 to 2101', () => {
    for (let date = '1899-12-25'; date <= '2101-03-05'; date = addDays(date, 1)) {
      const expected = daysBetween('1970-01-01', date);
      const day = epochDayAt(`x,${date},y`, 2);
      if (day !== expected || isoDateOfEpochDay(day) !== date)
        expect([date, day, isoDateOfEpochDay(day)]).toEqual([date, expected, date]);
    }
  });

  it('reach the ends of four-digit years', () => {
    for (const date of ['0000-03-01', '0000-02-29', '0001-01-01', '9999-12-31']) {
      expect(epochDayAt(date, 0)).toBe(daysBetween('1970-01-01', date));
      expect(isoDateOfEpochDay(epochDayAt(date, 0))).toBe(date);
    }
  });
});
