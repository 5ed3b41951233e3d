const DAYS_PER_YEAR = 365;

/**
 * (1 + r)^(365/T) − 1 for windows of a year or more; null below (GIPS: shorter periods are not annualized),
 * and null for a loss beyond −100 % (fees or flows can take a period's return there), which has no real
 * annual rate: the power of a negative base would be NaN.
 */
export function annualize(periodReturn: number | null, periodDays: number): number | null {
  if (periodReturn === null || periodDays < DAYS_PER_YEAR || periodReturn < -1) return null;
  return Math.pow(1 + periodReturn, DAYS_PER_YEAR / periodDays) - 1;
}
