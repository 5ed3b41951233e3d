import { isCalendarDate } from '../../../common/time/calendar-date.js';
import type { Split, TickerDetails } from '../market-data-provider.js';
import type { ErrorContext } from './polygon-error.classifier.js';
import { malformed, parsePolygonEnvelope } from './polygon-envelope.js';

export interface PolygonListPage<T> {
  items: T[];
  requestId: string | null;
  nextUrl: string | null;
}

/** `/v3/reference/tickers/{T}`: `results` is one object; only what we store is required to be well-typed. */
export function parsePolygonTickerDetails(
  text: string,
  context: ErrorContext = {},
): TickerDetails & { requestId: string | null } {
  const { body, requestId } = parsePolygonEnvelope(text, context);
  const results = body.results;
  if (typeof results !== 'object' || results === null || Array.isArray(results)) {
    throw malformed('results is not an object', requestId);
  }
  const { ticker, name, primary_exchange: exchange } = results as Record<string, unknown>;
  if (typeof ticker !== 'string' || ticker === '') throw malformed('results.ticker is missing', requestId);
  return {
    ticker,
    name: optionalString(name, 'name', requestId),
    exchange: optionalString(exchange, 'primary_exchange', requestId),
    requestId,
  };
}

/** `/v3/reference/splits`: a list page; split_from/split_to may be fractional in newer data. */
export function parsePolygonSplits(text: string, context: ErrorContext = {}): PolygonListPage<Split> {
  const { body, requestId, nextUrl } = parsePolygonEnvelope(text, context);
  const results = body.results ?? [];
  if (!Array.isArray(results)) throw malformed('results is not an array', requestId);
  const items = results.map((raw: unknown, index): Split => {
    const item = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const { ticker, execution_date: executionDate, split_from: splitFrom, split_to: splitTo } = item;
    if (typeof ticker !== 'string' || ticker === '')
      throw malformed(`results[${index}].ticker is missing`, requestId);
    if (typeof executionDate !== 'string' || !isCalendarDate(executionDate)) {
      throw malformed(`results[${index}].execution_date is not a date`, requestId);
    }
    if (!isPositive(splitFrom) || !isPositive(splitTo)) {
      throw malformed(`results[${index}].split_from/split_to are not positive numbers`, requestId);
    }
    return { ticker, executionDate, splitFrom, splitTo };
  });
  return { items, requestId, nextUrl };
}

function optionalString(value: unknown, key: string, requestId: string | null): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw malformed(`results.${key} is not a string`, requestId);
  return value;
}

function isPositive(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}
