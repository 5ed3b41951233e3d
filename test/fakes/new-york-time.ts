import type { IsoDate } from '../../src/common/time/calendar-date.js';

const PARTS = new Intl.DateTimeFormat('en-US', {
  timeZone: 'America/New_York',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** Offset of New York from UTC at an instant, in ms (−5 h in winter, −4 h in summer), from the tz database. */
export function newYorkOffsetMs(instant: number): number {
  const part = (type: string): number =>
    Number(PARTS.formatToParts(instant).find((p) => p.type === type)?.value ?? NaN);
  const local = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return local - Math.floor(instant / 1000) * 1000;
}

/**
 * Epoch ms of a wall-clock time in New York on a date: what Polygon stamps on a daily bar (00:00, or
 * 16:00 for /prev and grouped). Two passes, so the offset is the one in force at that wall time.
 */
export function newYorkWallTimeMs(date: IsoDate, hour = 0): number {
  const wall = Date.parse(`${date}T00:00:00Z`) + hour * 3_600_000;
  const guess = wall - newYorkOffsetMs(wall);
  return wall - newYorkOffsetMs(guess);
}
