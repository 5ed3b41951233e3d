import { epochDay } from './calculators/weekdays.js';
import type { SeriesPoint } from './calculators/types.js';

export const SERIES_INTERVALS = ['day', 'week', 'month'] as const;
export type SeriesInterval = (typeof SERIES_INTERVALS)[number];

/** Weeks run Monday..Sunday: 1970-01-01 was a Thursday, so Monday-based week numbers shift by 3 days. */
const weekOf = (date: string): number => Math.floor((epochDay(date) + 3) / 7);
const monthOf = (date: string): string => date.slice(0, 7);

/**
 * A daily series at a coarser interval: the window's first point (the base, its net_flow always 0), then,
 * over the following days, the last point of each week (Mon–Sun) or calendar month, the window's last day
 * closing the last period. Each kept point carries the net_flow (and dividend) summed over its period's
 * days, so the flows and dividends of the coarse series add up to those of the daily one.
 */
export function sampleSeries(
  series: readonly SeriesPoint[],
  interval: SeriesInterval,
): readonly SeriesPoint[] {
  if (interval === 'day' || series.length <= 2) return series;
  const period: (date: string) => number | string = interval === 'week' ? weekOf : monthOf;
  const sampled: SeriesPoint[] = [series[0]];
  let flow = 0;
  let dividend = 0;
  let current = period(series[1].date);
  for (let i = 1; i < series.length; i++) {
    flow += series[i].net_flow;
    dividend += series[i].dividend ?? 0;
    const following = i + 1 < series.length ? period(series[i + 1].date) : undefined;
    if (following === current) continue;
    sampled.push(
      series[i].dividend === undefined
        ? { ...series[i], net_flow: flow }
        : { ...series[i], net_flow: flow, dividend },
    );
    flow = 0;
    dividend = 0;
    current = following as number | string;
  }
  return sampled;
}
