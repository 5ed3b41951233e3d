import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { gunzipSync, gzipSync } from 'node:zlib';
import { isCalendarDate, type IsoDate, newYorkDate } from '../../src/common/time/calendar-date.js';
import {
  aggsBodyJson,
  type EmptyResults,
  groupedBodyJson,
  nginxErrorPage,
  POLYGON_ERRORS,
} from './polygon-wire-format.js';
import { newYorkWallTimeMs } from './new-york-time.js';
import { SyntheticMarket, type SyntheticMarketOptions } from './synthetic-market.js';

/** Something to go wrong with one response. Faults are queued and consumed in order. */
export type FakeFault =
  | { type: 'rate_limit'; retryAfter?: string }
  | { type: 'server_error'; status?: number; body?: 'json' | 'html' }
  /** Answers normally, but only after `ms` (set it above the client's timeout). */
  | { type: 'delay'; ms: number }
  /** 200 whose body is the real one cut in half, an HTML page, or JSON of the wrong shape. */
  | { type: 'malformed'; variant?: 'truncated' | 'html' | 'wrong_shape' }
  /** Destroys the socket without answering (ECONNRESET / socket hang up on the client). */
  | { type: 'reset' }
  | { type: 'forbidden'; reason: 'timeframe' | 'before_end_of_day' | 'not_entitled' }
  | { type: 'bad_request' }
  | { type: 'not_found' }
  /** Normal body whose next_url names another host (default attacker.invalid). */
  | { type: 'foreign_next_url'; host?: string }
  /** Normal body whose next_url is the URL just requested. */
  | { type: 'looping_next_url' };

export interface InjectOptions {
  /** How many consecutive matching responses get the fault (default 1). */
  times?: number;
  /** Only requests whose path contains this string / matches this pattern. */
  path?: string | RegExp;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** Whether an Authorization header (or apiKey param) was sent; the value itself is never recorded. */
  hasAuthorization: boolean;
  authorized: boolean;
  /** Date.now() on arrival. */
  at: number;
  fault?: FakeFault['type'];
}

export interface FakeSettings {
  apiKey: string;
  status: 'OK' | 'DELAYED';
  /** Caps every page (aggregates, splits, dividends) so that next_url pagination appears. */
  pageSize: number | null;
  emptyResults: EmptyResults;
  gzip: boolean;
  /** Origin written into generated next_urls (e.g. https://api.polygon.io); default: this server. */
  nextUrlOrigin: string | null;
  /**
   * The tickers grouped daily lists (the synthetic market has bars for any name, the real one a finite
   * set); each with the very bar the per-ticker route serves for that day, stamped 16:00 ET.
   */
  groupedTickers: string[];
}

export interface PolygonFakeServerOptions extends Partial<FakeSettings> {
  market?: SyntheticMarket | SyntheticMarketOptions;
}

interface QueuedFault {
  fault: FakeFault;
  remaining: number;
  path?: string | RegExp;
}

interface Reply {
  status: number;
  body: string;
  contentType?: string;
  headers?: Record<string, string>;
}

/** An answer rendered ahead of its request (see prerenderAggregates), its body kept gzipped. */
interface PrerenderedReply extends Omit<Reply, 'body'> {
  gzipped: Buffer;
}

/** One aggregates request to render ahead, as the service asks for it. */
export interface PrerenderRequest {
  ticker: string;
  from: IsoDate;
  to: IsoDate;
  /** Query string without '?' (default the service's: adjusted=true&sort=asc&limit=50000). */
  query?: string;
}

const AGGS = /^\/v2\/aggs\/ticker\/([^/]+)\/range\/(\d+)\/([a-z]+)\/([^/]+)\/([^/]+)$/;
const DETAILS = /^\/v3\/reference\/tickers\/([^/]+)$/;
const GROUPED = /^\/v2\/aggs\/grouped\/locale\/us\/market\/stocks\/([^/]+)$/;

