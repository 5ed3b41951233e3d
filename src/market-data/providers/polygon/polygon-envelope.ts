import { MarketDataMalformedError } from '../market-data.error.js';
import { type ErrorContext, classifyBodyStatus } from './polygon-error.classifier.js';
import { JsonSyntaxError, type LosslessJson, parseJsonLossless } from './lossless-json.js';

const SUCCESS = new Set(['OK', 'DELAYED']);

/** The fields every successful Polygon body shares, plus the parsed JSON for the endpoint parser. */
export interface PolygonEnvelope {
  body: Record<string, unknown>;
  json: LosslessJson;
  status: 'OK' | 'DELAYED';
  requestId: string | null;
  nextUrl: string | null;
}

/**
 * Parses a 200 body strictly: it must be a JSON object with status OK or DELAYED (non-real-time plans).
 * Anything else (HTML page, truncated JSON) is 'malformed', which the provider retries.
 */
export function parsePolygonEnvelope(text: string, context: ErrorContext = {}): PolygonEnvelope {
  let json: LosslessJson;
  try {
    json = parseJsonLossless(text);
  } catch (error) {
    const reason = error instanceof JsonSyntaxError ? error.message : 'unparsable';
    throw new MarketDataMalformedError(`Polygon body is not JSON (${reason})`, {
      requestId: context.headerRequestId,
    });
  }
  const body = json.value;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new MarketDataMalformedError('Polygon body is not a JSON object', {
      requestId: context.headerRequestId,
    });
  }
  const fields = body as Record<string, unknown>;
  const requestId =
    typeof fields.request_id === 'string' ? fields.request_id : (context.headerRequestId ?? null);
  const status = fields.status;
  if (typeof status !== 'string') {
    throw new MarketDataMalformedError('Polygon body has no status', { requestId: requestId ?? undefined });
  }
  if (!SUCCESS.has(status)) throw classifyBodyStatus(status, text, context);
  const nextUrl = fields.next_url;
  if (nextUrl !== undefined && nextUrl !== null && typeof nextUrl !== 'string') {
    throw malformed('next_url is not a string', requestId);
  }
  return { body: fields, json, status: status as 'OK' | 'DELAYED', requestId, nextUrl: nextUrl || null };
}

export function malformed(what: string, requestId: string | null): MarketDataMalformedError {
  return new MarketDataMalformedError(`Polygon body: ${what}`, { requestId: requestId ?? undefined });
}
