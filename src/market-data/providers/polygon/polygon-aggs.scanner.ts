import { BarTsvWriter, type BarTsv } from '../../bar-tsv.js';
import type { DailyBar } from '../market-data-provider.js';
import { jsonNumberToDecimal } from './json-number-decimal.js';
import { tradingDateOf } from './trading-date.js';

/** The envelope the scanner read, with the bars as `B`. */
interface ScannedEnvelope<B> {
  ticker: string | null;
  adjusted: boolean;
  status: 'OK' | 'DELAYED';
  requestId: string | null;
  nextUrl: string | null;
  bars: B;
}

/** What the scanner read: the fields parsePolygonAggs / parsePolygonGroupedDaily return. */
export type ScannedAggs = ScannedEnvelope<(DailyBar & { ticker?: string })[]>;

/** What the scanner read, the bars written as text rows (see BarTsv). */
export type ScannedAggsTsv = ScannedEnvelope<BarTsv>;

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
 * The fast path for aggregate bodies (a ten-year series is ~2,500 bars): one pass over the body's UTF-8
 * bytes (a string is encoded first) that goes from each bar's bytes to its exact decimal strings, with no JSON tree, no per-number text map and no
 * Number() of prices. It reads only the shape Polygon sends (a flat envelope, flat bars, strings without
 * escapes, status OK or DELAYED, each known key once) and validates it as strictly as the generic parser;
 * for anything else (an error status, a malformed body, an escape, a nested unknown value) it returns
 * null, and the caller runs the generic parser, which gives the same answer or the precise error.
 * `grouped`: bars carry their ticker in `T` (the grouped-daily endpoint).
 */
export function scanPolygonAggs(body: string | Buffer, grouped: boolean): ScannedAggs | null {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const sink = new ObjectSink(bytes, grouped);
  const envelope = scan(bytes, grouped, sink);
  return envelope && { ...envelope, bars: sink.bars };
}

/**
 * scanPolygonAggs for a ticker's range body (no `T`), the bars written as text rows straight from the
 * bytes: no string or object per bar. Null where scanPolygonAggs is null.
 */
export function scanPolygonAggsTsv(bytes: Buffer): ScannedAggsTsv | null {
  // A ten-year series is ~2,500 bars of ~150 bytes each.
  const sink = new TsvSink(bytes, new BarTsvWriter(Math.ceil(bytes.length / 140)));
  const envelope = scan(bytes, false, sink);
  return envelope && { ...envelope, bars: sink.writer.finish() };
}

function scan(bytes: Buffer, grouped: boolean, sink: BarSink): ScannedEnvelope<null> | null {
  try {
    return new AggsScanner(bytes, grouped, sink).body();
  } catch (error) {
    if (error === NOT_PLAIN) return null;
    throw error;
  }
}

/** The six decimal fields of a bar, in this order (vw may be absent). */
const OPEN = 0;
const HIGH = 1;
const LOW = 2;
const CLOSE = 3;
const VOLUME = 4;
const VWAP = 5;
const DECIMALS = 6;

/**
 * One bar as read, reused from bar to bar. Each decimal is the bytes [start, end) of the body (written as
 * they are); or, for Polygon's volume shape `8.8500152e+07`, those bytes shifted (the digits before the
 * point `dot`, the digits after it up to the exponent at `end`, then `zeros` zeros); or, where it had to
 * be rewritten otherwise (other exponents, trailing zeros), `text`.
 */
class BarFields {
  readonly starts = new Int32Array(DECIMALS);
  readonly ends = new Int32Array(DECIMALS);
  /** For a shifted decimal, where its point is; -1 otherwise. */
  readonly dots = new Int32Array(DECIMALS);
  readonly zeros = new Int32Array(DECIMALS);
  readonly texts: (string | null)[] = [null, null, null, null, null, null];
  /** Which decimals were read (a bit per field); vw null counts as not read. */
  seen = 0;
  t = 0;
  trades: number | null = null;
  /** The bytes of `trades` when they are its plain digits; -1 otherwise. */
  tradesStart = -1;
  tradesEnd = -1;
  ticker: string | undefined = undefined;

