import type { DailyBar } from '../market-data-provider.js';
import { jsonNumberToDecimal } from './json-number-decimal.js';
import { tradingDateOf } from './trading-date.js';

/** What the scanner read: the fields parsePolygonAggs / parsePolygonGroupedDaily return. */
export interface ScannedAggs {
  ticker: string | null;
  adjusted: boolean;
  status: 'OK' | 'DELAYED';
  requestId: string | null;
  nextUrl: string | null;
  bars: (DailyBar & { ticker?: string })[];
}

/** The scanner gives up: the body is not in the plain shape it reads (the generic parser decides). */
class NotPlain {}
const NOT_PLAIN = new NotPlain();

// Char codes.
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;
const LOWER_E = 0x65;
const UPPER_E = 0x45;

/** Integer digits below which a number without exponent is surely finite as a double. */
const SURELY_FINITE_DIGITS = 300;

/** The largest exponent the volume fast path shifts by (larger ones take the general rewrite). */
const MAX_SHIFT = 30;

/**
 * The fast path for aggregate bodies (a ten-year series is ~2,500 bars): one pass over the text that goes
 * from each bar's bytes to its exact decimal strings, with no JSON tree, no per-number text map and no
 * Number() of prices. It reads only the shape Polygon sends (a flat envelope, flat bars, strings without
 * escapes, status OK or DELAYED, each known key once) and validates it as strictly as the generic parser;
 * for anything else (an error status, a malformed body, an escape, a nested unknown value) it returns
 * null, and the caller runs the generic parser, which gives the same answer or the precise error.
 * `grouped`: bars carry their ticker in `T` (the grouped-daily endpoint).
 */
export function scanPolygonAggs(text: string, grouped: boolean): ScannedAggs | null {
  try {
    return new AggsScanner(text, grouped).body();
  } catch (error) {
    if (error === NOT_PLAIN) return null;
    throw error;
  }
}

/** What one number token looked like (set by AggsScanner.number). */
interface NumberShape {
  start: number;
  end: number;
  negative: boolean;
  integerDigits: number;
  fraction: boolean;
  /** Where the `e` or `E` is; -1 without an exponent. */
  exponentAt: number;
}

class AggsScanner {
  private pos = 0;
  private readonly shape: NumberShape = {
    start: 0,
    end: 0,
    negative: false,
    integerDigits: 0,
    fraction: false,
    exponentAt: -1,
  };

  constructor(
    private readonly text: string,
    private readonly grouped: boolean,
  ) {}

  body(): ScannedAggs {
    let ticker: string | null | undefined;
    let adjusted: boolean | undefined;
    let status: string | undefined;
    let requestId: string | undefined;
    let nextUrl: string | null | undefined;
    let bars: ScannedAggs['bars'] | undefined;
    this.expect(OPEN_BRACE); // an empty body has no status: the generic parser says so
    for (;;) {
      const key = this.string();
      this.expect(COLON);
      switch (key) {
        case 'ticker':
          if (ticker !== undefined) throw NOT_PLAIN;
          ticker = this.nullableString();
          if (ticker === null) throw NOT_PLAIN; // the generic parser's message
          break;
        case 'adjusted':
          if (adjusted !== undefined) throw NOT_PLAIN;
          adjusted = this.boolean();
          break;
        case 'status':
          if (status !== undefined) throw NOT_PLAIN;
          status = this.string();
          if (status !== 'OK' && status !== 'DELAYED') throw NOT_PLAIN;
          break;
        case 'request_id':
          if (requestId !== undefined) throw NOT_PLAIN;
          requestId = this.string();
          break;
        case 'next_url':
          if (nextUrl !== undefined) throw NOT_PLAIN;
          nextUrl = this.nullableString();
          break;
        case 'results':
          if (bars !== undefined) throw NOT_PLAIN;
          bars = this.results();
          break;
        default:
          this.skipPrimitive();
      }
      const next = this.next();
      if (next === CLOSE_BRACE) break;
      if (next !== COMMA) throw NOT_PLAIN;
    }
    this.skipWhitespace();
    if (this.pos !== this.text.length) throw NOT_PLAIN;
    if (status === undefined || adjusted === undefined) throw NOT_PLAIN;
    if (this.grouped && ticker !== undefined) throw NOT_PLAIN; // grouped bodies have none: keep it simple
    return {
      ticker: ticker ?? null,
      adjusted,
      status: status as 'OK' | 'DELAYED',
      requestId: requestId ?? null,
      nextUrl: nextUrl || null,
      bars: bars ?? [],
    };
  }

  private results(): ScannedAggs['bars'] {
    const c = this.peekAfterWhitespace();
    if (c === 0x6e) {
      this.literal('null');
      return [];
    }
    if (c !== OPEN_BRACKET) throw NOT_PLAIN;
    this.pos++;
    const bars: ScannedAggs['bars'] = [];
    if (this.peekAfterWhitespace() === CLOSE_BRACKET) {
      this.pos++;
      return bars;
    }
    for (;;) {
      bars.push(this.bar());
      const next = this.next();
      if (next === CLOSE_BRACKET) return bars;
      if (next !== COMMA) throw NOT_PLAIN;
    }
  }

