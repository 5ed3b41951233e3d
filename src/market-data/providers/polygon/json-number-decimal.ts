const JSON_NUMBER = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;
/** Beyond this an exponent cannot be a price or a volume; refuse rather than build huge strings. */
const MAX_EXPONENT = 400;

/**
 * Rewrites a JSON number's text as a plain decimal without going through a double:
 * "6.3896155e+07" → "63896155", "642646396.0" → "642646396", "1.5e-3" → "0.0015".
 * Pure string shifting of the digits, so every digit sent is kept.
 */
export function jsonNumberToDecimal(text: string): string {
  if (isPlainDecimal(text)) return text; // the usual price: nothing to shift or trim
  const match = JSON_NUMBER.exec(text);
  if (!match) throw new RangeError(`Not a JSON number: ${text.slice(0, 40)}`);
  const [, sign, whole, fraction = '', exponentText = '0'] = match;
  const exponent = Number(exponentText);
  if (Math.abs(exponent) > MAX_EXPONENT) throw new RangeError(`Exponent out of range: ${text.slice(0, 40)}`);
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

/** Already canonical: no exponent, no trailing fractional zero, not negative zero (JSON has no leading zeros). */
function isPlainDecimal(text: string): boolean {
  if (text.indexOf('e') >= 0 || text.indexOf('E') >= 0 || text.startsWith('-0')) return false;
  if (text.indexOf('.') >= 0 && text.endsWith('0')) return false;
  return text.length > 0 && text.length <= 40 && JSON_PLAIN.test(text);
}

const JSON_PLAIN = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;
