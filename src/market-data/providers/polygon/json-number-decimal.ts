/** Beyond this an exponent cannot be a price or a volume; refuse rather than build huge strings. */
const MAX_EXPONENT = 400;

/**
 * Rewrites a JSON number's text as a plain decimal without going through a double:
 * "6.3896155e+07" → "63896155", "642646396.0" → "642646396", "1.5e-3" → "0.0015".
 * Pure string shifting of the digits, so every digit sent is kept. Written with char codes, no regular
 * expressions: Polygon sends every volume in exponent form, so this runs once per bar.
 */
export function jsonNumberToDecimal(text: string): string {
  const length = text.length;
  let i = 0;
  const negative = text.charCodeAt(0) === 0x2d;
  if (negative) i++;
  const wholeStart = i;
  while (isDigit(text.charCodeAt(i))) i++;
  const wholeEnd = i;
  let fractionEnd = i;
  if (text.charCodeAt(i) === 0x2e) {
    i++;
    while (isDigit(text.charCodeAt(i))) i++;
    fractionEnd = i;
    if (fractionEnd === wholeEnd + 1) throw notANumber(text);
  }
  let exponent = 0;
  const e = text.charCodeAt(i);
  if (e === 0x65 || e === 0x45) {
    const exponentStart = ++i;
    const sign = text.charCodeAt(i);
    if (sign === 0x2b || sign === 0x2d) i++;
    const digitsStart = i;
    while (isDigit(text.charCodeAt(i))) i++;
    if (i === digitsStart) throw notANumber(text);
    exponent = Number(text.slice(exponentStart, i));
  }
  if (wholeEnd === wholeStart || i !== length) throw notANumber(text);
  if (!(Math.abs(exponent) <= MAX_EXPONENT)) {
    throw new RangeError(`Exponent out of range: ${text.slice(0, 40)}`);
  }
  const fractionStart = fractionEnd > wholeEnd ? wholeEnd + 1 : wholeEnd;
  const whole = text.slice(wholeStart, wholeEnd);
  const digits = fractionEnd > wholeEnd ? whole + text.slice(fractionStart, fractionEnd) : whole;
  const point = whole.length + exponent;
  let integerPart: string;
  let fractionPart: string;
  if (point <= 0) {
    integerPart = '0';
    fractionPart = '0'.repeat(-point) + digits;
  } else if (point >= digits.length) {
    integerPart = point === digits.length ? digits : digits + '0'.repeat(point - digits.length);
    fractionPart = '';
  } else {
    integerPart = digits.slice(0, point);
    fractionPart = digits.slice(point);
  }
  let lead = 0;
  while (lead < integerPart.length - 1 && integerPart.charCodeAt(lead) === 0x30) lead++;
  if (lead > 0) integerPart = integerPart.slice(lead);
  let end = fractionPart.length;
  while (end > 0 && fractionPart.charCodeAt(end - 1) === 0x30) end--;
  if (end < fractionPart.length) fractionPart = fractionPart.slice(0, end);
  const magnitude = fractionPart ? `${integerPart}.${fractionPart}` : integerPart;
  return negative && magnitude !== '0' ? `-${magnitude}` : magnitude;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function notANumber(text: string): RangeError {
  return new RangeError(`Not a JSON number: ${text.slice(0, 40)}`);
}