  reset(): void {
    this.seen = 0;
    this.trades = null;
    this.tradesStart = -1;
    this.ticker = undefined;
  }

  /** A decimal as a string (what the object sink keeps). */
  decimal(bytes: Buffer, field: number): string {
    const text = this.texts[field];
    if (text !== null) return text;
    const start = this.starts[field];
    const dot = this.dots[field];
    if (dot < 0) return latin1(bytes, start, this.ends[field]);
    const digits = latin1(bytes, start, dot) + latin1(bytes, dot + 1, this.ends[field]);
    const zeros = this.zeros[field];
    return zeros === 0 ? digits : digits + '0'.repeat(zeros);
  }
}

/** Where the scanner puts each bar. */
interface BarSink {
  bar(fields: BarFields): void;
}

/** Bars as DailyBar objects (and their ticker, for grouped bodies). */
class ObjectSink implements BarSink {
  readonly bars: (DailyBar & { ticker?: string })[] = [];

  constructor(
    private readonly bytes: Buffer,
    private readonly grouped: boolean,
  ) {}

  bar(fields: BarFields): void {
    const bytes = this.bytes;
    const bar: DailyBar = {
      date: tradingDateOf(fields.t),
      open: fields.decimal(bytes, OPEN),
      high: fields.decimal(bytes, HIGH),
      low: fields.decimal(bytes, LOW),
      close: fields.decimal(bytes, CLOSE),
      volume: fields.decimal(bytes, VOLUME),
      vwap: fields.seen & (1 << VWAP) ? fields.decimal(bytes, VWAP) : null,
      trades: fields.trades,
    };
    this.bars.push(this.grouped ? { ticker: fields.ticker, ...bar } : bar);
  }
}

/** Bars as BarTsv rows. */
class TsvSink implements BarSink {
  constructor(
    private readonly bytes: Buffer,
    readonly writer: BarTsvWriter,
  ) {}

  bar(fields: BarFields): void {
    const writer = this.writer;
    const bytes = this.bytes;
    writer.date(tradingDateOf(fields.t));
    for (let field = OPEN; field <= VWAP; field++) {
      if (field === VWAP && !(fields.seen & (1 << VWAP))) {
        writer.nullValue();
        continue;
      }
      const text = fields.texts[field];
      const dot = fields.dots[field];
      if (field === CLOSE) {
        if (text === null && dot < 0) writer.closeBytes(bytes, fields.starts[field], fields.ends[field]);
        else writer.closeText(fields.decimal(bytes, field));
      } else if (text !== null) writer.text(text);
      else if (dot >= 0)
        writer.shifted(bytes, fields.starts[field], dot, fields.ends[field], fields.zeros[field]);
      else writer.bytes(bytes, fields.starts[field], fields.ends[field]);
    }
    if (fields.trades === null) writer.nullValue();
    else if (fields.tradesStart >= 0) writer.bytes(bytes, fields.tradesStart, fields.tradesEnd);
    else writer.integer(fields.trades);
    writer.endRow();
  }
}

