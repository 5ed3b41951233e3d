import fc from 'fast-check';
import {
  EXTREME_BUT_NARROW_DATES,
  HOSTILE_DATES,
  HOSTILE_NUMBERS,
  hostileJsonValue,
  hostileText,
  markedString,
  WIDE_WINDOW_DATES,
  SHRINK_ACROSS,
} from './hostile-values.js';
import type { Schema } from './openapi-operations.js';

/** What the generators know beyond the document: the seeded ids, and how wide a date may range. */
export interface FuzzContext {
  /** Known values by kind (`customers/{id}`, `DELETE customers/{id}`, `ticker`, `customerKey`, …). */
  pools: Record<string, string[]>;
  /** Today (UTC) as YYYY-MM-DD. */
  today: string;
  /** Whether dates may make a window centuries wide (FUZZ_WIDE_WINDOWS=1; always, off the returns routes). */
  wideWindows: boolean;
}

/** Property names whose values the seeded data set knows (the document types them as plain strings). */
const TICKER_HINTS = new Set(['ticker', 'tickers', 'benchmark']);

/** Omitted from an object (a sentinel, since `undefined` would shrink to it anyway). */
export const OMIT = Symbol('omit');

const DAY_MS = 86_400_000;
const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Years a date window may reach without FUZZ_WIDE_WINDOWS: up to a year ahead of today. */
function withinNarrowYears(date: string, context: FuzzContext): boolean {
  const match = /^(\d{4})-/.exec(date);
  if (!match) return true;
  const year = Number(match[1]);
  return year >= 1969 && date <= isoDay(Date.parse(context.today) + 365 * DAY_MS);
}

/** Valid calendar dates: mostly within the seeded prices (first half of 2024), some recent, some extreme. */
export function validDate(context: FuzzContext): fc.Arbitrary<string> {
  const seeded = Date.UTC(2023, 11, 1);
  const today = Date.parse(context.today);
  return fc.oneof(
    SHRINK_ACROSS,
    { weight: 6, arbitrary: fc.integer({ min: 0, max: 240 }).map((day) => isoDay(seeded + day * DAY_MS)) },
    { weight: 2, arbitrary: fc.integer({ min: -30, max: 30 }).map((day) => isoDay(today + day * DAY_MS)) },
    { weight: 1, arbitrary: fc.constantFrom(...EXTREME_BUT_NARROW_DATES) },
    {
      weight: context.wideWindows ? 1 : 0,
      arbitrary: fc.constantFrom(...WIDE_WINDOW_DATES),
    },
  );
}

/** Invalid or far-away dates (without FUZZ_WIDE_WINDOWS, none that widen a window beyond 1969 … today+1y). */
export function hostileDate(context: FuzzContext): fc.Arbitrary<string> {
  const dates = context.wideWindows
    ? HOSTILE_DATES
    : HOSTILE_DATES.filter((d) => withinNarrowYears(d, context));
  return fc.constantFrom(...dates);
}

const decimalString = (): fc.Arbitrary<string> =>
  fc
    .tuple(fc.integer({ min: 1, max: 1_000_000_000 }), fc.integer({ min: 0, max: 8 }))
    .map(([units, scale]) => (units / 10 ** scale).toFixed(scale));

/** A value the schema accepts (as far as the document says). */
export function validValue(schema: Schema, context: FuzzContext, hint = ''): fc.Arbitrary<unknown> {
  if (schema.oneOf?.length)
    return fc.oneof(SHRINK_ACROSS, ...schema.oneOf.map((option) => validValue(option, context, hint)));
  if (schema.allOf?.length) {
    const merged = Object.assign({}, ...schema.allOf, { ...schema, allOf: undefined }) as Schema;
    // `allOf: [Object]` with bounds is how the document writes a query integer (skip, limit).
    if (merged.type === 'object' && !merged.properties && (merged.minimum ?? merged.maximum) !== undefined) {
      merged.type = 'integer';
    }
    return validValue(merged, context, hint);
  }
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'string':
      return validString(schema, context, hint);
    case 'integer': {
      const min = schema.minimum ?? 0;
      const max = schema.maximum ?? 1_000_000;
      return fc.oneof(SHRINK_ACROSS, fc.constantFrom(min, max), fc.integer({ min, max }));
    }
    case 'number':
      return decimalString().map(Number);
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const items = schema.items ?? {};
      return fc.array(validValue(items, context, hint), { maxLength: Math.min(schema.maxItems ?? 5, 5) });
    }
    case 'object':
    default:
      if (schema.properties)
        return objectOf(schema, context, (property, name) => validValue(property, context, name));
      return priceRow(context);
  }
}

