/** Windows up to this many days reuse one scratch buffer (about 1.6 MB at this size): every real one. */
const MAX_REUSED_DAYS = 40_000;
/** Bytes per day: five doubles (four sums and a working column) and one flag. */
const BYTES_PER_DAY = 41;

let scratch: ArrayBuffer | undefined;

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
  /** A working column for the caller (the calculator packs its bar days' returns into it). */
  readonly work: Float64Array;
  /** 1 when a ticker taking part in the day has a bar on it (the volatility day set). */
  readonly barDay: Uint8Array;

  /** Zeroed columns of their own (a result may keep them, to build its series later). */
  constructor(days: number, buffer = new ArrayBuffer(days * BYTES_PER_DAY)) {
    // One buffer for the six columns: one backing store to allocate and free instead of six.
    this.value = new Float64Array(buffer, 0, days);
    this.inflow = new Float64Array(buffer, days * 8, days);
    this.outflow = new Float64Array(buffer, days * 16, days);
    this.dividend = new Float64Array(buffer, days * 24, days);
    this.work = new Float64Array(buffer, days * 32, days);
    this.barDay = new Uint8Array(buffer, days * 40, days);
  }

  /**
   * Zeroed columns over the module's scratch buffer, valid until the next call: for a calculation that
   * keeps none of them (no series). A typed array's memory lives outside the JS heap, and V8 answers a
   * fast stream of such allocations (one per calculation, ~75 KB for five years) with full GCs; reused,
   * they cost a fill.
   */
  static reused(days: number): DailyTotals {
    if (days > MAX_REUSED_DAYS) return new DailyTotals(days);
    const bytes = days * BYTES_PER_DAY;
    if (!scratch || scratch.byteLength < bytes)
      scratch = new ArrayBuffer(
        Math.min(MAX_REUSED_DAYS * BYTES_PER_DAY, Math.max(bytes, 2 * (scratch?.byteLength ?? 0))),
      );
    else new Uint8Array(scratch, 0, bytes).fill(0);
    return new DailyTotals(days, scratch);
  }
}
