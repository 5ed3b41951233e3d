const DOT = 46;
const MINUS = 45;
const ZERO = 48;
const NINE = 57;
/** 10^k, each exact in a double. */
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, k) => 10 ** k);
/** Up to 15 digits the digits as an integer are exact in a double (below 2^53). */
const MAX_FAST_DIGITS = 15;

/**
 * A position in a text of separated decimal numbers (PostgreSQL's numeric texts, packed), read in place
 * over the character codes: no substring per number.
 */
export class DecimalCursor {
  at = 0;

  constructor(protected readonly source: string) {}

  /**
   * The number from here up to the next `separator` char code (or the end), exactly the double Number()
   * gives for that text: up to 15 digits it is its digits as an integer divided by a power of ten, both
   * exact, so the one rounding of the division gives the nearest double, as Number() does; longer or
   * unusual texts (NaN, Infinity, an exponent) go through Number(). The cursor moves past the separator:
   * past the end of the text (`at` > its length) when there was none.
   */
  decimal(separator: number): number {
    const text = this.source;
    const length = text.length;
    const from = this.at;
    let at = from;
    let negative = false;
    if (text.charCodeAt(at) === MINUS) {
      negative = true;
      at++;
    }
    let digits = 0;
    let mantissa = 0;
    let scale = 0;
    let dot = false;
    let plain = true;
    for (; at < length; at++) {
      const code = text.charCodeAt(at);
      if (code === separator) break;
      if (code >= ZERO && code <= NINE) {
        mantissa = mantissa * 10 + (code - ZERO);
        digits++;
        if (dot) scale++;
      } else if (code === DOT && !dot) dot = true;
      else plain = false;
    }
    this.at = at + 1;
    if (plain && digits > 0 && digits <= MAX_FAST_DIGITS) {
      const value = mantissa / POWERS_OF_TEN[scale];
      return negative ? -value : value;
    }
    return Number(text.slice(from, at));
  }
}
