import { DayCloses, NO_BAR } from './day-closes.js';
import type { PriceBar } from './types.js';
import { WindowDays } from './window-days.js';

const bars: PriceBar[] = [
  { date: '2024-12-20', close: 10 }, // Friday
  { date: '2024-12-23', close: 11 },
  { date: '2024-12-24', close: 12 },
  { date: '2024-12-24', close: 12.5 }, // a repeated date: the last bar of a date counts, as for the cursor
  { date: '2024-12-27', close: 13 },
  { date: '2025-01-10', close: 14 }, // after the window
];

describe('DayCloses', () => {
  it('lays the as-of close and its bar offset over each day of the window', () => {
    const days = new WindowDays('2024-12-22', '2024-12-28');
    const closes = new DayCloses(days);
    closes.lay(bars);
    expect([...closes.close]).toEqual([10, 11, 12.5, 12.5, 12.5, 13, 13]);
    expect([...closes.barOffset]).toEqual([-2, 1, 2, 2, 2, 5, 5]);
    expect(closes.startPriceBar).toEqual({ date: '2024-12-20', close: 10 });
    expect(closes.endPriceBar).toEqual({ date: '2024-12-27', close: 13 });
    expect(closes.barDateOn(0)).toBe('2024-12-20');
    expect(closes.barDateOn(4)).toBe('2024-12-24');
  });

  it('has no close before the first bar, and is laid out afresh for the next ticker', () => {
    const days = new WindowDays('2024-12-18', '2024-12-21');
    const closes = new DayCloses(days);
    closes.lay(bars);
    expect([...closes.close]).toEqual([NaN, NaN, 10, 10]);
    expect([...closes.barOffset]).toEqual([NO_BAR, NO_BAR, 2, 2]);
    expect(closes.startPriceBar).toBeUndefined();
    closes.lay([]);
    expect([...closes.close]).toEqual([NaN, NaN, NaN, NaN]);
    expect(closes.endPriceBar).toBeUndefined();
  });
});
