import { plainDecimal } from './plain-decimal.js';

describe('plainDecimal', () => {
  it.each([
    [187.15, '187.15'],
    [1e-7, '0.0000001'],
    [1.5e-10, '0.00000000015'],
    [1e20, '100000000000000000000'],
    [0, '0'],
  ])('%s → %s', (value, text) => {
    expect(plainDecimal(value)).toBe(text);
  });

  it('keeps the exponent from 1e21 up (longer than any decimal pattern takes)', () => {
    expect(plainDecimal(1e21)).toBe('1e+21');
  });
});
