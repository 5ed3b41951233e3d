/** AAPL's 4-for-1 split, executed on this date. */
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
