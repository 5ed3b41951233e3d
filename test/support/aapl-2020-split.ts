import type { Figure } from './expect-figure.js';

/**
 * AAPL's 4-for-1 split of 2020-08-31 with its real closes, and one ledger through it, for the calculator
 * spec and the e2e spec alike. Expected figures are worked by hand from the closes as traded.
 */
export const AAPL_SPLIT_DATE = '2020-08-31';

/** AAPL's closes around the split, as traded (real prices on their date). */
export const AAPL_2020_AS_TRADED: ReadonlyArray<readonly [string, number]> = [
  ['2020-08-06', 455.61],
  ['2020-08-07', 444.45],
  ['2020-08-24', 503.43],
  ['2020-08-26', 506.09],
  ['2020-08-27', 500.04],
  ['2020-08-28', 499.23],
  ['2020-08-31', 129.04],
  ['2020-09-01', 134.18],
  ['2020-09-02', 131.4],
  ['2020-09-03', 120.88],
  ['2020-09-04', 120.96],
];

/** The same closes as stored (Polygon adjusted=true): divided by 4 before the split. */
export function aapl2020StoredCloses(): [string, number][] {
  return AAPL_2020_AS_TRADED.map(([date, close]) => [date, date < AAPL_SPLIT_DATE ? close / 4 : close]);
}

const capitalGain = 40 * 120.96 - 10 * 506.09 - 5 * 499.23 + (20 * 131.4 - 1); // −91.65
/** Lots: 40 newest-basis shares costing 10 × 503.43, 20 costing 5 × 499.23; 20 sold for 2627. */
const pooled = 10 * 503.43 + 5 * 499.23;

/**
 * 10 real shares held from before the split, 5 bought the day before it, 20 sold after it: 10 + 5
 * pre-split shares are 60 after the split; 20 sold leave 40 at 120.96. Figures of the default columns
 * (average cost basis).
 */
export const AAPL_2020_TRADING = {
  start: '2020-08-26',
  end: '2020-09-04',
  opening: { quantity: 10, asOf: '2020-08-24' },
  /** Without a price, a trade is at the real close of its date. */
  trades: [
    { type: 'BUY', quantity: 5, tradeDate: '2020-08-28' },
    { type: 'SELL', quantity: 20, tradeDate: '2020-09-02', price: 131.4, fee: 1 },
  ] as Array<{ type: 'BUY' | 'SELL'; quantity: number; tradeDate: string; price?: number; fee?: number }>,
  holding: {
    start_quantity: 10,
    start_price_date: '2020-08-26',
    end_quantity: 40,
    start_price: 506.09,
    end_price: 120.96,
  } as Record<string, Figure>,
  total: {
    start_value: 10 * 506.09,
    end_value: 40 * 120.96,
    total_inflows: 5 * 499.23,
    total_outflows: 20 * 131.4 - 1,
    capital_gain: capitalGain,
    total_fees: 1,
    realized_gain: 20 * 131.4 - 1 - (20 / 60) * pooled,
    cost_basis: (40 / 60) * pooled,
    unrealized_gain: 40 * 120.96 - (40 / 60) * pooled,
  } as Record<string, Figure>,
};