  /** One flat bar object; every price and volume kept as its exact decimal text. */
  private bar(): DailyBar & { ticker?: string } {
    let open: string | undefined;
    let high: string | undefined;
    let low: string | undefined;
    let close: string | undefined;
    let volume: string | undefined;
    let vwap: string | null | undefined;
    let t: number | undefined;
    let trades: number | null | undefined;
    let ticker: string | undefined;
    this.expect(OPEN_BRACE);
    if (this.peekAfterWhitespace() === CLOSE_BRACE) throw NOT_PLAIN; // missing fields: the generic error
    for (;;) {
      const key = this.string();
      this.expect(COLON);
      if (key.length === 1) {
        switch (key.charCodeAt(0)) {
          case 0x6f: // o
            if (open !== undefined) throw NOT_PLAIN;
            open = this.decimal();
            break;
          case 0x68: // h
            if (high !== undefined) throw NOT_PLAIN;
            high = this.decimal();
            break;
          case 0x6c: // l
            if (low !== undefined) throw NOT_PLAIN;
            low = this.decimal();
            break;
          case 0x63: // c
            if (close !== undefined) throw NOT_PLAIN;
            close = this.decimal();
            break;
          case 0x76: // v
            if (volume !== undefined) throw NOT_PLAIN;
            volume = this.decimal();
            break;
          case 0x74: // t
            if (t !== undefined) throw NOT_PLAIN;
            t = this.safeInteger();
            break;
          case 0x6e: // n
            if (trades !== undefined) throw NOT_PLAIN;
            trades = this.peekAfterWhitespace() === 0x6e ? this.literal('null') : this.safeInteger();
            if (trades !== null && trades < 0) throw NOT_PLAIN;
            break;
          case 0x54: // T
            if (!this.grouped) {
              this.skipPrimitive();
              break;
            }
            if (ticker !== undefined) throw NOT_PLAIN;
            ticker = this.string();
            if (ticker === '') throw NOT_PLAIN;
            break;
          default:
            this.skipPrimitive();
        }
      } else if (key === 'vw') {
        if (vwap !== undefined) throw NOT_PLAIN;
        vwap = this.peekAfterWhitespace() === 0x6e ? this.literal('null') : this.decimal();
      } else {
        this.skipPrimitive();
      }
      const next = this.next();
      if (next === CLOSE_BRACE) break;
      if (next !== COMMA) throw NOT_PLAIN;
    }
    if (
      open === undefined ||
      high === undefined ||
      low === undefined ||
      close === undefined ||
      volume === undefined ||
      t === undefined ||
      (this.grouped && ticker === undefined)
    ) {
      throw NOT_PLAIN;
    }
    const bar: DailyBar = {
      date: tradingDateOf(t),
      open,
      high,
      low,
      close,
      volume,
      vwap: vwap ?? null,
      trades: trades ?? null,
    };
    return this.grouped ? { ticker, ...bar } : bar;
  }

  /** A finite JSON number as a plain decimal string, digit for digit. */
  private decimal(): string {
    const shape = this.number();
    if (shape.exponentAt >= 0 && shape.fraction && !shape.negative) {
      const shifted = this.shiftedInteger(shape);
      if (shifted !== undefined) return shifted;
    }
    const source = this.text.slice(shape.start, shape.end);
    const canonical =
      shape.exponentAt < 0 &&
      !(shape.fraction && this.text.charCodeAt(shape.end - 1) === ZERO) &&
      !(shape.negative && this.text.charCodeAt(shape.start + 1) === ZERO);
    if (canonical && shape.integerDigits <= SURELY_FINITE_DIGITS) return source;
    let decimal: string;
    try {
      decimal = jsonNumberToDecimal(source);
    } catch {
      throw NOT_PLAIN; // an exponent beyond any price: the generic parser reports it
    }
    const point = decimal.indexOf('.');
    if ((point < 0 ? decimal.length : point) > SURELY_FINITE_DIGITS && !Number.isFinite(Number(source))) {
      throw NOT_PLAIN; // beyond a double: the generic parser says "not a finite number"
    }
    return decimal;
  }

  /**
   * Polygon's volume shape, `8.8500152e+07`, shifted to its integer without the general rewrite: a whole
   * part other than 0, a positive exponent of at least the fraction's digits (up to MAX_SHIFT). Exactly
   * what jsonNumberToDecimal gives then (whole, fraction, the zeros the exponent adds); undefined otherwise.
   */
  private shiftedInteger(shape: NumberShape): string | undefined {
    const text = this.text;
    const dot = shape.start + shape.integerDigits;
    // Past SURELY_FINITE_DIGITS the general rewrite checks that a double can hold it.
    if (text.charCodeAt(shape.start) === ZERO || shape.integerDigits + MAX_SHIFT > SURELY_FINITE_DIGITS)
      return undefined;
    const e = shape.exponentAt;
    let at = e + 1;
    if (text.charCodeAt(at) === MINUS) return undefined;
    if (text.charCodeAt(at) === PLUS) at++;
    let exponent = 0;
    for (; at < shape.end; at++) {
      exponent = exponent * 10 + (text.charCodeAt(at) - ZERO);
      if (exponent > MAX_SHIFT) return undefined;
    }
    const zeros = exponent - (e - dot - 1);
    if (zeros < 0) return undefined;
    const digits = text.slice(shape.start, dot) + text.slice(dot + 1, e);
    return zeros === 0 ? digits : digits + '0'.repeat(zeros);
  }