function validString(schema: Schema, context: FuzzContext, hint: string): fc.Arbitrary<string> {
  if (schema.format === 'date') return validDate(context);
  const known = TICKER_HINTS.has(hint) ? (context.pools.ticker ?? []) : [];
  const generated = schema.pattern
    ? fc.stringMatching(new RegExp(schema.pattern))
    : hint === 'email'
      ? markedString().map((local) => `${local}@example.com`)
      : hint === 'quantity' || hint === 'price'
        ? decimalString()
        : markedString().map((text) => text.slice(0, schema.maxLength ?? text.length));
  return known.length
    ? fc.oneof(SHRINK_ACROSS, { weight: 3, arbitrary: fc.constantFrom(...known) }, generated)
    : generated;
}

/**
 * The document types an imported price row as a bare object; its description names the columns
 * (date, open, high, low, close, volume), so rows are built from those.
 */
function priceRow(context: FuzzContext): fc.Arbitrary<Record<string, unknown>> {
  const price = fc.oneof(SHRINK_ACROSS, decimalString().map(Number), decimalString());
  return fc.record({
    date: validDate(context),
    open: price,
    high: price,
    low: price,
    close: price,
    volume: fc.integer({ min: 0, max: 1e9 }),
  });
}

function objectOf(
  schema: Schema,
  context: FuzzContext,
  field: (property: Schema, name: string) => fc.Arbitrary<unknown>,
): fc.Arbitrary<Record<string, unknown>> {
  const required = new Set(schema.required ?? []);
  const entries = Object.entries(schema.properties ?? {}).map(([name, property]) => {
    const value = required.has(name)
      ? fc.oneof(
          SHRINK_ACROSS,
          { weight: 9, arbitrary: field(property, name) },
          { weight: 1, arbitrary: fc.constant(OMIT) },
        )
      : fc.option(field(property, name), { nil: OMIT, freq: 2 });
    return [name, value] as const;
  });
  return fc
    .record(Object.fromEntries(entries) as Record<string, fc.Arbitrary<unknown>>)
    .map((record) => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== OMIT)));
}

/** A value of the wrong type, out of bounds, malformed, or hostile text, for a field of this schema. */
export function hostileValue(schema: Schema, context: FuzzContext): fc.Arbitrary<unknown> {
  const specific: fc.Arbitrary<unknown>[] = [];
  const types = [schema, ...(schema.oneOf ?? []), ...(schema.allOf ?? [])];
  if (types.some((s) => s.format === 'date')) specific.push(hostileDate(context));
  if (types.some((s) => s.type === 'number' || s.type === 'integer' || s.minimum !== undefined)) {
    specific.push(fc.constantFrom(...HOSTILE_NUMBERS));
  }
  if (schema.maxLength !== undefined) {
    specific.push(markedString().map((text) => text.padEnd(schema.maxLength! + 1, 'x')));
  }
  if (schema.enum?.length) {
    specific.push(fc.constantFrom(...schema.enum.map((value) => String(value).toLowerCase() + ' ')));
  }
  if (schema.type === 'array') {
    specific.push(fc.array(hostileJsonValue(), { maxLength: 3 }));
    specific.push(fc.constant(Array.from({ length: (schema.maxItems ?? 1000) + 1 }, (_, i) => `T${i}`)));
  }
  specific.push(hostileText());
  return fc.oneof(
    SHRINK_ACROSS,
    { weight: 2, arbitrary: fc.oneof(SHRINK_ACROSS, ...specific) },
    { weight: 1, arbitrary: hostileJsonValue() },
  );
}

/** Mostly valid, sometimes hostile; objects and arrays mutate field by field so that shrinking isolates one. */
export function fuzzValue(schema: Schema, context: FuzzContext, hint = ''): fc.Arbitrary<unknown> {
  const resolved = schema.allOf?.length ? (Object.assign({}, ...schema.allOf, schema) as Schema) : schema;
  let valid: fc.Arbitrary<unknown>;
  if (resolved.type === 'object' && resolved.properties) {
    valid = objectOf(resolved, context, (property, name) => fuzzValue(property, context, name)).chain(
      (object) =>
        // Unknown properties, including prototype keys, now and then.
        fc
          .option(fc.constantFrom('__proto__', 'constructor', 'id', 'customer_id', 'created_at', 'extra'), {
            freq: 8,
          })
          .chain((extra) =>
            extra === null
              ? fc.constant(object)
              : hostileJsonValue().map((value) => withOwnProperty(object, extra, value)),
          ),
    );
  } else if (resolved.type === 'array' && resolved.items) {
    valid = fc.array(fuzzValue(resolved.items, context, hint), {
      maxLength: Math.min(resolved.maxItems ?? 5, 5),
    });
  } else {
    valid = validValue(resolved, context, hint);
  }
  return fc.oneof(
    SHRINK_ACROSS,
    { weight: 8, arbitrary: valid },
    { weight: 2, arbitrary: hostileValue(resolved, context) },
    { weight: 1, arbitrary: fc.constant(null) },
  );
}

/** A copy with one more own property (defineProperty, so that `__proto__` becomes a key, not a prototype). */
function withOwnProperty(
  object: Record<string, unknown>,
  key: string,
  value: unknown,
): Record<string, unknown> {
  const copy = { ...object };
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}
