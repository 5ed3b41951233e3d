import { inspect } from 'node:util';
import { PolygonFakeServer } from '../../../../test/fakes/polygon-fake-server.js';
import { polygonFloat } from '../../../../test/fakes/polygon-wire-format.js';
import { MarketDataError } from '../market-data.error.js';
import { PolygonProvider, type PolygonProviderOptions, type RequestOutcome } from './polygon.provider.js';
import { jsonNumberToDecimal } from './json-number-decimal.js';

const API_KEY = 'pk_secret_0123456789abcdef';

let server: PolygonFakeServer;

beforeEach(async () => {
  server = new PolygonFakeServer({
    apiKey: API_KEY,
    market: {
      firstDate: '2021-01-04',
      lastDate: '2024-12-31',
      splits: [
        { ticker: 'AAPL', executionDate: '2022-06-06', splitFrom: 1, splitTo: 4 },
        { ticker: 'AAPL', executionDate: '2024-06-10', splitFrom: 1, splitTo: 10 },
        { ticker: 'MSFT', executionDate: '2023-01-10', splitFrom: 1, splitTo: 2 },
      ],
      tickers: { AAPL: { name: 'Apple Inc.', exchange: 'XNAS' } },
    },
  });
  await server.start();
});

afterEach(() => server.stop());

interface Harness {
  provider: PolygonProvider;
  sleeps: number[];
  outcomes: RequestOutcome[];
  acquired: () => number;
  warnings: Array<{ obj: object; msg: string }>;
}

function harness(overrides: Partial<PolygonProviderOptions> = {}): Harness {
  const sleeps: number[] = [];
  const outcomes: RequestOutcome[] = [];
  const warnings: Array<{ obj: object; msg: string }> = [];
  let acquires = 0;
  const provider = new PolygonProvider({
    apiKey: API_KEY,
    baseUrl: server.baseUrl,
    timeoutMs: 2_000,
    maxRetries: 3,
    rateLimiter: { acquire: async () => void acquires++ },
    onRequest: (outcome) => outcomes.push(outcome),
    logger: { warn: (obj, msg) => warnings.push({ obj, msg }) },
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 0.5,
    ...overrides,
  });
  return { provider, sleeps, outcomes, warnings, acquired: () => acquires };
}

async function failure(promise: Promise<unknown>): Promise<MarketDataError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(MarketDataError);
    return error as MarketDataError;
  }
  throw new Error('expected the call to fail');
}

function expectNoSecret(value: unknown): void {
  const error = value as Error;
  for (const text of [error.message, error.stack ?? '', String(error), JSON.stringify(error)]) {
    expect(text).not.toContain(API_KEY);
  }
  expect(error).not.toHaveProperty('config');
  expect(error).not.toHaveProperty('request');
  expect(error).not.toHaveProperty('cause');
}

