import type { IsoDate } from '../../common/time/calendar-date.js';
import { lastIndexOnOrBefore } from '../../common/time/last-on-or-before.js';
import type { CashDividend, DividendMode } from './types.js';

/** The portfolio currency: only dividends paid in it count. */
export const PORTFOLIO_CURRENCY = 'USD';

/** A dividend that counts: cash per real share held at the close before `date`. */
export interface DividendEvent {
  date: IsoDate;
  cashAmount: number;
}

/** A dividend left out for its currency, named in a warning when it would have counted. */
export interface ForeignDividend {
  date: IsoDate;
  currency: string;
}

export interface TickerDividends {
  /** Ascending by ex-date. */
  counted: readonly DividendEvent[];
  /** Ascending by ex-date. */
  foreign: readonly ForeignDividend[];
}

const NONE: TickerDividends = { counted: [], foreign: [] };

/**
 * The books of frozen lists, per list and `today`. A frozen list (and its dividends) cannot change, so a
 * recompute reuses its book instead of filtering, checking and copying every dividend again; the service's
 * corporate-action cache hands out frozen lists for as long as their version holds. A list that is not
 * frozen could change between two calls: its book is always built anew.
 */
const FROZEN_BOOKS = new WeakMap<
  readonly CashDividend[],
  { today: IsoDate | undefined; book: TickerDividends }
>();

/**
 * The dividends of each ticker as the window uses them: none at all with `dividends=exclude` (the price
 * return), ex-dates after `today` left out (declared, not yet paid), and others split by currency.
 */
export class DividendBook {
  private readonly byTicker = new Map<string, TickerDividends>();

  constructor(
    dividends: ReadonlyMap<string, readonly CashDividend[]> | undefined,
    mode: DividendMode,
    today?: IsoDate,
  ) {
    if (mode === 'exclude') return;
    for (const [ticker, list] of dividends ?? []) {
      const book = bookOf(list, today);
      if (book.counted.length > 0 || book.foreign.length > 0) this.byTicker.set(ticker, book);
    }
  }

  of(ticker: string): TickerDividends {
    return this.byTicker.get(ticker) ?? NONE;
  }
}

/** The book of one ticker's `list`: kept for a frozen list (FROZEN_BOOKS), frozen itself either way. */
function bookOf(list: readonly CashDividend[], today: IsoDate | undefined): TickerDividends {
  const frozen = Object.isFrozen(list);
  const kept = frozen ? FROZEN_BOOKS.get(list) : undefined;
  if (kept && kept.today === today) return kept.book;
  const counted: DividendEvent[] = [];
  const foreign: ForeignDividend[] = [];
  const paid = today === undefined ? list : list.filter((dividend) => dividend.exDividendDate <= today);
  // A total order: same-day sums (and so the result) never depend on the input order. Lists read from
  // the database already are in it: checking costs a pass, sorting a copy and n log n comparisons.
  const sorted = isSorted(paid) ? paid : [...paid].sort(byDividendOrder);
  for (const dividend of sorted) {
    const currency =
      dividend.currency === PORTFOLIO_CURRENCY
        ? PORTFOLIO_CURRENCY
        : (dividend.currency ?? PORTFOLIO_CURRENCY).toUpperCase();
    if (currency === PORTFOLIO_CURRENCY)
      counted.push(Object.freeze({ date: dividend.exDividendDate, cashAmount: dividend.cashAmount }));
    else foreign.push(Object.freeze({ date: dividend.exDividendDate, currency }));
  }
  const book: TickerDividends = { counted: Object.freeze(counted), foreign: Object.freeze(foreign) };
  if (frozen) FROZEN_BOOKS.set(list, { today, book });
  return book;
}

/** Index of the first item dated after `date` in ascending `items` (by bisection: decades of dividends). */
export function firstDatedAfter(items: readonly { date: IsoDate }[], date: IsoDate): number {
  return lastIndexOnOrBefore(items, date) + 1;
}

function byDividendOrder(a: CashDividend, b: CashDividend): number {
  return (
    compare(a.exDividendDate, b.exDividendDate) ||
    a.cashAmount - b.cashAmount ||
    compare(a.currency ?? '', b.currency ?? '')
  );
}

function isSorted(list: readonly CashDividend[]): boolean {
  for (let i = 1; i < list.length; i++) if (byDividendOrder(list[i - 1], list[i]) > 0) return false;
  return true;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