/**
 * A local stand-in for api.polygon.io: real response shapes over HTTP (aggregates, grouped daily, ticker
 * details, splits, dividends), synthetic data, on-demand faults, and a log of every request. Always stop() it.
 * Control endpoint (for processes that only have the URL): POST /__fake/faults {fault, times, path},
 * POST /__fake/configure {…FakeSettings}, POST /__fake/reset, GET /__fake/requests.
 */
export class PolygonFakeServer {
  readonly market: SyntheticMarket;
  readonly requests: RecordedRequest[] = [];
  private settings: FakeSettings;
  private faults: QueuedFault[] = [];
  private server: Server | null = null;
  private origin = '';
  private requestCounter = 0;
  private readonly timers = new Set<NodeJS.Timeout>();
  /** Pre-rendered answers by path and query, each served once (bench only: see prerenderAggregates). */
  private readonly prerendered = new Map<string, PrerenderedReply>();
  private prerenderedServed = 0;

  constructor(options: PolygonFakeServerOptions = {}) {
    const { market, ...settings } = options;
    this.market = market instanceof SyntheticMarket ? market : new SyntheticMarket(market);
    this.settings = {
      // One key per fake: a request from another test's app (a reused port) is then told apart.
      apiKey: `test-polygon-key-${randomBytes(4).toString('hex')}`,
      status: 'OK',
      pageSize: null,
      emptyResults: 'absent',
      gzip: true,
      nextUrlOrigin: null,
      groupedTickers: [],
      ...settings,
    };
  }

