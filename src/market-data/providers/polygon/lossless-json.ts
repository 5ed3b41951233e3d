/**
 * JSON.parse that also remembers the source text of every number, so a price or volume can be stored
 * exactly as sent ("6.3896155e+07", "1.5032") instead of via a double. Node 20 has no JSON.parse source
 * access, hence this small strict parser (RFC 8259; no trailing commas, comments, NaN). It is written
 * for speed with char codes: a ten-year daily series is ~270 kB.
 */
export interface LosslessJson {
  value: unknown;
  /** Source text of the number at holder[key], or undefined when that value is not a number. */
  numberText(holder: object, key: string | number): string | undefined;
}

export class JsonSyntaxError extends Error {
  override readonly name = 'JsonSyntaxError';
}

const MAX_DEPTH = 64;
type Texts = Map<string | number, string>;

export function parseJsonLossless(text: string): LosslessJson {
  const parser = new Parser(text);
  const value = parser.value(null, 0);
  parser.end();
  const texts = parser.texts;
  return { value, numberText: (holder, key) => texts.get(holder)?.get(key) };
}

class Parser {
  readonly texts = new WeakMap<object, Texts>();
  private pos = 0;

  constructor(private readonly text: string) {}

  end(): void {
    this.skipWhitespace();
    if (this.pos !== this.text.length) this.fail('Unexpected data after JSON');
  }

  /** holder: where to record this value's source text if it is a number. */
  value(holder: { texts: Texts; key: string | number } | null, depth: number): unknown {
    if (depth > MAX_DEPTH) this.fail('Nesting too deep');
    this.skipWhitespace();
    const c = this.text.charCodeAt(this.pos);
    if (c === 0x7b) return this.object(depth);
    if (c === 0x5b) return this.array(depth);
    if (c === 0x22) return this.string();
    if (c === 0x74) return this.literal('true', true);
    if (c === 0x66) return this.literal('false', false);
    if (c === 0x6e) return this.literal('null', null);
    const source = this.number();
    if (holder) holder.texts.set(holder.key, source);
    return Number(source);
  }

  private object(depth: number): object {
    const result: Record<string, unknown> = {};
    const texts: Texts = new Map();
    const slot = { texts, key: '' as string | number };
    this.pos++;
    this.skipWhitespace();
    if (this.text.charCodeAt(this.pos) === 0x7d) {
      this.pos++;
      return result;
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text.charCodeAt(this.pos) !== 0x22) this.fail('Expected a property name');
      const key = this.string();
      this.skipWhitespace();
      if (this.text.charCodeAt(this.pos++) !== 0x3a) this.fail('Expected ":"');
      slot.key = key;
      const value = this.value(slot, depth + 1);
      if (key === '__proto__') {
        // a "__proto__" key must stay data, as with JSON.parse
        Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
      } else {
        result[key] = value;
      }
      this.skipWhitespace();
      const next = this.text.charCodeAt(this.pos++);
      if (next === 0x7d) break;
      if (next !== 0x2c) this.fail('Expected "," or "}"');
    }
    if (texts.size > 0) this.texts.set(result, texts);
    return result;
  }

  private array(depth: number): unknown[] {
    const result: unknown[] = [];
    const texts: Texts = new Map();
    const slot = { texts, key: 0 as string | number };
    this.pos++;
    this.skipWhitespace();
    if (this.text.charCodeAt(this.pos) === 0x5d) {
      this.pos++;
      return result;
    }
    for (;;) {
      slot.key = result.length;
      result.push(this.value(slot, depth + 1));
      this.skipWhitespace();
      const next = this.text.charCodeAt(this.pos++);
      if (next === 0x5d) break;
      if (next !== 0x2c) this.fail('Expected "," or "]"');
    }
    if (texts.size > 0) this.texts.set(result, texts);
    return result;
  }

  private string(): string {
    const text = this.text;
    const start = this.pos++;
    let escaped = false;
    for (;;) {
      const c = text.charCodeAt(this.pos++);
      if (c === 0x22) break;
      if (c === 0x5c) {
        escaped = true;
        this.pos++;
      } else if (c < 0x20 || c !== c) {
        this.pos--;
        this.fail(c !== c ? 'Unterminated string' : 'Control character in string');
      }
    }
    if (!escaped) return text.slice(start + 1, this.pos - 1);
    try {
      return JSON.parse(text.slice(start, this.pos)) as string; // rare: let the native parser decode escapes
    } catch {
      return this.fail('Bad escape in string');
    }
  }

  /** -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)? */
  private number(): string {
    const text = this.text;
    const start = this.pos;
    let c = text.charCodeAt(this.pos);
    if (c === 0x2d) c = text.charCodeAt(++this.pos);
    if (c === 0x30) c = text.charCodeAt(++this.pos);
    else if (c >= 0x31 && c <= 0x39) c = this.digits();
    else this.fail('Unexpected token');
    if (c === 0x2e) {
      this.pos++;
      if (!isDigit(text.charCodeAt(this.pos))) this.fail('Expected a digit');
      c = this.digits();
    }
    if (c === 0x65 || c === 0x45) {
      c = text.charCodeAt(++this.pos);
      if (c === 0x2b || c === 0x2d) this.pos++;
      if (!isDigit(text.charCodeAt(this.pos))) this.fail('Expected a digit');
      this.digits();
    }
    return text.slice(start, this.pos);
  }

  /** Consumes digits; returns the char code after them. */
  private digits(): number {
    let c = this.text.charCodeAt(this.pos);
    while (isDigit(c)) c = this.text.charCodeAt(++this.pos);
    return c;
  }

  private literal(word: string, value: boolean | null): boolean | null {
    if (!this.text.startsWith(word, this.pos)) this.fail('Unexpected token');
    this.pos += word.length;
    return value;
  }

  private skipWhitespace(): void {
    const text = this.text;
    let c = text.charCodeAt(this.pos);
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(++this.pos);
  }

  private fail(what: string): never {
    throw new JsonSyntaxError(`${what} at offset ${this.pos} of ${this.text.length}`);
  }
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
