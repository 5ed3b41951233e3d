import type { IsoDate } from '../common/time/calendar-date.js';

/**
 * Whether a ticker's stored (split-adjusted) history is on an old basis: a split executed after its last
 * full fetch, or, never fully fetched, one on or after its first stored date. Such a ticker needs its
 * whole history fetched again (Polygon adjusts retroactively, as of the query).
 */
export function splitSinceFullFetch(
  splits: readonly { executionDate: IsoDate }[],
  firstStored: IsoDate,
  fullFetchAt: Date | null,
): boolean {
  if (!fullFetchAt) return splits.some((split) => split.executionDate >= firstStored);
  const since = fullFetchAt.toISOString().slice(0, 10);
  return splits.some((split) => split.executionDate > since);
}