describe('PolygonProvider.fetchDailyBars', () => {
  it('returns exact bars across the DST switch, with holidays and weekends absent', async () => {
    const { provider, outcomes, acquired, sleeps } = harness();
    const result = await provider.fetchDailyBars('AAPL', '2023-03-01', '2023-04-14');

    const dates = result.bars.map((bar) => bar.date);
    expect(dates).toContain('2023-03-10'); // Friday, EST
    expect(dates).toContain('2023-03-13'); // Monday, EDT (DST began Sunday 2023-03-12)
    expect(dates).not.toContain('2023-04-07'); // Good Friday
    expect(
      dates.filter((date) => ['0', '6'].includes(String(new Date(`${date}T00:00Z`).getUTCDay()))),
    ).toEqual([]);
    expect(dates).toHaveLength(32); // 23 in March, 9 in April to the 14th

    const expected = server.market.bars('AAPL', '2023-03-01', '2023-04-14', true);
    expect(result.bars).toEqual(
      expected.map((bar) => ({
        date: bar.date,
        open: String(bar.o),
        high: String(bar.h),
        low: String(bar.l),
        close: String(bar.c),
        volume: jsonNumberToDecimal(polygonFloat(bar.v)),
        vwap: String(bar.vw),
        trades: bar.n,
      })),
    );
    // volumes went over the wire in exponent form and come back as plain decimals
    expect(result.bars.every((bar) => /^\d+(\.\d+)?$/.test(bar.volume))).toBe(true);
    expect(result.bars.some((bar) => bar.volume.includes('.'))).toBe(true);

    expect(result).toMatchObject({ ticker: 'AAPL', adjusted: true, pages: 1 });
    expect(result.requestIds).toHaveLength(1);
    expect(outcomes).toEqual(['ok']);
    expect(acquired()).toBe(1);
    expect(sleeps).toEqual([]);
    expect(server.requests).toEqual([
      expect.objectContaining({
        path: '/v2/aggs/ticker/AAPL/range/1/day/2023-03-01/2023-04-14',
        query: { adjusted: 'true', sort: 'asc', limit: '50000' },
        hasAuthorization: true,
        authorized: true,
      }),
    ]);
  });

  it('skips year-end holidays (Christmas, New Year observed)', async () => {
    const { provider } = harness();
    const { bars } = await provider.fetchDailyBars('MSFT', '2022-12-22', '2023-01-04');
    expect(bars.map((bar) => bar.date)).toEqual([
      '2022-12-22',
      '2022-12-23',
      '2022-12-27',
      '2022-12-28',
      '2022-12-29',
      '2022-12-30',
      '2023-01-03',
      '2023-01-04',
    ]);
  });

  it('accepts DELAYED bodies and URL-encodes the ticker', async () => {
    server.configure({ status: 'DELAYED' });
    const { provider } = harness();
    const result = await provider.fetchDailyBars('BRK.B', '2024-01-02', '2024-01-05');
    expect(result.bars).toHaveLength(4);
    await provider.fetchDailyBars('A/B', '2024-01-02', '2024-01-05');
    expect(server.requests[1].path).toBe('/v2/aggs/ticker/A%2FB/range/1/day/2024-01-02/2024-01-05');
  });

  it.each(['absent', 'null', 'empty'] as const)(
    'returns zero bars when results are %s',
    async (emptyResults) => {
      server.configure({ emptyResults });
      const { provider, outcomes } = harness();
      const result = await provider.fetchDailyBars('UNKNOWN', '2023-01-03', '2023-01-31');
      expect(result).toMatchObject({ ticker: 'UNKNOWN', bars: [], pages: 1 });
      expect(outcomes).toEqual(['ok']);
    },
  );

  it('follows next_url pages in order, each through the rate limiter, sending only the cursor', async () => {
    const { provider: single } = harness();
    const whole = await single.fetchDailyBars('AAPL', '2021-01-04', '2023-12-29');
    server.reset();
    server.configure({ pageSize: 100 });
    const { provider, acquired, outcomes } = harness();

    const paged = await provider.fetchDailyBars('AAPL', '2021-01-04', '2023-12-29');

    expect(whole.bars).toHaveLength(753); // 252 + 251 + 250 sessions
    expect(paged.pages).toBe(8);
    expect(paged.bars).toEqual(whole.bars);
    // One page is held as its text rows (what the loader writes); pages are merged as objects.
    expect(whole.tsv).toMatchObject({ count: 753, first: '2021-01-04', last: '2023-12-29' });
    expect(paged.tsv).toBeUndefined();
    expect(new Set(paged.requestIds).size).toBe(8);
    expect(acquired()).toBe(8);
    expect(outcomes).toEqual(Array(8).fill('ok'));
    expect(server.requests.slice(1).every((request) => Object.keys(request.query).join() === 'cursor')).toBe(
      true,
    );
    expect(server.requests.every((request) => request.authorized)).toBe(true);
  });

  it('follows a next_url on api.polygon.io / api.massive.com by sending it to the configured base URL', async () => {
    server.configure({ pageSize: 300, nextUrlOrigin: 'https://api.polygon.io' });
    const { provider } = harness();
    const result = await provider.fetchDailyBars('AAPL', '2022-01-03', '2023-12-29');
    expect(result.pages).toBe(2);
    expect(result.bars).toHaveLength(501);
    expect(server.requests).toHaveLength(2);
  });

  it('refuses a next_url on another host and sends it nothing', async () => {
    const other = new PolygonFakeServer({ apiKey: API_KEY });
    const otherUrl = await other.start();
    try {
      server.inject({ type: 'foreign_next_url', host: new URL(otherUrl).host });
      const { provider } = harness();
      const error = await failure(provider.fetchDailyBars('AAPL', '2023-01-03', '2023-01-31'));
      expect(error).toMatchObject({ kind: 'malformed', retryable: false });
      expect(error.message).toContain('foreign host');
      expect(other.requests).toEqual([]);
      expect(server.requests).toHaveLength(1);
    } finally {
      await other.stop();
    }
  });

  it('stops on a next_url that loops back to a page already fetched', async () => {
    server.inject({ type: 'looping_next_url' });
    const { provider, warnings } = harness();
    const result = await provider.fetchDailyBars('AAPL', '2023-01-03', '2023-01-31');
    expect(result.pages).toBe(1);
    expect(result.bars).toHaveLength(20);
    expect(server.requests).toHaveLength(1);
    expect(warnings.map((w) => w.msg)).toEqual(['Polygon next_url loops; stopping']);
  });

  it('caps the number of pages', async () => {
    server.configure({ pageSize: 5 });
    const { provider } = harness({ maxPages: 3 });
    const error = await failure(provider.fetchDailyBars('AAPL', '2023-01-03', '2023-03-31'));
    expect(error).toMatchObject({ kind: 'malformed', retryable: false });
    expect(server.requests).toHaveLength(3);
  });

  it('waits for Retry-After on 429, then succeeds', async () => {
    server.inject({ type: 'rate_limit', retryAfter: '7' });
    const { provider, sleeps, outcomes, acquired } = harness();
    const result = await provider.fetchDailyBars('AAPL', '2023-01-03', '2023-01-06');
    expect(result.bars).toHaveLength(4);
    expect(sleeps).toEqual([7_000]);
    expect(outcomes).toEqual(['429', 'ok']);
    expect(acquired()).toBe(2);
    expect(server.requests).toHaveLength(2);
  });

  it('reads an HTTP-date Retry-After against the injected clock', async () => {
    server.inject({ type: 'rate_limit', retryAfter: 'Mon, 05 Jan 2026 15:00:30 GMT' });
    const { provider, sleeps } = harness({ now: () => Date.parse('2026-01-05T15:00:00Z') });
    await provider.fetchDailyBars('AAPL', '2023-01-03', '2023-01-06');
    expect(sleeps).toEqual([30_000]);
  });

  it('without Retry-After waits at least a rate window per 429, beyond maxRetries', async () => {
    server.inject({ type: 'rate_limit' }, { times: 5 });
    const { provider, sleeps, outcomes } = harness({ maxRetries: 1 });
    await provider.fetchDailyBars('AAPL', '2023-01-03', '2023-01-06');
    expect(sleeps).toEqual([12_000, 24_000, 48_000, 60_000, 60_000]);
    expect(outcomes).toEqual(['429', '429', '429', '429', '429', 'ok']);
  });

  it('fails as rate_limited only when the 429 budget is spent', async () => {
    server.inject({ type: 'rate_limit', retryAfter: '1' }, { times: 3 });
    const { provider } = harness({ maxRateLimitRetries: 2 });
    const error = await failure(provider.fetchDailyBars('AAPL', '2023-01-03', '2023-01-06'));
    expect(error).toMatchObject({ kind: 'rate_limited', retryable: true, status: 429 });
    expect(error.message).toContain("You've exceeded the maximum requests per minute");
    expect(server.requests).toHaveLength(3);
  });

  it.each([
    ['a JSON 503', { type: 'server_error', status: 503 } as const],
    ['an HTML 502', { type: 'server_error', body: 'html' } as const],
    ['a 499', { type: 'server_error', status: 499 } as const],
  ])('retries %s with jittered backoff, then succeeds', async (_name, fault) => {
    server.inject(fault, { times: 2 });
    const { provider, sleeps, outcomes } = harness();
    const result = await provider.fetchDailyBars('AAPL', '2023-01-03', '2023-01-06');
    expect(result.bars).toHaveLength(4);
    expect(sleeps).toEqual([500, 1_000]); // random 0.5 × 1 s·2^n
    expect(outcomes).toEqual(['5xx', '5xx', 'ok']);
  });

  it('retries a timeout, then succeeds', async () => {
    // The retry must finish within the timeout on a loaded CI machine too (150 ms once did not).
    server.inject({ type: 'delay', ms: 4_000 });
    const { provider, outcomes, sleeps } = harness({ timeoutMs: 1_000 });
    const result = await provider.fetchDailyBars('AAPL', '2023-01-03', '2023-01-06');
    expect(result.bars).toHaveLength(4);
    expect(outcomes).toEqual(['timeout', 'ok']);
    expect(sleeps).toEqual([500]);
  });

  it('retries a connection reset, then succeeds', async () => {
    server.inject({ type: 'reset' });
    const { provider, outcomes } = harness();
    const result = await provider.fetchDailyBars('AAPL', '2023-01-03', '2023-01-06');
    expect(result.bars).toHaveLength(4);
    expect(outcomes).toEqual(['error', 'ok']);
    expect(server.requests).toHaveLength(2);
  });

  it.each(['truncated', 'html', 'wrong_shape'] as const)(
    'retries a malformed (%s) body, then fails as transient after maxRetries',
    async (variant) => {
      server.inject({ type: 'malformed', variant }, { times: 3 });
      const { provider, sleeps, outcomes } = harness({ maxRetries: 2 });
      const error = await failure(provider.fetchDailyBars('AAPL', '2023-01-03', '2023-01-06'));
      expect(error).toMatchObject({ kind: 'transient', retryable: true });
      expect(error.message).toMatch(/Polygon body.*\(gave up after 2 retries\)$/);
      expect(sleeps).toEqual([500, 1_000]);
      expect(outcomes).toEqual(['error', 'error', 'error']);
      expect(server.requests).toHaveLength(3);
      expectNoSecret(error);
    },
  );

  it('fails immediately as auth on a wrong key, after one request', async () => {
    const { provider, sleeps, outcomes } = harness({ apiKey: `${API_KEY}-wrong` });
    const error = await failure(provider.fetchDailyBars('AAPL', '2023-01-03', '2023-01-06'));
    expect(error).toMatchObject({ kind: 'auth', retryable: false, status: 401, message: 'Unknown API Key' });
    expect(error.requestId).toMatch(/^[0-9a-f]{32}$/);
    expect(server.requests).toEqual([expect.objectContaining({ hasAuthorization: true, authorized: false })]);
    expect(sleeps).toEqual([]);
    expect(outcomes).toEqual(['error']);
    expectNoSecret(error);
    expect(JSON.stringify(error)).not.toContain(`${API_KEY}-wrong`);
  });

  it.each([
    [{ type: 'forbidden', reason: 'timeframe' } as const, 'plan_history_limit', 403],
    [{ type: 'forbidden', reason: 'before_end_of_day' } as const, 'not_yet_available', 403],
    [{ type: 'forbidden', reason: 'not_entitled' } as const, 'not_entitled', 403],
    [{ type: 'bad_request' } as const, 'bad_request', 400],
    [{ type: 'not_found' } as const, 'not_found', 404],
  ])('fails immediately on %j as %s, after one request', async (fault, kind, status) => {
    server.inject(fault, { times: 5 });
    const { provider, sleeps } = harness();
    const error = await failure(provider.fetchDailyBars('AAPL', '2023-01-03', '2023-01-06'));
    expect(error).toMatchObject({ kind, status, retryable: false });
    expect(server.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
    expectNoSecret(error);
  });

  it('never puts the key in errors or logs, even when the server echoes it', async () => {
    const echo = new PolygonFakeServer({ apiKey: API_KEY });
    await echo.start();
    try {
      echo.inject({ type: 'server_error', status: 503 }, { times: 10 });
      const logged: string[] = [];
      const { provider } = harness({
        baseUrl: echo.baseUrl,
        maxRetries: 1,
        logger: {
          warn: (obj, msg) => logged.push(JSON.stringify(obj) + msg),
          debug: (obj, msg) => logged.push(JSON.stringify(obj) + msg),
        },
      });
      const error = await failure(provider.fetchDailyBars('AAPL', '2023-01-03', '2023-01-06'));
      expectNoSecret(error);
      expect(logged.length).toBeGreaterThan(0);
      expect(logged.join('\n')).not.toContain(API_KEY);
    } finally {
      await echo.stop();
    }
  });

  it('rejects bad arguments without a request', async () => {
    const { provider } = harness();
    for (const call of [
      provider.fetchDailyBars('AAPL', '2023-02-30', '2023-03-01'),
      provider.fetchDailyBars('AAPL', '2023-03-02', '2023-03-01'),
      provider.fetchDailyBars('', '2023-03-01', '2023-03-02'),
      provider.fetchSplits('AAPL', 'yesterday'),
    ]) {
      expect(await failure(call)).toMatchObject({ kind: 'bad_request', retryable: false });
    }
    expect(server.requests).toEqual([]);
  });

  it('stops retrying when the caller aborts', async () => {
    server.inject({ type: 'server_error' }, { times: 5 });
    const controller = new AbortController();
    const { provider, outcomes } = harness({
      sleep: async () => {
        controller.abort(new Error('shutting down'));
        throw controller.signal.reason;
      },
    });
    await expect(
      provider.fetchDailyBars('AAPL', '2023-01-03', '2023-01-06', controller.signal),
    ).rejects.toThrow('shutting down');
    expect(outcomes).toEqual(['5xx']);
  });

  it('aborts an in-flight request without counting it as a timeout', async () => {
    server.inject({ type: 'delay', ms: 1_000 });
    const { provider, outcomes } = harness();
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('cancelled')), 50);
    await expect(
      provider.fetchDailyBars('AAPL', '2023-01-03', '2023-01-06', controller.signal),
    ).rejects.toThrow('cancelled');
    expect(outcomes).toEqual([]);
  });
});

