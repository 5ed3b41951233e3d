import { isCalendarDate, type IsoDate } from '../../../common/time/calendar-date.js';
import { jsonNumberToDecimal } from './json-number-decimal.js';
import { malformed, type PolygonEnvelope } from './polygon-envelope.js';

/** One page of a `/v3/reference/…` list. */
export interface PolygonListPage<T> {
  items: T[];
  requestId: string | null;
  nextUrl: string | null;
}

/**
 * Reads each item of a list body's `results` (absent or null: no items) with strict field readers.
 * Unknown keys are ignored: Polygon adds fields over time (`id`, `currency`).
 */
export function parseListItems<T>(
  envelope: PolygonEnvelope,
  parseItem: (fields: ItemFields) => T,
): PolygonListPage<T> {
  const { body, requestId, nextUrl } = envelope;
  const results = body.results ?? [];
  if (!Array.isArray(results)) throw malformed('results is not an array', requestId);
  const items = results.map((raw: unknown, index) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
      throw malformed(`results[${index}] is not an object`, requestId);
    return parseItem(new ItemFields(raw as Record<string, unknown>, index, envelope));
  });
  return { items, requestId, nextUrl };
}

/** Typed access to one list item's fields; every failure names the field and keeps the request id. */
export class ItemFields {
  constructor(
    private readonly item: Record<string, unknown>,
    private readonly index: number,
    private readonly envelope: PolygonEnvelope,
  ) {}

  requiredString(key: string): string {
    const value = this.item[key];
    if (typeof value !== 'string' || value === '') throw this.fail(key, 'is missing');
    return value;
  }

  optionalString(key: string): string | null {
    const value = this.item[key];
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string') throw this.fail(key, 'is not a string');
    return value;
  }

  requiredDate(key: string): IsoDate {
    const value = this.item[key];
    if (typeof value !== 'string' || !isCalendarDate(value)) throw this.fail(key, 'is not a date');
    return value;
  }

  optionalDate(key: string): IsoDate | null {
    const value = this.item[key];
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string' || !isCalendarDate(value)) throw this.fail(key, 'is not a date');
    return value;
  }

  /** The number's text as a plain decimal, digit for digit (never through a double). */
  decimal(key: string, rule: 'positive' | 'non_negative'): string {
    const value = this.item[key];
    const source = this.envelope.json.numberText(this.item, key);
    const allowed = typeof value === 'number' && (rule === 'positive' ? value > 0 : value >= 0);
    if (source === undefined || !Number.isFinite(value) || !allowed)
      throw this.fail(key, rule === 'positive' ? 'is not a positive number' : 'is not a number >= 0');
    return jsonNumberToDecimal(source);
  }

  private fail(key: string, what: string): Error {
    return malformed(`results[${this.index}].${key} ${what}`, this.envelope.requestId);
  }
}
