/** Exact arithmetic on quantities with at most 8 decimals: scaled to integer units of 1e-8. */
const SCALE = 8;
const FACTOR = 10n ** BigInt(SCALE);

export function toUnits(decimal: string): bigint {
  const negative = decimal.startsWith('-');
  const [whole, fraction = ''] = (negative ? decimal.slice(1) : decimal).split('.');
  const units = BigInt(whole || '0') * FACTOR + BigInt((fraction + '0'.repeat(SCALE)).slice(0, SCALE));
  return negative ? -units : units;
}

export function fromUnits(units: bigint): string {
  const negative = units < 0n;
  const abs = negative ? -units : units;
  const whole = abs / FACTOR;
  const fraction = (abs % FACTOR).toString().padStart(SCALE, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** Postgres returns numeric(28,8) padded ("10.00000000"); this gives the shortest exact form. */
export const normalizeDecimal = (decimal: string): string => fromUnits(toUnits(decimal));
