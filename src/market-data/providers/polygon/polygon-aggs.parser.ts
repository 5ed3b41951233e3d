import type { BarTsv } from '../../bar-tsv.js';
import type { DailyBar } from '../market-data-provider.js';
import type { ErrorContext } from './polygon-error.classifier.js';
import { malformed, parsePolygonEnvelope, type PolygonEnvelope } from './polygon-envelope.js';
import { jsonNumberToDecimal } from './json-number-decimal.js';
import type { LosslessJson } from './lossless-json.js';
import { scanPolygonAggs, scanPolygonAggsTsv } from './polygon-aggs.scanner.js';
import { tradingDateOf } from './trading-date.js';

/** One page of `/v2/aggs/ticker/{T}/range/…` (or `/prev`). */
export interface PolygonAggsPage {
  ticker: string | null;
  adjusted: boolean;
  status: 'OK' | 'DELAYED';
  requestId: string | null;
  nextUrl: string | null;
  bars: DailyBar[];
}

export interface PolygonGroupedBar extends DailyBar {
  ticker: string;
}

/** `/v2/aggs/grouped/locale/us/market/stocks/{date}`: every ticker's bar for one date. */
export interface PolygonGroupedPage {
  adjusted: boolean;
  status: 'OK' | 'DELAYED';
  requestId: string | null;
  bars: PolygonGroupedBar[];
}

/**
 * Strict parser for aggregate bodies. `results` absent, null or [] means no data (unknown ticker,
 * holidays only). The trading date is the New York date of `t`, which is right for both the range
 * endpoint (00:00 ET) and /prev and grouped (16:00 ET). Unknown keys are ignored. The usual body takes
 * the scanner's fast path; the generic lossless parse below decides everything else, errors included.
 */
export function parsePolygonAggs(text: string, context: ErrorContext = {}): PolygonAggsPage {
  const scanned = scanPolygonAggs(text, false);
  if (scanned) return { ...scanned, requestId: scanned.requestId ?? context.headerRequestId ?? null };
  return parsePolygonAggsGeneric(text, context);
}

/** A page of a ticker's range as the provider reads it: the usual body's bars as text rows, else objects. */
export type PolygonAggsBodyPage = Omit<PolygonAggsPage, 'bars'> & { bars: DailyBar[] | BarTsv };

/**
 * parsePolygonAggs from the body's bytes: the usual body's bars go straight to BarTsv rows (no string or
 * object per bar); anything else is decoded and parsed as before, with the same answer or error.
 */
export function parsePolygonAggsBody(body: Buffer, context: ErrorContext = {}): PolygonAggsBodyPage {
  const scanned = scanPolygonAggsTsv(body);
  if (scanned) return { ...scanned, requestId: scanned.requestId ?? context.headerRequestId ?? null };
  return parsePolygonAggsGeneric(body.toString('utf8'), context);
}

/** parsePolygonAggs without the fast path (exported for the scanner's equivalence spec). */
export function parsePolygonAggsGeneric(text: string, context: ErrorContext = {}): PolygonAggsPage {
  const envelope = parsePolygonEnvelope(text, context);
  const { body, status, requestId, nextUrl } = envelope;
  if (body.ticker !== undefined && typeof body.ticker !== 'string')
    throw malformed('ticker is not a string', requestId);
  const bars = resultsOf(envelope).map((raw, index) => parseBar(raw, index, envelope.json, requestId));
  return {
    ticker: (body.ticker as string | undefined) ?? null,
    adjusted: adjustedOf(envelope),
    status,
    requestId,
    nextUrl,
    bars,
  };
}

export function parsePolygonGroupedDaily(
  body: string | Buffer,
  context: ErrorContext = {},
): PolygonGroupedPage {
  const scanned = scanPolygonAggs(body, true);
  if (scanned) {
    const { adjusted, status, bars } = scanned;
    const requestId = scanned.requestId ?? context.headerRequestId ?? null;
    return { adjusted, status, requestId, bars: bars as PolygonGroupedBar[] };
  }
  return parsePolygonGroupedDailyGeneric(typeof body === 'string' ? body : body.toString('utf8'), context);
}

/** parsePolygonGroupedDaily without the fast path (exported for the scanner's equivalence spec). */
export function parsePolygonGroupedDailyGeneric(
  text: string,
  context: ErrorContext = {},
): PolygonGroupedPage {
  const envelope = parsePolygonEnvelope(text, context);
  const { status, requestId } = envelope;
  const bars = resultsOf(envelope).map((raw, index) => {
    const ticker = (raw as Record<string, unknown>)?.T;
    if (typeof ticker !== 'string' || ticker === '')
      throw malformed(`results[${index}].T is missing`, requestId);
    return { ticker, ...parseBar(raw, index, envelope.json, requestId) };
  });
  return { adjusted: adjustedOf(envelope), status, requestId, bars };
}

function resultsOf({ body, requestId }: PolygonEnvelope): unknown[] {
  const results = body.results;
  if (results === undefined || results === null) return [];
  if (!Array.isArray(results)) throw malformed('results is not an array', requestId);
  return results;
}

function adjustedOf({ body, requestId }: PolygonEnvelope): boolean {
  if (typeof body.adjusted !== 'boolean') throw malformed('adjusted is not a boolean', requestId);
  return body.adjusted;
}

function parseBar(raw: unknown, index: number, json: LosslessJson, requestId: string | null): DailyBar {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw malformed(`results[${index}] is not an object`, requestId);
  }
  const bar = raw as Record<string, unknown>;
  const decimal = (key: string, required: boolean): string | null => {
    const value = bar[key];
    if (value === undefined || (value === null && !required)) {
      if (required) throw malformed(`results[${index}].${key} is missing`, requestId);
      return null;
    }
    const source = json.numberText(bar, key);
    if (typeof value !== 'number' || !Number.isFinite(value) || source === undefined) {
      throw malformed(`results[${index}].${key} is not a finite number`, requestId);
    }
    return jsonNumberToDecimal(source);
  };
  const t = bar.t;
  if (typeof t !== 'number' || !Number.isSafeInteger(t)) {
    throw malformed(`results[${index}].t is not an integer timestamp`, requestId);
  }
  const n = bar.n;
  if (n !== undefined && n !== null && (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0)) {
    throw malformed(`results[${index}].n is not a count`, requestId);
  }
  return {
    date: tradingDateOf(t),
    open: decimal('o', true) as string,
    high: decimal('h', true) as string,
    low: decimal('l', true) as string,
    close: decimal('c', true) as string,
    volume: decimal('v', true) as string,
    vwap: decimal('vw', false),
    trades: typeof n === 'number' ? n : null,
  };
}
