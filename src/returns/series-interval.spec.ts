import type { SeriesPoint } from './calculators/types.js';
import { sampleSeries } from './series-interval.js';

/** A daily series from `start`, one point per day, with a flow of `flow(i)` on day i. */
function daily(start: string, days: number, flow: (i: number) => number = () => 0): SeriesPoint[] {
  const first = Date.parse(`${start}T00:00:00Z`);
  return Array.from({ length: days }, (_, i) => ({
    date: new Date(first + i * 86_400_000).toISOString().slice(0, 10),
    value: 100 + i,
    net_flow: i === 0 ? 0 : flow(i),
    cumulative_return: i / 100,
    drawdown: 0,
  }));
}

describe('sampleSeries', () => {
  it('day: the series itself', () => {
    const series = daily('2024-01-01', 10);
    expect(sampleSeries(series, 'day')).toBe(series);
  });

  it('week: start, then each Sunday, then the last day; flows summed over each week', () => {
    // 2024-01-03 is a Wednesday; Sundays are 01-07, 01-14; the window ends Tuesday 01-16.
    const series = daily('2024-01-03', 14, (i) => i);
    const sampled = sampleSeries(series, 'week');
    expect(sampled.map((p) => p.date)).toEqual(['2024-01-03', '2024-01-07', '2024-01-14', '2024-01-16']);
    expect(sampled.map((p) => p.net_flow)).toEqual([0, 1 + 2 + 3 + 4, 5 + 6 + 7 + 8 + 9 + 10 + 11, 12 + 13]);
    expect(sampled[2]).toMatchObject({
      value: series[11].value,
      cumulative_return: series[11].cumulative_return,
    });
  });

  it('month: start, then each month end and the last day; total flow kept', () => {
    const series = daily('2023-12-31', 62, () => 1.5);
    const sampled = sampleSeries(series, 'month');
    expect(sampled.map((p) => p.date)).toEqual(['2023-12-31', '2024-01-31', '2024-02-29', '2024-03-01']);
    expect(sampled.map((p) => p.net_flow)).toEqual([0, 31 * 1.5, 29 * 1.5, 1.5]);
  });

  it('a window ending on a period end keeps that day once; a one-day window keeps its two points', () => {
    expect(sampleSeries(daily('2024-01-15', 7), 'week').map((p) => p.date)).toEqual([
      '2024-01-15',
      '2024-01-21',
    ]);
    expect(sampleSeries(daily('2024-01-31', 2), 'month')).toHaveLength(2);
    expect(sampleSeries(daily('2024-01-31', 1), 'month')).toHaveLength(1);
  });
});