  /** Listens on 127.0.0.1 (on a free port unless given one); resolves to the base URL for the client. */
  async start(port = 0): Promise<string> {
    const server = createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this.origin;
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  get baseUrl(): string {
    if (!this.origin) throw new Error('PolygonFakeServer is not started');
    return this.origin;
  }

  get apiKey(): string {
    return this.settings.apiKey;
  }

  /**
   * Bench only: renders (and gzips) the aggregates answers for `requests` now, so that serving them later
   * costs this process almost nothing: in production Polygon's CPU is not on our machine, and a bench that
   * measures the service should not pay for the fake's rendering. Each is byte-identical to what the
   * request would get rendered on arrival (its request id is taken now rather than then) and is served
   * once: a repeat, and any request with a fault queued, is rendered as usual. Call after start().
   */
  prerenderAggregates(requests: PrerenderRequest[]): void {
    for (const { ticker, from, to, query = 'adjusted=true&sort=asc&limit=50000' } of requests) {
      const url = new URL(
        `/v2/aggs/ticker/${encodeURIComponent(ticker)}/range/1/day/${from}/${to}?${query}`,
        this.baseUrl,
      );
      const { body, ...reply } = this.route(url);
      this.prerendered.set(`${url.pathname}${url.search}`, { ...reply, gzipped: gzip(Buffer.from(body)) });
    }
  }

  /** How many pre-rendered answers are waiting, and how many were served. */
  get prerenderedCounts(): { waiting: number; served: number } {
    return { waiting: this.prerendered.size, served: this.prerenderedServed };
  }

  configure(settings: Partial<FakeSettings>): void {
    this.settings = { ...this.settings, ...settings };
  }

  inject(fault: FakeFault, options: InjectOptions = {}): void {
    this.faults.push({ fault, remaining: options.times ?? 1, path: options.path });
  }

  /** Faults still queued (a test can assert they were all consumed). */
  get pendingFaults(): number {
    return this.faults.reduce((sum, queued) => sum + queued.remaining, 0);
  }

  reset(): void {
    this.faults = [];
    this.requests.length = 0;
  }

  requestsTo(pathPart: string): RecordedRequest[] {
    return this.requests.filter((request) => request.path.includes(pathPart));
  }

  /** The most requests that arrived within any window of `windowMs` (default one minute). */
  maxRequestsInWindow(windowMs = 60_000): number {
    const times = this.requests.map((request) => request.at).sort((a, b) => a - b);
    let max = 0;
    for (let end = 0, start = 0; end < times.length; end++) {
      while (times[end] - times[start] >= windowMs) start++;
      max = Math.max(max, end - start + 1);
    }
    return max;
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', this.origin);
    if (url.pathname.startsWith('/__fake/')) {
      void this.control(req, res, url);
      return;
    }
    const token = bearerToken(req) ?? url.searchParams.get('apiKey');
    const authorized = token === this.settings.apiKey;
    // A rejected key is answered before any fault, and does not use one up.
    const queued = authorized ? this.takeFault(url.pathname) : undefined;
    const query = Object.fromEntries([...url.searchParams].filter(([key]) => key !== 'apiKey'));
    this.requests.push({
      method: req.method ?? 'GET',
      path: url.pathname,
      query,
      hasAuthorization: token !== null,
      authorized,
      at: Date.now(),
      ...(queued && { fault: queued.type }),
    });
    if (token === null) return this.reply(req, res, json(401, POLYGON_ERRORS.noKey, this.nextRequestId()));
    if (!authorized) return this.reply(req, res, json(401, POLYGON_ERRORS.unknownKey, this.nextRequestId()));
    if (!queued) {
      return this.reply(req, res, this.takePrerendered(url) ?? this.route(url));
    }
    if (queued.type === 'reset') {
      req.socket.destroy();
      return;
    }
    if (queued.type === 'delay') {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        if (!res.destroyed) this.reply(req, res, this.route(url));
      }, queued.ms);
      this.timers.add(timer);
      return;
    }
    this.reply(req, res, this.faulty(queued, url));
  }

  private takeFault(path: string): FakeFault | undefined {
    const index = this.faults.findIndex(
      (queued) =>
        queued.path === undefined ||
        (typeof queued.path === 'string' ? path.includes(queued.path) : queued.path.test(path)),
    );
    if (index < 0) return undefined;
    const queued = this.faults[index];
    if (--queued.remaining <= 0) this.faults.splice(index, 1);
    return queued.fault;
  }

  private faulty(fault: FakeFault, url: URL): Reply {
    const requestId = this.nextRequestId();
    switch (fault.type) {
      case 'rate_limit':
        return {
          ...json(429, POLYGON_ERRORS.rateLimited, requestId),
          headers: fault.retryAfter ? { 'Retry-After': fault.retryAfter } : {},
        };
      case 'server_error': {
        const status = fault.status ?? (fault.body === 'html' ? 502 : 500);
        if (fault.body === 'html') return { status, body: nginxErrorPage(status), contentType: 'text/html' };
        return json(status, POLYGON_ERRORS.internal, requestId);
      }
      case 'forbidden': {
        const bodies = {
          timeframe: POLYGON_ERRORS.timeframe,
          before_end_of_day: POLYGON_ERRORS.beforeEndOfDay,
          not_entitled: POLYGON_ERRORS.notEntitled,
        };
        return json(403, bodies[fault.reason], requestId);
      }
      case 'bad_request':
        return json(400, POLYGON_ERRORS.badFrom, requestId);
      case 'not_found':
        return json(404, { status: 'NOT_FOUND', message: 'Data not found.' }, requestId);
      case 'malformed': {
        if (fault.variant === 'html')
          return { status: 200, body: nginxErrorPage(502), contentType: 'text/html' };
        if (fault.variant === 'wrong_shape') {
          return {
            status: 200,
            body: `{"status":"OK","request_id":"${requestId}","adjusted":true,"results":[{"o":"12.5"}]}`,
          };
        }
        const { body } = this.route(url);
        return { status: 200, body: body.slice(0, Math.max(1, Math.floor(body.length / 2))) };
      }
      case 'foreign_next_url':
        return this.route(url, `http://${fault.host ?? 'attacker.invalid'}${url.pathname}${url.search}`);
      case 'looping_next_url':
        return this.route(url, `${this.origin}${url.pathname}${url.search}`);
      default:
        throw new Error(`Unhandled fault ${(fault as FakeFault).type}`);
    }
  }

  private route(url: URL, nextUrlOverride?: string): Reply {
    const requestId = this.nextRequestId();
    const aggs = AGGS.exec(url.pathname);
    if (aggs) return this.aggregates(aggs, url, requestId, nextUrlOverride);
    const grouped = GROUPED.exec(url.pathname);
    if (grouped) return this.groupedDaily(grouped[1], url, requestId);
    const details = DETAILS.exec(url.pathname);
    if (details) return this.tickerDetails(decodeURIComponent(details[1]), requestId);
    if (url.pathname === '/v3/reference/splits') return this.splits(url, requestId, nextUrlOverride);
    if (url.pathname === '/v3/reference/dividends') return this.dividends(url, requestId, nextUrlOverride);
    return json(404, { status: 'NOT_FOUND', message: 'Not found.' }, requestId);
  }

  private aggregates(match: RegExpExecArray, url: URL, requestId: string, nextUrlOverride?: string): Reply {
    const [, rawTicker, multiplier, timespan, rawFrom, rawTo] = match;
    const ticker = decodeURIComponent(rawTicker);
    if (multiplier !== '1' || timespan !== 'day')
      return json(400, { status: 'ERROR', error: 'fake supports 1/day only' }, requestId);
    const params = paramsOf(url);
    const from = dateParam(rawFrom);
    const to = dateParam(rawTo);
    if (!from) return json(400, POLYGON_ERRORS.badFrom, requestId);
    if (!to)
      return json(
        400,
        {
          status: 'ERROR',
          error: "Could not parse the time parameter: 'to'. Use YYYY-MM-DD or Unix MS Timestamps",
        },
        requestId,
      );
    if (to < from)
      return json(
        400,
        { status: 'ERROR', error: "The parameter 'to' cannot be a time that occurs before 'from'" },
        requestId,
      );
    const adjusted = params.get('adjusted') !== 'false';
    const limit = Math.min(Math.max(Number(params.get('limit') ?? 5000) || 5000, 1), 50_000);
    const sort = params.get('sort') === 'desc' ? 'desc' : 'asc';
    const bars = this.market.bars(ticker, from, to, adjusted);
    if (sort === 'desc') bars.reverse();
    const pageSize = Math.min(limit, this.settings.pageSize ?? Infinity);
    const page = bars.slice(0, pageSize);
    let nextUrl = nextUrlOverride;
    if (!nextUrl && sort === 'asc' && bars.length > pageSize) {
      const cursor = encodeCursor(`adjusted=${adjusted}&limit=${limit}&sort=${sort}`);
      nextUrl = `${this.nextUrlOrigin}/v2/aggs/ticker/${rawTicker}/range/1/day/${bars[pageSize].t}/${rawTo}?cursor=${cursor}`;
    }
    const body = aggsBodyJson({
      ticker,
      adjusted,
      bars: page,
      status: this.settings.status,
      requestId,
      nextUrl,
      emptyResults: this.settings.emptyResults,
    });
    return { status: 200, body, headers: { 'X-Request-Id': requestId } };
  }

  private groupedDaily(rawDate: string, url: URL, requestId: string): Reply {
    const date = decodeURIComponent(rawDate);
    if (!isCalendarDate(date))
      return json(400, { status: 'ERROR', error: "Could not parse the date parameter: 'date'" }, requestId);
    const adjusted = url.searchParams.get('adjusted') !== 'false';
    const t = newYorkWallTimeMs(date, 16);
    const bars = [...new Set(this.settings.groupedTickers)]
      .sort()
      .flatMap((ticker) =>
        this.market.bars(ticker, date, date, adjusted).map((bar) => ({ ...bar, t, ticker })),
      );
    const body = groupedBodyJson({
      bars,
      status: this.settings.status,
      requestId,
      emptyResults: this.settings.emptyResults,
    });
    return { status: 200, body, headers: { 'X-Request-Id': requestId } };
  }

  private tickerDetails(ticker: string, requestId: string): Reply {
    const details = this.market.details(ticker);
    if (!details) return json(404, POLYGON_ERRORS.tickerNotFound, requestId);
    const results = {
      ticker,
      name: details.name,
      market: 'stocks',
      locale: 'us',
      primary_exchange: details.exchange,
      type: 'CS',
      active: true,
      currency_name: 'usd',
    };
    return json(200, { results, status: 'OK' }, requestId);
  }

  private splits(url: URL, requestId: string, nextUrlOverride?: string): Reply {
    const params = paramsOf(url);
    const since = params.get('execution_date.gte') ?? '0000-01-01';
    const until = params.get('execution_date.lte') ?? '9999-12-31';
    // Newest first, as the real default page is ordered; without `ticker`, every ticker's.
    const all = this.market
      .splits(params.get('ticker') ?? undefined)
      .filter((split) => split.executionDate >= since && split.executionDate <= until)
      .sort((a, b) => (a.executionDate < b.executionDate ? 1 : -1))
      .map((split) => ({
        execution_date: split.executionDate,
        id: `E${split.ticker}${split.executionDate.replaceAll('-', '')}`,
        split_from: split.splitFrom,
        split_to: split.splitTo,
        ticker: split.ticker,
      }));
    return this.referenceList('/v3/reference/splits', params, all, requestId, nextUrlOverride);
  }

  private dividends(url: URL, requestId: string, nextUrlOverride?: string): Reply {
    const params = paramsOf(url);
    const since = params.get('ex_dividend_date.gte') ?? '0000-01-01';
    const until = params.get('ex_dividend_date.lte') ?? '9999-12-31';
    // Newest first, like the recorded default page; keys in the real order, currency only when set.
    const all = this.market
      .dividends(params.get('ticker') ?? undefined)
      .filter((dividend) => dividend.exDividendDate >= since && dividend.exDividendDate <= until)
      .sort((a, b) =>
        a.exDividendDate < b.exDividendDate ? 1 : a.exDividendDate > b.exDividendDate ? -1 : 0,
      )
      .map((dividend) => ({
        cash_amount: dividend.cashAmount,
        ...(dividend.currency !== undefined && { currency: dividend.currency }),
        dividend_type: dividend.dividendType ?? 'CD',
        ex_dividend_date: dividend.exDividendDate,
        frequency: 4,
        id: `E${dividend.ticker}${dividend.exDividendDate.replaceAll('-', '')}`,
        ...(dividend.payDate !== undefined && { pay_date: dividend.payDate }),
        ...(dividend.recordDate !== undefined && { record_date: dividend.recordDate }),
        ticker: dividend.ticker,
      }));
    return this.referenceList('/v3/reference/dividends', params, all, requestId, nextUrlOverride);
  }

  /** One page of a v3 reference list: `limit` (default 10, max 1000) and an offset cursor in next_url. */
  private referenceList(
    path: string,
    params: URLSearchParams,
    all: object[],
    requestId: string,
    nextUrlOverride?: string,
  ): Reply {
    const limit = Math.min(Math.max(Number(params.get('limit') ?? 10) || 10, 1), 1000);
    const offset = Number(params.get('offset') ?? 0);
    const pageSize = Math.min(limit, this.settings.pageSize ?? Infinity);
    const results = all.slice(offset, offset + pageSize);
    let nextUrl = nextUrlOverride;
    if (!nextUrl && offset + pageSize < all.length) {
      const cursor = new URLSearchParams(params);
      cursor.delete('cursor');
      cursor.delete('apiKey'); // Polygon never puts the key into next_url
      cursor.set('limit', String(limit));
      cursor.set('offset', String(offset + pageSize));
      nextUrl = `${this.nextUrlOrigin}${path}?cursor=${encodeCursor(cursor.toString())}`;
    }
    return json(200, { results, status: 'OK', ...(nextUrl && { next_url: nextUrl }) }, requestId);
  }

  /** Gzipped when asked for and gzip is on; a pre-rendered answer's gzipped body is sent as it is. */
  private reply(req: IncomingMessage, res: ServerResponse, reply: Reply | PrerenderedReply): void {
    if (res.destroyed) return;
    const headers: Record<string, string | number> = {
      'Content-Type': reply.contentType ?? 'application/json',
      ...reply.headers,
    };
    const gzipped = this.settings.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    let payload: Buffer;
    if ('gzipped' in reply) payload = gzipped ? reply.gzipped : gunzipSync(reply.gzipped);
    else payload = gzipped ? gzip(Buffer.from(reply.body)) : Buffer.from(reply.body);
    if (gzipped) headers['Content-Encoding'] = 'gzip';
    headers['Content-Length'] = payload.length;
    res.writeHead(reply.status, headers);
    res.end(payload);
  }

  private takePrerendered(url: URL): PrerenderedReply | undefined {
    if (this.prerendered.size === 0) return undefined;
    const key = `${url.pathname}${url.search}`;
    const ready = this.prerendered.get(key);
    if (ready) {
      this.prerendered.delete(key);
      this.prerenderedServed++;
    }
    return ready;
  }

  private async control(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const body = req.method === 'POST' ? await readJson(req) : {};
    const done = (status: number, payload?: unknown): void => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(payload === undefined ? undefined : JSON.stringify(payload));
    };
    if (url.pathname === '/__fake/requests' && req.method === 'GET') return done(200, this.requests);
    if (url.pathname === '/__fake/prerendered' && req.method === 'GET')
      return done(200, this.prerenderedCounts);
    if (url.pathname === '/__fake/faults' && req.method === 'POST') {
      const { fault, times, path } = body as { fault: FakeFault; times?: number; path?: string };
      this.inject(fault, { times, path });
      return done(204);
    }
    if (url.pathname === '/__fake/configure' && req.method === 'POST') {
      this.configure(body as Partial<FakeSettings>);
      return done(204);
    }
    if (url.pathname === '/__fake/reset' && req.method === 'POST') {
      this.reset();
      return done(204);
    }
    done(404, { error: 'unknown control endpoint' });
  }

  private get nextUrlOrigin(): string {
    return this.settings.nextUrlOrigin ?? this.origin;
  }

  private nextRequestId(): string {
    return (++this.requestCounter).toString(16).padStart(32, '0');
  }
}

