import { jsonNumberToDecimal } from './json-number-decimal.js';

describe('jsonNumberToDecimal', () => {
  it.each([
    ['6.3896155e+07', '63896155'],
    ['1.12117471e+08', '112117471'],
    ['7.0661926525697e+07', '70661926.525697'],
    ['8.3484e+06', '8348400'],
    ['642646396.0', '642646396'],
    ['131.2636', '131.2636'],
    ['1.5032', '1.5032'],
    ['0', '0'],
    ['-0.0', '0'],
    ['-2.50', '-2.5'],
    ['1.5e-3', '0.0015'],
    ['1E2', '100'],
    ['12345678901234567890.123456789', '12345678901234567890.123456789'],
    ['9.007199254740993e+15', '9007199254740993'],
  ])('%s → %s', (text, expected) => {
    expect(jsonNumberToDecimal(text)).toBe(expected);
  });

  it('rejects text that is not a JSON number', () => {
    expect(() => jsonNumberToDecimal('1e')).toThrow(RangeError);
    expect(() => jsonNumberToDecimal('1e999')).toThrow(RangeError);
  });
});
