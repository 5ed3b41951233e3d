import { lastDayOnOrBefore } from '../../common/time/last-on-or-before.js';
import { isStale } from './stale-price.js';
import type { BarArrays } from './types.js';

/**
 * One ticker's bars as of each day of a window, by day offset 0..length−1: what the walk reads on the days
 * a holding is held and nothing else happens, one multiply-add a day instead of stepping from bar to bar.
 */
export interface DailyCloses {
  /** The close of the bar in use on the day (the last one on or before it). */
  close: Float64Array;
  /** 1 on the days a bar falls on. */
  isBarDay: Uint8Array;
  /**
   * Which bar is in use on the day, counted from the one in use on the window's first day (the same in
   * every view of the series a calculation may be given), for the walk's event days.
   */
  bar: Int32Array;
}

/** Windows kept per series, the last ones built: a client's usual one or two (a quarter, a year to date). */
const WINDOWS_PER_SERIES = 2;

/**
 * Days per bar above which a window is not laid out by day: bars on weekdays are 1.4 days apart. A window
 * far wider than its bars (decades before a listing) would cost more than the bar walk and hold far more
 * than the series; with this bound a window kept (13 bytes a day) is about twice its series (12 bytes a bar).
 */
const MAX_DAYS_PER_BAR = 1.6;

/**
 * Per series (the buffer its closes live in), the windows built from it, null for one the walk must step
 * bar by bar. Keyed weakly: a series its owner drops (the service's close-series cache) takes its windows
 * with it, so whoever keeps the series bounds what is kept here.
 */
const kept = new WeakMap<ArrayBufferLike, Map<string, DailyCloses | null>>();

/**
 * `arrays` as of each day of the window of `length` days from epoch day `startDay`, or null where the walk
 * must step from bar to bar: no bar on or before the first day, far fewer bars than days (MAX_DAYS_PER_BAR),
 * a close that is not positive (a zero close breaks the time-weighted chain, which the walk handles day by
 * day), or a day on which the close in use is stale (the walk names the first such day it holds the ticker
 * on).
 *
 * Kept per series and window and handed out again, so a recomputation pays for it once: only for arrays
 * that nobody writes (nor any view of their buffers) once given, as ReturnsInput.immutableBarArrays says.
 */
export function dailyClosesOf(arrays: BarArrays, startDay: number, length: number): DailyCloses | null {
  // Not the view's bounds: every view a calculation may be given holds the bar in use on the window's first
  // day and every bar after it up to its last (ReturnsInput.bars), so the days over the window are the same.
  const key = `${startDay}:${length}`;
  let windows = kept.get(arrays.closes.buffer);
  const found = windows?.get(key);
  if (found !== undefined) return found;
  const built = build(arrays, startDay, length);
  if (!windows) kept.set(arrays.closes.buffer, (windows = new Map()));
  if (windows.size >= WINDOWS_PER_SERIES) windows.delete(windows.keys().next().value!);
  windows.set(key, built);
  return built;
}

function build({ days, closes }: BarArrays, startDay: number, length: number): DailyCloses | null {
  const first = lastDayOnOrBefore(days, startDay);
  if (first < 0) return null;
  let bar = first;
  const bars = lastDayOnOrBefore(days, startDay + length - 1) - first + 1;
  if (length > MAX_DAYS_PER_BAR * bars + 7) return null;
  const close = new Float64Array(length);
  const isBarDay = new Uint8Array(length);
  const barOf = new Int32Array(length);
  const count = days.length;
  for (let offset = 0; offset < length; offset++) {
    while (bar + 1 < count && days[bar + 1] - startDay <= offset) bar++;
    const value = closes[bar];
    // `!(value > 0)`: zero, negative or NaN.
    if (!(value > 0) || isStale(days[bar], startDay + offset)) return null;
    close[offset] = value;
    barOf[offset] = bar - first;
    if (days[bar] - startDay === offset) isBarDay[offset] = 1;
  }
  return { close, isBarDay, bar: barOf };
}
