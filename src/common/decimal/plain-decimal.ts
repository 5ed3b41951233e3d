/**
 * A finite JSON number as the decimal string it denotes, without the exponent JavaScript prints below
 * 1e-6 (1e-7 → "0.0000001"), so decimal patterns see digits; 1e21 and above keep their exponent and
 * stay refused as too long.
 */
export function plainDecimal(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toFixed(20).replace(/\.?0+$/, '');
}