  private safeInteger(): number {
    const shape = this.number();
    // A plain integer of up to 15 digits is exact as the sum of its digits: no substring to parse.
    if (!shape.negative && !shape.fraction && shape.exponentAt < 0 && shape.integerDigits <= 15) {
      const text = this.text;
      let integer = 0;
      for (let at = shape.start; at < shape.end; at++) integer = integer * 10 + (text.charCodeAt(at) - ZERO);
      return integer;
    }
    const value = Number(this.text.slice(shape.start, shape.end));
    if (!Number.isSafeInteger(value)) throw NOT_PLAIN;
    return value;
  }

  /** -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?, its shape recorded in this.shape. */
  private number(): NumberShape {
    const text = this.text;
    const shape = this.shape;
    this.skipWhitespace();
    let pos = this.pos;
    shape.start = pos;
    shape.negative = false;
    shape.fraction = false;
    shape.exponentAt = -1;
    let c = text.charCodeAt(pos);
    if (c === MINUS) {
      shape.negative = true;
      c = text.charCodeAt(++pos);
    }
    const integerStart = pos;
    if (c === ZERO) c = text.charCodeAt(++pos);
    else if (c > ZERO && c <= NINE) {
      do c = text.charCodeAt(++pos);
      while (c >= ZERO && c <= NINE);
    } else throw NOT_PLAIN;
    shape.integerDigits = pos - integerStart;
    if (c === DOT) {
      shape.fraction = true;
      c = text.charCodeAt(++pos);
      if (!(c >= ZERO && c <= NINE)) throw NOT_PLAIN;
      do c = text.charCodeAt(++pos);
      while (c >= ZERO && c <= NINE);
    }
    if (c === LOWER_E || c === UPPER_E) {
      shape.exponentAt = pos;
      c = text.charCodeAt(++pos);
      if (c === PLUS || c === MINUS) c = text.charCodeAt(++pos);
      if (!(c >= ZERO && c <= NINE)) throw NOT_PLAIN;
      do c = text.charCodeAt(++pos);
      while (c >= ZERO && c <= NINE);
    }
    shape.end = this.pos = pos;
    return shape;
  }

  /** A string without escapes or control characters (anything else is left to the generic parser). */
  private string(): string {
    const text = this.text;
    this.skipWhitespace();
    if (text.charCodeAt(this.pos) !== QUOTE) throw NOT_PLAIN;
    const start = this.pos + 1;
    let pos = start;
    for (;;) {
      const c = text.charCodeAt(pos);
      if (c === QUOTE) break;
      if (c === BACKSLASH || c < 0x20 || c !== c) throw NOT_PLAIN; // c !== c: NaN, the end of the text
      pos++;
    }
    this.pos = pos + 1;
    return text.slice(start, pos);
  }

  private nullableString(): string | null {
    return this.peekAfterWhitespace() === 0x6e ? this.literal('null') : this.string();
  }

  private boolean(): boolean {
    const c = this.peekAfterWhitespace();
    if (c === 0x74) return this.literal('true');
    if (c === 0x66) return this.literal('false');
    throw NOT_PLAIN;
  }

  /** An ignored value: a string, number or literal (a nested value is left to the generic parser). */
  private skipPrimitive(): void {
    const c = this.peekAfterWhitespace();
    if (c === QUOTE) this.string();
    else if (c === 0x74) this.literal('true');
    else if (c === 0x66) this.literal('false');
    else if (c === 0x6e) this.literal('null');
    else this.number();
  }

  private literal(word: 'true'): true;
  private literal(word: 'false'): false;
  private literal(word: 'null'): null;
  private literal(word: 'true' | 'false' | 'null'): boolean | null {
    if (!this.text.startsWith(word, this.pos)) throw NOT_PLAIN;
    this.pos += word.length;
    return word === 'null' ? null : word === 'true';
  }

  private expect(code: number): void {
    if (this.next() !== code) throw NOT_PLAIN;
  }

  /** The next non-whitespace char code, consumed. */
  private next(): number {
    this.skipWhitespace();
    return this.text.charCodeAt(this.pos++);
  }

  private peekAfterWhitespace(): number {
    this.skipWhitespace();
    return this.text.charCodeAt(this.pos);
  }

  private skipWhitespace(): void {
    const text = this.text;
    let c = text.charCodeAt(this.pos);
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(++this.pos);
  }
}
