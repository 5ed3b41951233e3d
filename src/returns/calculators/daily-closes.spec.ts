import { isoDateOfEpochDay } from '../../common/time/epoch-day.js';
import { barArraysOf } from '../../../test/factories/bar-arrays.factory.js';
import { dailyClosesOf } from './daily-closes.js';
import type { BarArrays } from './types.js';
import { epochDay } from './weekdays.js';

/** Bars on these dates with these closes, as typed arrays in their own buffers. */
const arrays = (bars: [string, number][]): BarArrays =>
  barArraysOf(bars.map(([date, close]) => ({ date, close })));

// Thursday 2024-07-04 is a holiday; the window is Tue 2024-07-02 .. Mon 2024-07-08.
const START = epochDay('2024-07-02');
const LENGTH = 7;
const WEEK: [string, number][] = [
  ['2024-07-01', 10],
  ['2024-07-03', 11],
  ['2024-07-05', 12.5],
  ['2024-07-08', 13],
];

describe('dailyClosesOf', () => {
  it('gives the close in use on each day of the window and marks the days a bar falls on', () => {
    const daily = dailyClosesOf(arrays(WEEK), START, LENGTH)!;
    expect([...daily.close]).toEqual([10, 11, 11, 12.5, 12.5, 12.5, 13]);
    expect([...daily.isBarDay]).toEqual([0, 1, 0, 1, 0, 0, 1]);
    expect([...daily.bar]).toEqual([0, 1, 1, 2, 2, 2, 3]);
  });

  it('is null where the walk must step bar by bar: no bar before the window, a zero close, a stale day', () => {
    expect(dailyClosesOf(arrays(WEEK.slice(1)), START, LENGTH)).toBeNull();
    expect(dailyClosesOf(arrays([...WEEK.slice(0, 3), ['2024-07-08', 0]]), START, LENGTH)).toBeNull();
    // Six weekdays without a bar after 2024-06-21: stale from 2024-07-02 on.
    expect(dailyClosesOf(arrays([['2024-06-21', 10], ...WEEK.slice(1)]), START, LENGTH)).toBeNull();
    // Far fewer bars than days (weekly bars, never stale: four weekdays between two Mondays).
    const mondays: [string, number][] = [0, 7, 14, 21, 28, 35, 42, 49, 56].map((days) => [
      isoDateOfEpochDay(epochDay('2024-07-01') + days),
      10,
    ]);
    expect(dailyClosesOf(arrays(mondays), START, 56)).toBeNull();
    expect(dailyClosesOf(arrays(mondays), START, 6)).not.toBeNull(); // a week: seven days per bar is fine
    // The same gap ending one day earlier is not stale (five weekdays between).
    expect(dailyClosesOf(arrays([['2024-06-24', 10], ...WEEK.slice(1)]), START, LENGTH)).not.toBeNull();
  });

  it('keeps what it built per series and window: the same series and window get the same object', () => {
    const series = arrays([['2024-06-28', 9], ...WEEK]);
    const first = dailyClosesOf(series, START, LENGTH);
    // Another view of the same buffer (another calculation's slice, from the bar in use on the first day)
    // is the same series.
    const view = { days: series.days.subarray(1), closes: series.closes.subarray(1) };
    expect(dailyClosesOf(view, START, LENGTH)).toBe(first);
    expect(dailyClosesOf(series, START, LENGTH - 1)).not.toBe(first);
    // Equal values in another buffer are another series.
    expect(dailyClosesOf(arrays(WEEK), START, LENGTH)).not.toBe(first);
    expect(dailyClosesOf(arrays(WEEK), START, LENGTH)).toEqual(first);
  });
});
