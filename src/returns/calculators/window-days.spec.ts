import { addDays } from '../../common/time/calendar-date.js';
import { WindowDays } from './window-days.js';

describe('WindowDays', () => {
  it('lists every calendar day from start to end inclusive, as addDays does', () => {
    const start = '1899-12-25';
    const days = new WindowDays(start, '2101-03-05');
    expect(days.dates[0]).toBe(start);
    expect(days.dates.at(-1)).toBe('2101-03-05');
    days.dates.forEach((date, offset) => {
      if (date !== addDays(start, offset)) expect(date).toBe(addDays(start, offset));
    });
    expect(days.length).toBe(days.dates.length - 1);
  });

  it('handles leap days and a one-day window', () => {
    expect(new WindowDays('2024-02-27', '2024-03-01').dates).toEqual([
      '2024-02-27',
      '2024-02-28',
      '2024-02-29',
      '2024-03-01',
    ]);
    expect(new WindowDays('2100-02-28', '2100-03-01').dates).toEqual(['2100-02-28', '2100-03-01']);
    const single = new WindowDays('2024-01-01', '2024-01-01');
    expect(single.dates).toEqual(['2024-01-01']);
    expect(single.length).toBe(0);
  });
});
