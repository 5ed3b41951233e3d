import { type IsoDate, isCalendarDate } from '../../../common/time/calendar-date.js';
import { abortableSleep } from '../abortable-sleep.js';
import type {
  DailyBar,
  Dividend,
  FetchBarsResult,
  GroupedDailyResult,
  MarketDataProvider,
  Split,
  TickerDetails,
} from '../market-data-provider.js';
import {
  MarketDataBadRequestError,
  MarketDataError,
  MarketDataMalformedError,
  MarketDataRateLimitedError,
  MarketDataTransientError,
} from '../market-data.error.js';
import type { RateLimiter } from '../outbound-rate-limiter.js';
import { type ErrorContext, classifyPolygonError } from './polygon-error.classifier.js';
import { type BarTsv, decodeBarTsv } from '../../bar-tsv.js';
import {
  type PolygonAggsBodyPage,
  parsePolygonAggsBody,
  parsePolygonGroupedDaily,
} from './polygon-aggs.parser.js';
import { parsePolygonDividends } from './polygon-dividends.parser.js';
import { parsePolygonSplits, parsePolygonTickerDetails } from './polygon-reference.parser.js';
import { PolygonHttp } from './polygon-http.js';
import { followableNextUrl, joinBase } from './next-url-policy.js';
import {
  DEFAULT_RETRY_POLICY,
  type RetryCounters,
  type RetryPolicy,
  type RetryableFailure,
  nextRetryDelayMs,
  parseRetryAfterMs,
} from './retry-policy.js';

export type RequestOutcome = 'ok' | '429' | '5xx' | 'timeout' | 'error';

export interface ProviderLogger {
  warn(obj: object, msg: string): void;
  debug?(obj: object, msg: string): void;
}

export interface PolygonProviderOptions {
  apiKey: string;
  /** e.g. https://api.massive.com (or https://api.polygon.io, or the fake server in tests). */
  baseUrl: string;
  /** Whole-request deadline: connect, headers and body. */
  timeoutMs: number;
  /** Retries for 5xx/timeout/reset/malformed; 429 has its own budget (maxRateLimitRetries). */
  maxRetries: number;
  rateLimiter: RateLimiter;
  maxRateLimitRetries?: number;
  /** Pagination guard; a daily-bar request with limit=50000 needs one page. */
  maxPages?: number;
  /** One call per HTTP attempt (metrics). */
  onRequest?: (outcome: RequestOutcome) => void;
  logger?: ProviderLogger;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  now?: () => number;
}

const DEFAULT_MAX_PAGES = 100;

/** Reads a 2xx body's bytes (UTF-8 JSON). */
type BodyParser<T> = (body: Buffer, context: ErrorContext) => T;

/** A parser of the decoded text as a BodyParser. */
function fromText<T>(parse: (text: string, context: ErrorContext) => T): BodyParser<T> {
  return (body, context) => parse(body.toString('utf8'), context);
}

type Attempt<T> = { ok: true; value: T } | { ok: false; error: MarketDataError; failure?: RetryableFailure };

interface Paged {
  requestId: string | null;
  nextUrl: string | null;
}

/**
 * Polygon/Massive REST client for daily bars, ticker details, splits and dividends (the wire shapes are
 * pinned by the parsers' specs and the recorded-fixture contract tests).
 * Every attempt (each page, each retry) passes the rate limiter first. The key travels only in the
 * Authorization header to the configured base URL, and never into an error, log line or thrown object.
 */
export class PolygonProvider implements MarketDataProvider {
  readonly name = 'polygon';
  // #private: the options hold the key, and a logged or serialized provider must not show it
  readonly #options: Omit<PolygonProviderOptions, 'apiKey'>;
  readonly #http: PolygonHttp;
  readonly #base: URL;
  readonly #policy: RetryPolicy;
  readonly #scrub: (text: string) => string;