function latin1(bytes: Buffer, start: number, end: number): string {
  // The digits, sign, point and exponent of a number: ASCII, one byte per character.
  return bytes.toString('latin1', start, end);
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
  private readonly fields = new BarFields();
  /** Whether the last safeInteger was written as its plain digits (no sign, fraction or exponent). */
  private plainInteger = false;
  /** The last string read: its bytes [stringStart, stringEnd). */
  private stringStart = 0;
  private stringEnd = 0;

  constructor(
    private readonly bytes: Buffer,
    private readonly grouped: boolean,
    private readonly sink: BarSink,
  ) {}

  body(): ScannedEnvelope<null> {
    let ticker: string | null | undefined;
    let adjusted: boolean | undefined;
    let status: string | undefined;
    let requestId: string | undefined;
    let nextUrl: string | null | undefined;
    let results = false;
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
          if (results) throw NOT_PLAIN;
          results = true;
          this.results();
          break;
        default:
          this.skipPrimitive();
      }
      const next = this.next();
      if (next === CLOSE_BRACE) break;
      if (next !== COMMA) throw NOT_PLAIN;
    }
    this.skipWhitespace();
    if (this.pos !== this.bytes.length) throw NOT_PLAIN;
    if (status === undefined || adjusted === undefined) throw NOT_PLAIN;
    if (this.grouped && ticker !== undefined) throw NOT_PLAIN; // grouped bodies have none: keep it simple
    return {
      ticker: ticker ?? null,
      adjusted,
      status: status as 'OK' | 'DELAYED',
      requestId: requestId ?? null,
      nextUrl: nextUrl || null,
      bars: null,
    };
  }

  private results(): void {
    const c = this.peekAfterWhitespace();
    if (c === 0x6e) {
      this.literal(NULL_BYTES);
      return;
    }
    if (c !== OPEN_BRACKET) throw NOT_PLAIN;
    this.pos++;
    if (this.peekAfterWhitespace() === CLOSE_BRACKET) {
      this.pos++;
      return;
    }
    for (;;) {
      this.bar();
      const next = this.next();
      if (next === CLOSE_BRACKET) return;
      if (next !== COMMA) throw NOT_PLAIN;
    }
  }

  /** One flat bar object, handed to the sink; every price and volume kept as its exact decimal text. */
  private bar(): void {
    const fields = this.fields;
    fields.reset();
    let hasT = false;
    let hasTrades = false;
    this.expect(OPEN_BRACE);
    if (this.peekAfterWhitespace() === CLOSE_BRACE) throw NOT_PLAIN; // missing fields: the generic error
    for (;;) {
      this.stringBytes();
      this.expect(COLON);
      const length = this.stringEnd - this.stringStart;
      const first = this.bytes[this.stringStart];
      if (length === 1) {
        switch (first) {
          case 0x6f: // o
            this.decimalField(OPEN);
            break;
          case 0x68: // h
            this.decimalField(HIGH);
            break;
          case 0x6c: // l
            this.decimalField(LOW);
            break;
          case 0x63: // c
            this.decimalField(CLOSE);
            break;
          case 0x76: // v
            this.decimalField(VOLUME);
            break;
          case 0x74: // t
            if (hasT) throw NOT_PLAIN;
            hasT = true;
            fields.t = this.safeInteger();
            break;
          case 0x6e: // n
            if (hasTrades) throw NOT_PLAIN;
            hasTrades = true;
            fields.trades =
              this.peekAfterWhitespace() === 0x6e ? this.literal(NULL_BYTES) : this.safeInteger();
            if (fields.trades !== null && fields.trades < 0) throw NOT_PLAIN;
            break;
          case 0x54: // T
            if (!this.grouped) {
              this.skipPrimitive();
              break;
            }
            if (fields.ticker !== undefined) throw NOT_PLAIN;
            fields.ticker = this.string();
            if (fields.ticker === '') throw NOT_PLAIN;
            break;
          default:
            this.skipPrimitive();
        }
      } else if (length === 2 && first === 0x76 && this.bytes[this.stringStart + 1] === 0x77) {
        // vw: null is "not read" (a null vwap), but a second vw is still a duplicate
        if (fields.seen & VWAP_KEY_SEEN) throw NOT_PLAIN;
        fields.seen |= VWAP_KEY_SEEN;
        if (this.peekAfterWhitespace() === 0x6e) this.literal(NULL_BYTES);
        else this.decimalField(VWAP);
      } else {
        this.skipPrimitive();
      }
      const next = this.next();
      if (next === CLOSE_BRACE) break;
      if (next !== COMMA) throw NOT_PLAIN;
    }
    if ((fields.seen & REQUIRED_DECIMALS) !== REQUIRED_DECIMALS || !hasT) throw NOT_PLAIN;
    if (this.grouped && fields.ticker === undefined) throw NOT_PLAIN;
    this.sink.bar(fields);
  }

  /** A decimal field, once per bar: its bytes, or its rewritten text. */
  private decimalField(field: number): void {
    const fields = this.fields;
    if (fields.seen & (1 << field)) throw NOT_PLAIN;
    fields.seen |= 1 << field;
    const shape = this.number();
    fields.starts[field] = shape.start;
    fields.ends[field] = shape.end;
    fields.dots[field] = -1;
    if (shape.exponentAt >= 0 && shape.fraction && !shape.negative) {
      const zeros = this.shiftedZeros(shape);
      if (zeros >= 0) {
        fields.dots[field] = shape.start + shape.integerDigits;
        fields.ends[field] = shape.exponentAt;
        fields.zeros[field] = zeros;
        fields.texts[field] = null;
        return;
      }
    }
    fields.texts[field] = this.rewritten(shape);
  }

  /** A finite JSON number as a plain decimal string, digit for digit; null when its bytes are that already. */
  private rewritten(shape: NumberShape): string | null {
    const bytes = this.bytes;
    const canonical =
      shape.exponentAt < 0 &&
      !(shape.fraction && bytes[shape.end - 1] === ZERO) &&
      !(shape.negative && bytes[shape.start + 1] === ZERO);
    if (canonical && shape.integerDigits <= SURELY_FINITE_DIGITS) return null;
    const source = latin1(bytes, shape.start, shape.end);
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
   * what jsonNumberToDecimal gives then (whole, fraction, the zeros the exponent adds): the number of
   * zeros to add; -1 when the shape is another.
   */
  private shiftedZeros(shape: NumberShape): number {
    const bytes = this.bytes;
    const dot = shape.start + shape.integerDigits;
    // Past SURELY_FINITE_DIGITS the general rewrite checks that a double can hold it.
    if (bytes[shape.start] === ZERO || shape.integerDigits + MAX_SHIFT > SURELY_FINITE_DIGITS) return -1;
    const e = shape.exponentAt;
    let at = e + 1;
    if (bytes[at] === MINUS) return -1;
    if (bytes[at] === PLUS) at++;
    let exponent = 0;
    for (; at < shape.end; at++) {
      exponent = exponent * 10 + (bytes[at] - ZERO);
      if (exponent > MAX_SHIFT) return -1;
    }
    const zeros = exponent - (e - dot - 1);
    return zeros < 0 ? -1 : zeros;
  }

  private safeInteger(): number {
    const shape = this.number();
    const bytes = this.bytes;
    // A plain integer of up to 15 digits is exact as the sum of its digits: no substring to parse.
    this.plainInteger =
      !shape.negative && !shape.fraction && shape.exponentAt < 0 && shape.integerDigits <= 15;
    if (this.plainInteger) {
      let integer = 0;
      for (let at = shape.start; at < shape.end; at++) integer = integer * 10 + (bytes[at] - ZERO);
      return integer;
    }
    const value = Number(latin1(bytes, shape.start, shape.end));
    if (!Number.isSafeInteger(value)) throw NOT_PLAIN;
    return value;
  }

  /** -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?, its shape recorded in this.shape. */
  private number(): NumberShape {
    const bytes = this.bytes;
    const shape = this.shape;
    this.skipWhitespace();
    let pos = this.pos;
    shape.start = pos;
    shape.negative = false;
    shape.fraction = false;
    shape.exponentAt = -1;
    // Past the end, bytes[pos] is undefined: every comparison below is false, as for a non-digit.
    let c = bytes[pos];
    if (c === MINUS) {
      shape.negative = true;
      c = bytes[++pos];
    }
    const integerStart = pos;
    if (c === ZERO) c = bytes[++pos];
    else if (c > ZERO && c <= NINE) {
      do c = bytes[++pos];
      while (c >= ZERO && c <= NINE);
    } else throw NOT_PLAIN;
    shape.integerDigits = pos - integerStart;
    if (c === DOT) {
      shape.fraction = true;
      c = bytes[++pos];
      if (!(c >= ZERO && c <= NINE)) throw NOT_PLAIN;
      do c = bytes[++pos];
      while (c >= ZERO && c <= NINE);
    }
    if (c === LOWER_E || c === UPPER_E) {
      shape.exponentAt = pos;
      c = bytes[++pos];
      if (c === PLUS || c === MINUS) c = bytes[++pos];
      if (!(c >= ZERO && c <= NINE)) throw NOT_PLAIN;
      do c = bytes[++pos];
      while (c >= ZERO && c <= NINE);
    }
    shape.end = this.pos = pos;
    return shape;
  }

  /** A string without escapes or control characters (anything else is left to the generic parser). */
  private string(): string {
    this.stringBytes();
    return this.bytes.toString('utf8', this.stringStart, this.stringEnd);
  }

  /** string(), its bytes left in [stringStart, stringEnd) rather than decoded. */
  private stringBytes(): void {
    const bytes = this.bytes;
    this.skipWhitespace();
    if (bytes[this.pos] !== QUOTE) throw NOT_PLAIN;
    const start = this.pos + 1;
    const length = bytes.length;
    let pos = start;
    for (;;) {
      if (pos >= length) throw NOT_PLAIN; // the end of the body
      const c = bytes[pos];
      if (c === QUOTE) break;
      if (c === BACKSLASH || c < 0x20) throw NOT_PLAIN;
      pos++;
    }
    this.stringStart = start;
    this.stringEnd = pos;
    this.pos = pos + 1;
  }

  private nullableString(): string | null {
    return this.peekAfterWhitespace() === 0x6e ? this.literal(NULL_BYTES) : this.string();
  }

  private boolean(): boolean {
    const c = this.peekAfterWhitespace();
    if (c === 0x74) return this.literal(TRUE_BYTES);
    if (c === 0x66) return this.literal(FALSE_BYTES);
    throw NOT_PLAIN;
  }

  /** An ignored value: a string, number or literal (a nested value is left to the generic parser). */
  private skipPrimitive(): void {
    const c = this.peekAfterWhitespace();
    if (c === QUOTE) this.stringBytes();
    else if (c === 0x74) this.literal(TRUE_BYTES);
    else if (c === 0x66) this.literal(FALSE_BYTES);
    else if (c === 0x6e) this.literal(NULL_BYTES);
    else this.number();
  }

  private literal(word: typeof TRUE_BYTES): true;
  private literal(word: typeof FALSE_BYTES): false;
  private literal(word: typeof NULL_BYTES): null;
  private literal(word: Literal): boolean | null {
    const bytes = this.bytes;
    for (let i = 0; i < word.bytes.length; i++) if (bytes[this.pos + i] !== word.bytes[i]) throw NOT_PLAIN;
    this.pos += word.bytes.length;
    return word.value;
  }

  private expect(code: number): void {
    if (this.next() !== code) throw NOT_PLAIN;
  }

  /** The next non-whitespace byte, consumed (undefined past the end). */
  private next(): number | undefined {
    this.skipWhitespace();
    return this.bytes[this.pos++];
  }

  private peekAfterWhitespace(): number | undefined {
    this.skipWhitespace();
    return this.bytes[this.pos];
  }

  private skipWhitespace(): void {
    const bytes = this.bytes;
    let c = bytes[this.pos];
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = bytes[++this.pos];
  }
}

interface Literal {
  bytes: readonly number[];
  value: boolean | null;
}
const TRUE_BYTES = { bytes: [0x74, 0x72, 0x75, 0x65], value: true } as const;
const FALSE_BYTES = { bytes: [0x66, 0x61, 0x6c, 0x73, 0x65], value: false } as const;
const NULL_BYTES = { bytes: [0x6e, 0x75, 0x6c, 0x6c], value: null } as const;

/** o, h, l, c and v must each be read once. */
const REQUIRED_DECIMALS = (1 << OPEN) | (1 << HIGH) | (1 << LOW) | (1 << CLOSE) | (1 << VOLUME);
/** A vw key was read (null or not): a second one is a duplicate key. */
const VWAP_KEY_SEEN = 1 << DECIMALS;
