import { addDays, type IsoDate } from '../../src/common/time/calendar-date.js';
import type { PriceBar } from '../../src/returns/calculators/types.js';
import type { Random } from './seeded-random.js';

export function isWeekend(date: IsoDate): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** The close of the latest bar on or before `date` (NaN when there is none): the as-of rule, done slowly. */
export function closeAsOf(bars: readonly PriceBar[], date: IsoDate): number {
  let close = Number.NaN;
  for (const bar of bars) if (bar.date <= date) close = bar.close;
  return close;
}

/** Weekday bars with random holidays and gaps, always one on the first weekday, as a random walk. */
export function randomBars(random: Random, from: IsoDate, to: IsoDate): PriceBar[] {
  const bars: PriceBar[] = [];
  let close = 5 + random() * 500;
  for (let date = from; date <= to; date = addDays(date, 1)) {
    if (isWeekend(date) || (bars.length > 0 && random() < 0.1)) continue;
    close *= Math.exp((random() - 0.5) * 0.08);
    bars.push({ date, close });
  }
  return bars;
}
