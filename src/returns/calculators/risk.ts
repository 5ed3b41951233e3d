/** Trading days per year: daily volatility scales by its square root. */
const TRADING_DAYS_PER_YEAR = 252;

/** Sample standard deviation of the first `count` values times √252; null with fewer than two values. */
export function annualizedVolatility(dailyReturns: ArrayLike<number>, count: number): number | null {
  if (count < 2) return null;
  let sum = 0;
  for (let i = 0; i < count; i++) sum += dailyReturns[i];
  const mean = sum / count;
  let squares = 0;
  for (let i = 0; i < count; i++) squares += (dailyReturns[i] - mean) ** 2;
  return Math.sqrt(squares / (count - 1)) * Math.sqrt(TRADING_DAYS_PER_YEAR);
}

/** Follows a growth index (starting at 1) and reports how far it sits below its running peak. */
export class DrawdownTracker {
  private peak = 1;
  private deepest = 0;

  /** The drawdown of `index` from the peak so far, as a positive fraction (0 at a new peak). */
  update(index: number): number {
    if (index > this.peak) this.peak = index;
    const drawdown = this.peak > 0 ? (this.peak - index) / this.peak : 0;
    if (drawdown > this.deepest) this.deepest = drawdown;
    return drawdown;
  }

  get maxDrawdown(): number {
    return this.deepest;
  }
}
