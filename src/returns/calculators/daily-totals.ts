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
    // One buffer for the five columns: one backing store to allocate and free instead of five.
    const buffer = new ArrayBuffer(days * 33);
    this.value = new Float64Array(buffer, 0, days);
    this.inflow = new Float64Array(buffer, days * 8, days);
    this.outflow = new Float64Array(buffer, days * 16, days);
    this.dividend = new Float64Array(buffer, days * 24, days);
    this.barDay = new Uint8Array(buffer, days * 32, days);
  }
}