function json(status: number, body: object, requestId: string): Reply {
  // request_id after status, like Polygon's error and reference bodies
  const { results, status: bodyStatus, ...rest } = body as Record<string, unknown>;
  const ordered = {
    ...(results !== undefined && { results }),
    status: bodyStatus,
    request_id: requestId,
    ...rest,
  };
  return { status, body: JSON.stringify(ordered), headers: { 'X-Request-Id': requestId } };
}

function bearerToken(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  if (!header) return null;
  const match = /^Bearer (.+)$/.exec(header);
  return match ? match[1] : '';
}

/** A cursor (base64url of the original query, like Polygon's) replaces every other parameter. */
function paramsOf(url: URL): URLSearchParams {
  const cursor = url.searchParams.get('cursor');
  return cursor ? new URLSearchParams(Buffer.from(cursor, 'base64url').toString('utf8')) : url.searchParams;
}

function encodeCursor(query: string): string {
  return Buffer.from(query, 'utf8').toString('base64url');
}

/** Path dates are YYYY-MM-DD or epoch ms (what next_url uses), read as New York dates. */
function dateParam(raw: string): IsoDate | null {
  if (/^\d{10,}$/.test(raw)) return newYorkDate(Number(raw));
  return isCalendarDate(raw) ? raw : null;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : {};
}

/** Speed over ratio: benchmarks push 500 tickers × 10 years through the fake. */
function gzip(body: Buffer): Buffer {
  return gzipSync(body, { level: 1 });
}