  constructor(options: PolygonProviderOptions) {
    const { apiKey, ...rest } = options;
    if (!apiKey) throw new RangeError('PolygonProvider: apiKey is required');
    if (!(options.timeoutMs > 0)) throw new RangeError('PolygonProvider: timeoutMs must be > 0');
    if (!Number.isInteger(options.maxRetries) || options.maxRetries < 0) {
      throw new RangeError('PolygonProvider: maxRetries must be an integer >= 0');
    }
    this.#options = rest;
    this.#base = parseBaseUrl(options.baseUrl);
    this.#policy = {
      ...DEFAULT_RETRY_POLICY,
      maxRetries: options.maxRetries,
      maxRateLimitRetries: options.maxRateLimitRetries ?? DEFAULT_RETRY_POLICY.maxRateLimitRetries,
    };
    this.#scrub = (text) => text.split(apiKey).join('[redacted]');
    this.#http = new PolygonHttp(apiKey, options.timeoutMs);
  }

  async fetchDailyBars(
    ticker: string,
    from: IsoDate,
    to: IsoDate,
    signal?: AbortSignal,
  ): Promise<FetchBarsResult> {
    assertTicker(ticker);
    assertRange(from, to);
    const path = `/v2/aggs/ticker/${encodeURIComponent(ticker)}/range/1/day/${from}/${to}`;
    const pages = await this.fetchPages(
      this.url(`${path}?adjusted=true&sort=asc&limit=50000`),
      parsePolygonAggsBody,
      signal,
    );
    const adjusted = pages[0].adjusted;
    if (pages.some((page) => page.adjusted !== adjusted)) {
      // Polygon's cursors are not documented to keep `adjusted`: never mix adjusted and raw prices.
      throw new MarketDataMalformedError(`Pages for ${ticker} disagree on adjusted`, { retryable: false });
    }
    const head = { ticker, adjusted, requestIds: requestIdsOf(pages), pages: pages.length };
    // The usual answer: one page, strictly ascending (asked with sort=asc), kept as its text rows.
    const only = pages.length === 1 ? pages[0].bars : null;
    if (only && !Array.isArray(only) && only.ascending) return withTsv(head, only);
    return { ...head, bars: mergeByDate(pages.map(barsOf)) };
  }

  async fetchTickerDetails(ticker: string, signal?: AbortSignal): Promise<TickerDetails | null> {
    assertTicker(ticker);
    try {
      const details = await this.request(
        this.url(`/v3/reference/tickers/${encodeURIComponent(ticker)}`),
        fromText(parsePolygonTickerDetails),
        signal,
      );
      return { ticker: details.ticker, name: details.name, exchange: details.exchange };
    } catch (error) {
      if (error instanceof MarketDataError && error.kind === 'not_found') return null;
      throw error;
    }
  }

  async fetchSplits(ticker: string, sinceDate: IsoDate, signal?: AbortSignal): Promise<Split[]> {
    assertTicker(ticker);
    assertDate(sinceDate);
    return this.splitsWhere({ ticker, 'execution_date.gte': sinceDate }, signal);
  }

  async fetchDividends(ticker: string, sinceDate: IsoDate, signal?: AbortSignal): Promise<Dividend[]> {
    assertTicker(ticker);
    assertDate(sinceDate);
    return this.dividendsWhere({ ticker, 'ex_dividend_date.gte': sinceDate }, signal);
  }

  async fetchGroupedDaily(date: IsoDate, signal?: AbortSignal): Promise<GroupedDailyResult> {
    assertDate(date);
    const page = await this.request(
      this.url(`/v2/aggs/grouped/locale/us/market/stocks/${date}?adjusted=true&include_otc=true`),
      parsePolygonGroupedDaily,
      signal,
    );
    const stray = page.bars.find((bar) => bar.date !== date);
    if (stray) {
      throw new MarketDataMalformedError(`Grouped daily for ${date} holds a bar of ${stray.date}`, {
        retryable: false,
        requestId: page.requestId ?? undefined,
      });
    }
    return { date, bars: page.bars, adjusted: page.adjusted, requestId: page.requestId };
  }

  async fetchMarketSplits(from: IsoDate, to: IsoDate, signal?: AbortSignal): Promise<Split[]> {
    assertRange(from, to);
    return this.splitsWhere({ 'execution_date.gte': from, 'execution_date.lte': to }, signal);
  }

  async fetchMarketDividends(from: IsoDate, to: IsoDate, signal?: AbortSignal): Promise<Dividend[]> {
    assertRange(from, to);
    return this.dividendsWhere({ 'ex_dividend_date.gte': from, 'ex_dividend_date.lte': to }, signal);
  }

  /** Every split matching `filters` (all pages), by execution date. */
  private async splitsWhere(filters: Record<string, string>, signal?: AbortSignal): Promise<Split[]> {
    const query = new URLSearchParams({ ...filters, limit: '1000' });
    const pages = await this.fetchPages(
      this.url(`/v3/reference/splits?${query}`),
      fromText(parsePolygonSplits),
      signal,
    );
    return pages.flatMap((page) => page.items).sort((a, b) => compare(a.executionDate, b.executionDate));
  }

  /** Every dividend matching `filters` (all pages), by ex-dividend date. */
  private async dividendsWhere(filters: Record<string, string>, signal?: AbortSignal): Promise<Dividend[]> {
    const query = new URLSearchParams({ ...filters, limit: '1000' });
    const pages = await this.fetchPages(
      this.url(`/v3/reference/dividends?${query}`),
      fromText(parsePolygonDividends),
      signal,
    );
    return pages.flatMap((page) => page.items).sort((a, b) => compare(a.exDividendDate, b.exDividendDate));
  }

  /** Follows next_url with a seen-set and a page cap; a URL seen before ends the walk (server loop bug). */
  private async fetchPages<T extends Paged>(
    firstUrl: string,
    parse: BodyParser<T>,
    signal?: AbortSignal,
  ): Promise<T[]> {
    const maxPages = this.#options.maxPages ?? DEFAULT_MAX_PAGES;
    const pages: T[] = [];
    const seen = new Set<string>();
    for (let url: string | null = firstUrl; url !== null;) {
      if (seen.has(url)) {
        this.#options.logger?.warn(
          { provider: this.name, path: pathOf(url), pages: pages.length },
          'Polygon next_url loops; stopping',
        );
        break;
      }
      if (pages.length >= maxPages) {
        throw new MarketDataMalformedError(`Polygon pagination exceeded ${maxPages} pages`, {
          retryable: false,
        });
      }
      seen.add(url);
      const page: T = await this.request(url, parse, signal);
      pages.push(page);
      url = page.nextUrl === null ? null : followableNextUrl(page.nextUrl, this.#base, page.requestId);
    }
    return pages;
  }

  /** One logical request: rate limiter, attempt, retry decision, repeat. */
  private async request<T>(url: string, parse: BodyParser<T>, signal?: AbortSignal): Promise<T> {
    const counters: RetryCounters = { transient: 0, rateLimited: 0 };
    for (;;) {
      await this.#options.rateLimiter.acquire(signal);
      const attempt = await this.attempt(url, parse, signal);
      if (attempt.ok) return attempt.value;
      const { error, failure } = attempt;
      if (!failure) throw error;
      const delayMs = nextRetryDelayMs(failure, counters, this.#policy, this.#options.random ?? Math.random);
      if (delayMs === null) throw gaveUp(error, failure, counters);
      if (failure.kind === 'rate_limited') counters.rateLimited++;
      else counters.transient++;
      this.#options.logger?.warn(
        {
          provider: this.name,
          path: pathOf(url),
          failure: failure.kind,
          status: error.status,
          requestId: error.requestId,
          delayMs,
          ...counters,
        },
        'Polygon request failed; retrying',
      );
      await (this.#options.sleep ?? abortableSleep)(delayMs, signal);
    }
  }

  private async attempt<T>(url: string, parse: BodyParser<T>, signal?: AbortSignal): Promise<Attempt<T>> {
    const answer = await this.#http.get(url, signal);
    if (answer.type === 'timeout') {
      this.report('timeout');
      const error = new MarketDataTransientError(
        `Polygon did not answer within ${this.#options.timeoutMs} ms`,
      );
      return { ok: false, error, failure: { kind: 'timeout' } };
    }
    if (answer.type === 'network') {
      this.report('error');
      const error = new MarketDataTransientError(
        `Polygon connection failed (${answer.code ?? 'network error'})`,
      );
      return { ok: false, error, failure: { kind: 'network' } };
    }
    const { status, body } = answer;
    const context: ErrorContext = { headerRequestId: answer.requestId, scrub: this.#scrub };
    this.#options.logger?.debug?.(
      { provider: this.name, path: pathOf(url), status, requestId: answer.requestId },
      'Polygon response',
    );
    if (status >= 200 && status < 300) {
      try {
        const value = parse(body, context);
        this.report('ok');
        return { ok: true, value };
      } catch (error) {
        if (!(error instanceof MarketDataError)) throw error;
        this.report('error');
        return { ok: false, error, failure: error.kind === 'malformed' ? { kind: 'malformed' } : undefined };
      }
    }
    const error = classifyPolygonError(status, body.toString('utf8'), context);
    if (status === 429) {
      this.report('429');
      const retryAfterMs = parseRetryAfterMs(answer.retryAfter, (this.#options.now ?? Date.now)());
      return { ok: false, error, failure: { kind: 'rate_limited', retryAfterMs } };
    }
    if (status >= 500 || status === 499) {
      this.report('5xx');
      return { ok: false, error, failure: { kind: 'server' } };
    }
    this.report('error');
    return { ok: false, error };
  }

  private url(pathAndQuery: string): string {
    return joinBase(this.#base, pathAndQuery);
  }

  private report(outcome: RequestOutcome): void {
    this.#options.onRequest?.(outcome);
  }
}

function parseBaseUrl(baseUrl: string): URL {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new RangeError('PolygonProvider: baseUrl is not a URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new RangeError('PolygonProvider: baseUrl must be http(s)');
  if (url.username || url.password || url.search)
    throw new RangeError('PolygonProvider: baseUrl must not carry credentials or a query');
  return url;
}

function assertTicker(ticker: string): void {
  if (typeof ticker !== 'string' || ticker.trim() === '' || ticker !== ticker.trim() || ticker.length > 32) {
    throw new MarketDataBadRequestError('Invalid ticker');
  }
}

function assertDate(date: IsoDate): void {
  if (!isCalendarDate(date)) throw new MarketDataBadRequestError(`Invalid date ${String(date)}`);
}

function assertRange(from: IsoDate, to: IsoDate): void {
  if (!isCalendarDate(from) || !isCalendarDate(to) || from > to) {
    throw new MarketDataBadRequestError(`Invalid date range ${String(from)}..${String(to)}`);
  }
}

/** Later pages win on a repeated date; the result is ascending whatever order pages came in. */
function mergeByDate(pages: DailyBar[][]): DailyBar[] {
  // The usual answer: one page, already strictly ascending (asked with sort=asc), kept as it is.
  if (pages.length === 1 && strictlyAscending(pages[0])) return pages[0];
  const byDate = new Map<IsoDate, DailyBar>();
  for (const bars of pages) for (const bar of bars) byDate.set(bar.date, bar);
  return [...byDate.values()].sort((a, b) => compare(a.date, b.date));
}

/** A page's bars as objects. */
function barsOf(page: PolygonAggsBodyPage): DailyBar[] {
  return Array.isArray(page.bars) ? page.bars : decodeBarTsv(page.bars);
}

/**
 * The result with its bars held as `tsv`; `bars` decodes them on first read (the price loader writes the
 * rows and never reads it).
 */
function withTsv(head: Omit<FetchBarsResult, 'bars' | 'tsv'>, tsv: BarTsv): FetchBarsResult {
  let bars: DailyBar[] | undefined;
  return Object.defineProperty({ ...head, tsv } as FetchBarsResult, 'bars', {
    enumerable: true,
    get: () => (bars ??= decodeBarTsv(tsv)),
  });
}

function strictlyAscending(bars: DailyBar[]): boolean {
  for (let i = 1; i < bars.length; i++) if (!(bars[i - 1].date < bars[i].date)) return false;
  return true;
}

function requestIdsOf(pages: Paged[]): string[] {
  return pages.map((page) => page.requestId).filter((id): id is string => id !== null);
}

function gaveUp(error: MarketDataError, failure: RetryableFailure, counters: RetryCounters): MarketDataError {
  const details = { status: error.status, requestId: error.requestId };
  if (failure.kind === 'rate_limited') {
    return new MarketDataRateLimitedError(
      `${error.message} (still rate limited after ${counters.rateLimited} retries)`,
      details,
    );
  }
  return new MarketDataTransientError(
    `${error.message} (gave up after ${counters.transient} retries)`,
    details,
  );
}

/** For logs: the path only (the query holds nothing secret, but the cursor is noise). */
function pathOf(url: string): string {
  return new URL(url).pathname;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