describe('PolygonProvider.fetchTickerDetails', () => {
  it('returns name and primary exchange', async () => {
    const { provider } = harness();
    await expect(provider.fetchTickerDetails('AAPL')).resolves.toEqual({
      ticker: 'AAPL',
      name: 'Apple Inc.',
      exchange: 'XNAS',
    });
    expect(server.requests[0].path).toBe('/v3/reference/tickers/AAPL');
  });

  it('returns null for an unknown ticker (404)', async () => {
    const { provider, outcomes } = harness();
    await expect(provider.fetchTickerDetails('UNKNOWN')).resolves.toBeNull();
    expect(outcomes).toEqual(['error']);
  });

  it('still throws other errors', async () => {
    server.inject({ type: 'forbidden', reason: 'not_entitled' });
    const { provider } = harness();
    expect(await failure(provider.fetchTickerDetails('AAPL'))).toMatchObject({ kind: 'not_entitled' });
  });
});

describe('PolygonProvider.fetchSplits', () => {
  it('returns splits since a date, ascending, following pages', async () => {
    server.configure({ pageSize: 1 });
    const { provider, acquired } = harness();
    const splits = await provider.fetchSplits('AAPL', '2020-01-01');
    expect(splits).toEqual([
      { ticker: 'AAPL', executionDate: '2022-06-06', splitFrom: '1', splitTo: '4' },
      { ticker: 'AAPL', executionDate: '2024-06-10', splitFrom: '1', splitTo: '10' },
    ]);
    expect(acquired()).toBe(2);
    expect(server.requests[0]).toMatchObject({
      path: '/v3/reference/splits',
      query: { ticker: 'AAPL', 'execution_date.gte': '2020-01-01', limit: '1000' },
    });
  });

  it('filters by execution date', async () => {
    const { provider } = harness();
    await expect(provider.fetchSplits('AAPL', '2022-06-07')).resolves.toEqual([
      { ticker: 'AAPL', executionDate: '2024-06-10', splitFrom: '1', splitTo: '10' },
    ]);
    await expect(provider.fetchSplits('NVDA', '2000-01-01')).resolves.toEqual([]);
  });
});

