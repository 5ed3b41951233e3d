/** Portfolio sums per day offset of the window, filled one holding at a time. */
export class DailyTotals {
  /** V(d): the portfolio's value at the close. */
  readonly value: Float64Array;
  /** In(d): the day's buy amounts. */
  readonly inflow: Float64Array;
  /** Out(d): the day's sell amounts. */
  readonly outflow: Float64Array;
  /** D(d): the day's dividend income. */
  readonly dividend: Float64Array;
  /** 1 when a ticker taking part in the day has a bar on it (the volatility day set). */
  readonly barDay: Uint8Array;

  constructor(days: number) {
    this.value = new Float64Array(days);
    this.inflow = new Float64Array(days);
    this.outflow = new Float64Array(days);
    this.dividend = new Float64Array(days);
    this.barDay = new Uint8Array(days);
  }
}
