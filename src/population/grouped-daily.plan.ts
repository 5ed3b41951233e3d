import { addDays, type IsoDate } from '../common/time/calendar-date.js';
import { AS_OF_LOOKBACK_DAYS } from '../market-data/fetch-range.js';

/** Grouped daily costs one request per market day: beyond this many, per-ticker fetches are the better deal. */
export const MAX_GROUPED_DAYS = 10;

/**
 * Splits and dividends are asked for market-wide from this many days before the first grouped day: a
 * late listing of an action (or one on a day the previous run already covered) is still seen.
 */
export const ACTIONS_LOOKBACK_DAYS = 7;

/** A requested range counts as recent when it starts at most this many days before the latest complete date. */
export const RECENT_RANGE_DAYS = 31;

export interface GroupedPlanInput {
  /** The job's tickers, unique. */
  tickers: string[];
  /** Last stored bar date of each ticker that has any (tickers without one are first loads). */
  lastStored: ReadonlyMap<string, IsoDate>;
  requestedFrom: IsoDate | null;
  requestedTo: IsoDate | null;
  /** The latest date whose bar is final (see latestCompleteDate). */
  latestComplete: IsoDate;
  /** GROUPED_DAILY_MIN_TICKERS: grouped only for more eligible tickers than this. */
  minTickers: number;
}

export interface GroupedPlan {
  /** Tickers served by grouped daily (all of them already stored). */
  tickers: string[];
  /** Market days (weekdays; holidays answer no bars) to fetch, ascending; may be empty (up to date). */
  days: IsoDate[];
  /** Splits and dividends of every ticker are fetched for this window (both ends inclusive). */
  actionsFrom: IsoDate;
  actionsTo: IsoDate;
}

export interface RefreshPlan {
  grouped: GroupedPlan | null;
  /** First loads, tickers too far behind, or every ticker when grouped does not pay: one load each. */
  perTicker: string[];
}

/**
 * Decides which tickers of a job one grouped-daily request per market day serves, and which keep their
 * per-ticker load. Pure: the stored state and the date come in.
 *
 * - Incremental run (no requested range): a stored ticker is eligible when the market days since its
 *   last stored bar are at most MAX_GROUPED_DAYS; the days are those after the oldest eligible last bar
 *   up to the latest complete date ("since the last refresh").
 * - Requested range: the same dates a per-ticker load would fetch (start minus the as-of lookback, end
 *   capped at the latest complete date), when they are recent and at most MAX_GROUPED_DAYS market days;
 *   every stored ticker is eligible.
 * - First loads always load per ticker (years of history, their whole split and dividend record).
 * - Grouped is used only for more eligible tickers than `minTickers`.
 * Splits are decided when the grouped job runs: a ticker with a split after its last full fetch is
 * handed back to its per-ticker load, which re-fetches its whole history.
 */
export function planGroupedRefresh(input: GroupedPlanInput): RefreshPlan {
  const everyone: RefreshPlan = { grouped: null, perTicker: input.tickers };
  const stored = input.tickers.filter((ticker) => input.lastStored.has(ticker));
  let eligible: string[];
  let from: IsoDate;
  let to: IsoDate;
  if (input.requestedFrom === null && input.requestedTo === null) {
    to = input.latestComplete;
    eligible = stored.filter(
      (ticker) =>
        weekdaysBetween(addDays(input.lastStored.get(ticker)!, 1), to, MAX_GROUPED_DAYS + 1).length <=
        MAX_GROUPED_DAYS,
    );
    if (eligible.length === 0) return everyone;
    const oldest = eligible.reduce((min, ticker) => minDate(min, input.lastStored.get(ticker)!), to);
    from = addDays(oldest, 1);
  } else {
    if (input.requestedFrom === null) return everyone; // an end without a start is a full-history request
    from = addDays(input.requestedFrom, -AS_OF_LOOKBACK_DAYS);
    to = minDate(input.requestedTo ?? input.latestComplete, input.latestComplete);
    const recent = from >= addDays(input.latestComplete, -RECENT_RANGE_DAYS);
    if (!recent || weekdaysBetween(from, to, MAX_GROUPED_DAYS + 1).length > MAX_GROUPED_DAYS) return everyone;
    eligible = stored;
  }
  if (eligible.length <= input.minTickers) return everyone;
  const grouped = new Set(eligible);
  return {
    grouped: {
      tickers: eligible,
      days: weekdaysBetween(from, to),
      actionsFrom: addDays(minDate(from, to), -ACTIONS_LOOKBACK_DAYS),
      actionsTo: to,
    },
    perTicker: input.tickers.filter((ticker) => !grouped.has(ticker)),
  };
}

const DAY_MS = 86_400_000;

/**
 * Monday to Friday in from..to, ascending (empty when from > to), at most `limit` of them. The walk is on
 * time values, not date strings: past 9999-12-31 a date string sorts before every real one, and a string
 * walk from a bar stored that far ahead never reached its end (the process spun at 100 % CPU).
 */
export function weekdaysBetween(from: IsoDate, to: IsoDate, limit = Number.POSITIVE_INFINITY): IsoDate[] {
  const days: IsoDate[] = [];
  const last = Date.parse(`${to}T00:00:00Z`);
  for (let at = Date.parse(`${from}T00:00:00Z`); at <= last && days.length < limit; at += DAY_MS) {
    const date = new Date(at);
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(date.toISOString().slice(0, 10));
  }
  return days;
}

function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}
