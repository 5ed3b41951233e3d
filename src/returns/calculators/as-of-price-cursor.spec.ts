import { addDays, type IsoDate } from '../../common/time/calendar-date.js';
import { AsOfPriceCursor } from './as-of-price-cursor.js';
import type { PriceBar } from './types.js';

const bars: PriceBar[] = [
  { date: '2024-12-20', close: 10 }, // Friday
  { date: '2024-12-23', close: 11 }, // Monday
  { date: '2024-12-24', close: 12 }, // Tuesday; 12-25 is a holiday
  { date: '2024-12-26', close: 13 },
  { date: '2025-01-10', close: 14 }, // after a gap in the data
];

/** Seeks `from`, then steps day by day to `to`: the as-of date and close seen on each day. */
function walk(from: IsoDate, to: IsoDate): Array<[IsoDate, string | undefined, boolean]> {
  const cursor = new AsOfPriceCursor(bars);
  cursor.seek(from);
  const seen: Array<[IsoDate, string | undefined, boolean]> = [];
  for (let date = addDays(from, 1); date <= to; date = addDays(date, 1)) {
    const onBar = cursor.stepTo(date);
    seen.push([date, cursor.bar?.date, onBar]);
  }
  return seen;
}

describe('AsOfPriceCursor', () => {
  it('has no price before the first bar', () => {
    const cursor = new AsOfPriceCursor(bars);
    cursor.seek('2024-12-19');
    expect(cursor.bar).toBeUndefined();
  });

  it('seeks the latest bar on or before a date, however far into the history', () => {
    const cursor = new AsOfPriceCursor(bars);
    cursor.seek('2024-12-25');
    expect(cursor.bar).toEqual({ date: '2024-12-24', close: 12 });
    cursor.seek('2024-12-26');
    expect(cursor.close).toBe(13);
    cursor.seek('2030-01-01');
    expect(cursor.close).toBe(14);
  });

  it('carries Friday over the weekend and reports a bar only on its own date', () => {
    expect(walk('2024-12-19', '2024-12-24')).toEqual([
      ['2024-12-20', '2024-12-20', true],
      ['2024-12-21', '2024-12-20', false],
      ['2024-12-22', '2024-12-20', false],
      ['2024-12-23', '2024-12-23', true],
      ['2024-12-24', '2024-12-24', true],
    ]);
  });

  it('carries the last close over a holiday and a gap in the data', () => {
    const seen = walk('2024-12-24', '2025-01-11');
    expect(seen[0]).toEqual(['2024-12-25', '2024-12-24', false]);
    expect(seen[1]).toEqual(['2024-12-26', '2024-12-26', true]);
    expect(seen.filter(([, , onBar]) => onBar)).toHaveLength(2);
    expect(seen.at(-2)).toEqual(['2025-01-10', '2025-01-10', true]);
    expect(seen.at(-1)).toEqual(['2025-01-11', '2025-01-10', false]);
  });

  it('stays put when stepped twice to the same date', () => {
    const cursor = new AsOfPriceCursor(bars);
    cursor.seek('2024-12-22');
    expect(cursor.stepTo('2024-12-23')).toBe(true);
    expect(cursor.stepTo('2024-12-23')).toBe(false);
    expect(cursor.close).toBe(11);
  });

  it('knows its newest bar and copes with no bars at all', () => {
    expect(new AsOfPriceCursor(bars).lastBar?.date).toBe('2025-01-10');
    const empty = new AsOfPriceCursor([]);
    empty.seek('2024-01-01');
    expect(empty.stepTo('2024-01-02')).toBe(false);
    expect(empty.bar).toBeUndefined();
    expect(empty.lastBar).toBeUndefined();
  });
});
