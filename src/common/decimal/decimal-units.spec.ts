import { fromUnits, normalizeDecimal, toUnits } from './decimal-units.js';

describe('decimal units', () => {
  it('round-trips 8-decimal quantities exactly', () => {
    for (const value of ['0', '1', '0.1', '0.00000001', '12345678901234567890.12345678', '-3.5']) {
      expect(fromUnits(toUnits(value))).toBe(value);
    }
  });
  it('adds without floating-point error', () => {
    expect(fromUnits(toUnits('0.1') + toUnits('0.2'))).toBe('0.3');
  });
  it('normalizes the padded form Postgres returns', () => {
    expect(normalizeDecimal('10.00000000')).toBe('10');
    expect(normalizeDecimal('2.50000000')).toBe('2.5');
  });
});
