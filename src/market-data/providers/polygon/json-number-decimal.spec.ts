import { mulberry32 } from '../../../../test/support/seeded-random.js';
import { jsonNumberToDecimal } from './json-number-decimal.js';

/** The first, regular-expression version, kept as the reference the char-code version must match. */
function referenceDecimal(text: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!match) throw new RangeError('not a number');
  const [, sign, whole, fraction = '', exponentText = '0'] = match;
  const exponent = Number(exponentText);
  if (Math.abs(exponent) > 400) throw new RangeError('exponent');
  const digits = whole + fraction;
  const point = whole.length + exponent;
  let integerPart: string;
  let fractionPart: string;
  if (point <= 0) {
    integerPart = '0';
    fractionPart = '0'.repeat(-point) + digits;
  } else if (point >= digits.length) {
    integerPart = digits + '0'.repeat(point - digits.length);
    fractionPart = '';
  } else {
    integerPart = digits.slice(0, point);
    fractionPart = digits.slice(point);
  }
  integerPart = integerPart.replace(/^0+(?=\d)/, '');
  fractionPart = fractionPart.replace(/0+$/, '');
  const magnitude = fractionPart ? `${integerPart}.${fractionPart}` : integerPart;
  return sign && magnitude !== '0' ? `-${magnitude}` : magnitude;
}

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

  it('rejects malformed text', () => {
    for (const text of [
      '',
      '-',
      '.5',
      '1.',
      '1.e3',
      '1e+',
      'e3',
      '1e3.5',
      '1x',
      ' 1',
      '--1',
      '0x10',
      '1e400.0',
    ])
      expect(() => jsonNumberToDecimal(text)).toThrow(RangeError);
  });

  it('answers as the reference version for random numbers (seeded)', () => {
    const random = mulberry32(7);
    const digits = (max: number, leadingZeros = true) => {
      let text = '';
      for (let n = 1 + Math.floor(random() * max); n > 0; n--) text += String(Math.floor(random() * 10));
      return leadingZeros || text.length === 1 ? text : text.replace(/^0+(?=\d)/, '1');
    };
    for (let i = 0; i < 5_000; i++) {
      let text = (random() < 0.2 ? '-' : '') + digits(25, random() < 0.1);
      if (random() < 0.6) text += `.${digits(20)}`;
      if (random() < 0.5)
        text += `${random() < 0.5 ? 'e' : 'E'}${['', '+', '-'][Math.floor(random() * 3)]}${digits(3)}`;
      let expected: string;
      try {
        expected = referenceDecimal(text);
      } catch {
        expect(() => jsonNumberToDecimal(text)).toThrow(RangeError);
        continue;
      }
      expect(jsonNumberToDecimal(text)).toBe(expected);
    }
  });
});
