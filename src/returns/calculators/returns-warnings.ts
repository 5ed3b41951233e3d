import type { IsoDate } from '../../common/time/calendar-date.js';
import type { BenchmarkTrack } from './benchmark-track.js';
import type { HoldingWalk } from './holding-walk.js';
import { STALE_AFTER_WEEKDAYS } from './stale-price.js';
import type { ReturnsWarning } from './types.js';

/**
 * The warnings of a priced window, in a fixed order: one `stale_price` per ticker (its first stale day),
 * then `end_after_last_bar` for the portfolio, then `benchmark_no_data`.
 */
export function collectWarnings(
  walks: readonly HoldingWalk[],
  benchmark: BenchmarkTrack | undefined,
  end: IsoDate,
  newestStoredBars?: ReadonlyMap<string, IsoDate>,
): ReturnsWarning[] {
  // Plain loops over `walks` (here and below): see holdingsOf in portfolio-returns.calculator.ts.
  const warnings: ReturnsWarning[] = [];
  for (let i = 0; i < walks.length; i++) {
    const { returns, stale } = walks[i];
    if (!stale) continue;
    warnings.push({
      code: 'stale_price',
      message: `${returns.ticker}: the close used on ${stale.date} is from ${stale.barDate}, more than ${STALE_AFTER_WEEKDAYS} weekdays earlier`,
      ticker: returns.ticker,
      date: stale.date,
    });
  }
  // For the portfolio, not per ticker: the window reaches past the data of every ticker still held. A
  // ticker's newest stored bar counts, not its newest bar inside the window: a window ending on a weekend
  // is not past the data when Monday's bar is stored.
  let newestHeldBar: IsoDate | undefined;
  for (let i = 0; i < walks.length; i++) {
    const walk = walks[i];
    if (walk.returns.end_quantity === 0) continue;
    const date = newestOf(walk.lastBarDate as IsoDate, newestStoredBars?.get(walk.returns.ticker));
    if (newestHeldBar === undefined || date > newestHeldBar) newestHeldBar = date;
  }
  if (newestHeldBar !== undefined && newestHeldBar < end)
    warnings.push({
      code: 'end_after_last_bar',
      message: `end ${end} is after the newest bar of every held ticker (${newestHeldBar}); its closes are carried forward`,
      date: newestHeldBar,
    });
  if (benchmark && !benchmark.hasData)
    warnings.push({
      code: 'benchmark_no_data',
      message: `benchmark ${benchmark.ticker} has no bar on or before the window's start`,
      ticker: benchmark.ticker,
    });
  return warnings;
}

const newestOf = (a: IsoDate, b: IsoDate | undefined): IsoDate => (b !== undefined && b > a ? b : a);
