import { addDays, type IsoDate, newYorkDate, newYorkMinutes } from '../common/time/calendar-date.js';

export interface StoredRange {
  firstDate: IsoDate;
  lastDate: IsoDate;
  /** The date of the n-th most recent stored bar: daily bars change after the close, so re-fetch from it. */
  refetchFrom: IsoDate;
}

export interface RangeRequest {
  requestedFrom: IsoDate | null;
  requestedTo: IsoDate | null;
  stored?: StoredRange;
  /** The latest date whose bar is final (yesterday before the close, today after it). */
  latestComplete: IsoDate;
  defaultYears: number;
  /** A split happened after the last full fetch: stored adjusted history is on an old basis. */
  splitSinceFullFetch: boolean;
}

export interface FetchRange {
  from: IsoDate;
  to: IsoDate;
  /** True when the range covers everything stored, so the ticker's history is on one basis again. */
  full: boolean;
}

/** Fetch this many days before a requested start, so an as-of price exists on the window's first day. */
export const AS_OF_LOOKBACK_DAYS = 7;

/** Decides which dates to fetch for one ticker; null when there is nothing to fetch. */
export function planFetchRange(request: RangeRequest): FetchRange | null {
  const { stored } = request;
  const to = request.requestedTo ?? request.latestComplete;
  let from: IsoDate;
  if (request.requestedFrom) from = addDays(request.requestedFrom, -AS_OF_LOOKBACK_DAYS);
  else if (stored) from = stored.refetchFrom;
  else from = yearsBefore(to, request.defaultYears);
  if (stored && request.splitSinceFullFetch && stored.firstDate < from) from = stored.firstDate;
  if (from > to) return null;
  return { from, to, full: !stored || (from <= stored.firstDate && to >= stored.lastDate) };
}

function yearsBefore(date: IsoDate, years: number): IsoDate {
  const year = Number(date.slice(0, 4)) - years;
  const candidate = `${year}${date.slice(4)}`;
  // 29 February minus whole years lands on a non-leap year: use 28 February.
  return candidate.endsWith('-02-29') && new Date(`${candidate}T00:00:00Z`).getUTCDate() !== 29
    ? `${year}-02-28`
    : candidate;
}

/** The newest session whose daily bar is final: the bar of "today" keeps changing until after the close. */
export function latestCompleteDate(now: Date): IsoDate {
  const today = newYorkDate(now);
  return newYorkMinutes(now) >= 16 * 60 + 30 ? today : addDays(today, -1);
}
