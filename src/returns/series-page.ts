import { isCalendarDate, type IsoDate } from '../common/time/calendar-date.js';
import { lastIndexOnOrBefore } from '../common/time/last-on-or-before.js';
import type { SeriesPoint } from './calculators/types.js';

export const DEFAULT_PAGE_POINTS = 1000;
/** With at most ~200 bytes of JSON per point, a page stays under about 1 MB. */
export const MAX_PAGE_POINTS = 5000;

const CURSOR_PREFIX = 'p1:';

/** An opaque cursor: the date of the first point of the next page (base64url, versioned). */
export function encodeCursor(date: IsoDate): string {
  return Buffer.from(CURSOR_PREFIX + date).toString('base64url');
}

/** The date a cursor stands for, or undefined when it is not one this service made. */
export function decodeCursor(cursor: string): IsoDate | undefined {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(CURSOR_PREFIX)) return undefined;
  const date = text.slice(CURSOR_PREFIX.length);
  return isCalendarDate(date) ? date : undefined;
}

export interface SeriesPage {
  points: SeriesPoint[];
  /** Points in the whole (sampled) series, over every page. */
  total: number;
  /** The cursor of the next page; null on the last one. */
  nextCursor: string | null;
}

/**
 * Up to `limit` points of an ascending series, from the first point dated on or after `from` (from the
 * start without it). Paging by date rather than position keeps a cursor meaningful when data changes.
 */
export function pageSeries(
  series: readonly SeriesPoint[],
  from: IsoDate | undefined,
  limit: number,
): SeriesPage {
  let first = 0;
  if (from !== undefined) {
    const before = lastIndexOnOrBefore(series, from);
    first = before >= 0 && series[before].date === from ? before : before + 1;
  }
  const next = first + limit;
  return {
    points: series.slice(first, next),
    total: series.length,
    nextCursor: next < series.length ? encodeCursor(series[next].date) : null,
  };
}
