import type { SeriesPoint } from './calculators/types.js';
import { decodeCursor, encodeCursor, pageSeries } from './series-page.js';

const series: SeriesPoint[] = ['2024-01-01', '2024-01-07', '2024-01-14', '2024-01-21', '2024-01-28'].map(
  (date, i) => ({ date, value: i, net_flow: 0, cumulative_return: 0, drawdown: 0 }),
);

describe('series paging', () => {
  it('a cursor round-trips a date and rejects anything it did not make', () => {
    expect(decodeCursor(encodeCursor('2024-01-07'))).toBe('2024-01-07');
    expect(decodeCursor(Buffer.from('2024-01-07').toString('base64url'))).toBeUndefined();
    expect(decodeCursor(Buffer.from('p1:2024-02-30').toString('base64url'))).toBeUndefined();
    expect(decodeCursor('!!')).toBeUndefined();
  });

  it('following the cursors visits every point once, in order', () => {
    const seen: string[] = [];
    let from: string | undefined;
    for (;;) {
      const page = pageSeries(series, from, 2);
      expect(page.total).toBe(5);
      seen.push(...page.points.map((p) => p.date));
      if (page.nextCursor === null) break;
      from = decodeCursor(page.nextCursor);
    }
    expect(seen).toEqual(series.map((p) => p.date));
  });

  it('starts at the first point on or after the cursor date; past the end is an empty last page', () => {
    expect(pageSeries(series, '2024-01-08', 2).points.map((p) => p.date)).toEqual([
      '2024-01-14',
      '2024-01-21',
    ]);
    expect(pageSeries(series, '2024-01-14', 10)).toMatchObject({ nextCursor: null, total: 5 });
    expect(pageSeries(series, '2024-01-29', 2)).toEqual({ points: [], total: 5, nextCursor: null });
    expect(pageSeries(series, undefined, 5).nextCursor).toBeNull();
  });
});