describe('PolygonProvider.fetchDividends', () => {
  beforeEach(async () => {
    await server.stop();
    server = new PolygonFakeServer({
      apiKey: API_KEY,
      market: {
        firstDate: '2021-01-04',
        lastDate: '2024-12-31',
        dividends: [
          {
            ticker: 'AAPL',
            exDividendDate: '2020-08-07',
            cashAmount: 0.82,
            payDate: '2020-08-13',
            recordDate: '2020-08-10',
          },
          { ticker: 'AAPL', exDividendDate: '2024-05-10', cashAmount: 0.25, currency: 'USD' },
          { ticker: 'AAPL', exDividendDate: '2024-08-12', cashAmount: 0.25, currency: 'USD' },
          { ticker: 'SHOP', exDividendDate: '2024-03-07', cashAmount: 0.5, currency: 'CAD' },
        ],
      },
    });
    await server.start();
  });

  it('returns dividends since an ex-date, ascending, following pages through the limiter', async () => {
    server.configure({ pageSize: 1 });
    const { provider, acquired } = harness();
    await expect(provider.fetchDividends('AAPL', '2020-01-01')).resolves.toEqual([
      {
        ticker: 'AAPL',
        exDividendDate: '2020-08-07',
        payDate: '2020-08-13',
        recordDate: '2020-08-10',
        cashAmount: '0.82',
        currency: null,
        dividendType: 'CD',
      },
      {
        ticker: 'AAPL',
        exDividendDate: '2024-05-10',
        payDate: null,
        recordDate: null,
        cashAmount: '0.25',
        currency: 'USD',
        dividendType: 'CD',
      },
      {
        ticker: 'AAPL',
        exDividendDate: '2024-08-12',
        payDate: null,
        recordDate: null,
        cashAmount: '0.25',
        currency: 'USD',
        dividendType: 'CD',
      },
    ]);
    expect(acquired()).toBe(3);
    expect(server.requests[0]).toMatchObject({
      path: '/v3/reference/dividends',
      query: { ticker: 'AAPL', 'ex_dividend_date.gte': '2020-01-01', limit: '1000' },
    });
    expect(server.requests[1].query).toEqual({ cursor: expect.any(String) });
  });

  it('filters by ticker and ex-date, keeps the currency as sent', async () => {
    const { provider } = harness();
    await expect(provider.fetchDividends('AAPL', '2024-06-01')).resolves.toMatchObject([
      { exDividendDate: '2024-08-12' },
    ]);
    await expect(provider.fetchDividends('SHOP', '2000-01-01')).resolves.toMatchObject([{ currency: 'CAD' }]);
    await expect(provider.fetchDividends('NVDA', '2000-01-01')).resolves.toEqual([]);
  });

  it('retries a 5xx and a malformed page, then succeeds', async () => {
    server.inject({ type: 'server_error' }, { path: '/v3/reference/dividends' });
    server.inject({ type: 'malformed', variant: 'wrong_shape' }, { path: '/v3/reference/dividends' });
    const { provider, outcomes, sleeps } = harness();
    await expect(provider.fetchDividends('SHOP', '2000-01-01')).resolves.toHaveLength(1);
    expect(outcomes).toEqual(['5xx', 'error', 'ok']);
    expect(sleeps).toHaveLength(2);
  });

  it('does not follow a next_url to another host, and rejects bad arguments without a request', async () => {
    server.inject({ type: 'foreign_next_url' }, { path: '/v3/reference/dividends' });
    const { provider } = harness();
    expect(await failure(provider.fetchDividends('AAPL', '2020-01-01'))).toBeInstanceOf(MarketDataError);
    expect(server.requestsTo('attacker')).toEqual([]);
    server.reset();
    expect(await failure(provider.fetchDividends('AAPL', 'last week'))).toMatchObject({
      kind: 'bad_request',
    });
    expect(await failure(provider.fetchDividends('', '2020-01-01'))).toMatchObject({ kind: 'bad_request' });
    expect(server.requests).toEqual([]);
  });
});

describe('PolygonProvider construction', () => {
  it('validates its options without echoing the key', () => {
    const base = {
      apiKey: API_KEY,
      baseUrl: 'https://api.massive.com',
      timeoutMs: 1_000,
      maxRetries: 2,
      rateLimiter: { acquire: async () => {} },
    };
    expect(() => new PolygonProvider({ ...base, apiKey: '' })).toThrow('apiKey is required');
    expect(() => new PolygonProvider({ ...base, baseUrl: 'ftp://x' })).toThrow('http(s)');
    expect(
      () => new PolygonProvider({ ...base, baseUrl: `https://api.massive.com/?apiKey=${API_KEY}` }),
    ).toThrow(/^((?!pk_secret).)*$/);
    expect(() => new PolygonProvider({ ...base, timeoutMs: 0 })).toThrow('timeoutMs');
    const provider = new PolygonProvider(base);
    expect(provider.name).toBe('polygon');
    expect(JSON.stringify(provider)).not.toContain(API_KEY);
    expect(inspect(provider, { depth: 10, showHidden: true })).not.toContain(API_KEY);
  });
});
