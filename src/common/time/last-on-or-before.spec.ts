import type { IsoDate } from './calendar-date.js';
import { firstIndexAfter, lastDayOnOrBefore, lastIndexOnOrBefore } from './last-on-or-before.js';

/** Ascending dates of January 2024 with repeats (a split and a dividend may share a day). */
function randomDates(random: () => number): IsoDate[] {
  const days = Array.from({ length: Math.floor(random() * 12) }, () => 1 + Math.floor(random() * 28));
  return days.sort((a, b) => a - b).map((day) => `2024-01-${String(day).padStart(2, '0')}` as IsoDate);
}

describe('bisections over ascending dates', () => {
  it('agree with a linear scan, repeats and both ends included', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) - 1) / 2147483646;
    for (let round = 0; round < 500; round++) {
      const dates = randomDates(random);
      for (let day = 0; day <= 30; day++) {
        const date = `2024-01-${String(day).padStart(2, '0')}` as IsoDate;
        const after = dates.findIndex((d) => d > date);
        expect(firstIndexAfter(dates, date)).toBe(after < 0 ? dates.length : after);
        const onOrBefore = (after < 0 ? dates.length : after) - 1;
        expect(
          lastIndexOnOrBefore(
            dates.map((d) => ({ date: d })),
            date,
          ),
        ).toBe(onOrBefore);
        const days = Int32Array.from(dates, (d) => Number(d.slice(8)));
        expect(lastDayOnOrBefore(days, day)).toBe(onOrBefore);
      }
    }
  });
});
