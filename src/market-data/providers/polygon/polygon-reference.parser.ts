import type { Split, TickerDetails } from '../market-data-provider.js';
import type { ErrorContext } from './polygon-error.classifier.js';
import { malformed, parsePolygonEnvelope } from './polygon-envelope.js';
import { parseListItems, type PolygonListPage } from './polygon-list.js';

export type { PolygonListPage } from './polygon-list.js';

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

/** `/v3/reference/splits`: a list page; split_from/split_to are kept as sent (they may be fractional). */
export function parsePolygonSplits(text: string, context: ErrorContext = {}): PolygonListPage<Split> {
  return parseListItems(parsePolygonEnvelope(text, context), (fields): Split => ({
    ticker: fields.requiredString('ticker'),
    executionDate: fields.requiredDate('execution_date'),
    splitFrom: fields.decimal('split_from', 'positive'),
    splitTo: fields.decimal('split_to', 'positive'),
  }));
}

function optionalString(value: unknown, key: string, requestId: string | null): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw malformed(`results.${key} is not a string`, requestId);
  return value;
}
