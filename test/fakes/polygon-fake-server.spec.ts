import { gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { newYorkDate } from '../../src/common/time/calendar-date.js';
import { PolygonFakeServer } from './polygon-fake-server.js';
import { polygonFloat } from './polygon-wire-format.js';
import { SyntheticMarket } from './synthetic-market.js';

const KEY = 'fake-key';

/** The fields these tests read from fake responses. */
interface Body {
  status: string;
  error?: string;
  message?: string;
  resultsCount?: number;
  next_url?: string;
  results: Array<{ t: number } & Record<string, unknown>>;
}

const jsonOf = async (response: Response): Promise<Body> => (await response.json()) as Body;

describe('SyntheticMarket', () => {
  const market = new SyntheticMarket({
    seed: 7,
    firstDate: '2020-01-02',
    lastDate: '2022-12-30',
    splits: [{ ticker: 'GME', executionDate: '2022-07-22', splitFrom: 1, splitTo: 4 }],
  });

  it('is deterministic per seed and ticker', () => {
    const again = new SyntheticMarket({ seed: 7, firstDate: '2020-01-02', lastDate: '2022-12-30' });
    expect(again.bars('SPY', '2020-01-02', '2022-12-30', true)).toEqual(
      market.bars('SPY', '2020-01-02', '2022-12-30', true),
    );
    expect(market.bars('SPY', '2021-01-04', '2021-01-04', true)).not.toEqual(
      market.bars('QQQ', '2021-01-04', '2021-01-04', true),
    );
  });

  it('stamps each bar 00:00 New York of its session and keeps OHLC consistent', () => {
    for (const bar of market.bars('SPY', '2020-01-02', '2022-12-30', true)) {
      expect(newYorkDate(bar.t)).toBe(bar.date);
      expect([4, 5]).toContain(new Date(bar.t).getUTCHours()); // EDT or EST midnight
      expect(bar.h).toBeGreaterThanOrEqual(Math.max(bar.o, bar.c));
      expect(bar.l).toBeLessThanOrEqual(Math.min(bar.o, bar.c));
    }
  });

  it('divides pre-split prices by the ratio when adjusted', () => {
    const [before] = market.bars('GME', '2022-07-21', '2022-07-21', true);
    const [rawBefore] = market.bars('GME', '2022-07-21', '2022-07-21', false);
    const [after] = market.bars('GME', '2022-07-22', '2022-07-22', true);
    const [rawAfter] = market.bars('GME', '2022-07-22', '2022-07-22', false);
    expect(rawBefore.c).toBeCloseTo(before.c * 4, 8);
    expect(before.v).toBeCloseTo(rawBefore.v * 4, 4);
    expect(rawAfter).toEqual(after);
  });

  it('knows no bars for unknown tickers', () => {
    expect(market.bars('UNKNOWN', '2020-01-02', '2022-12-30', true)).toEqual([]);
    expect(market.details('UNKNOWN')).toBeNull();
  });
});

describe('polygonFloat', () => {
  it('writes numbers the way Polygon does', () => {
    expect([63896155, 70661926.525697, 8348400, 895345, 131.2636, 0.00001].map(polygonFloat)).toEqual([
      '6.3896155e+07',
      '7.0661926525697e+07',
      '8.3484e+06',
      '895345',
      '131.2636',
      '1e-05',
    ]);
  });
});

describe('PolygonFakeServer', () => {
  let server: PolygonFakeServer;

  beforeEach(async () => {
    server = new PolygonFakeServer({
      apiKey: KEY,
      market: { firstDate: '2022-01-03', lastDate: '2023-12-29' },
    });
    await server.start();
  });

  afterEach(() => server.stop());

  const get = (path: string, headers: Record<string, string> = { Authorization: `Bearer ${KEY}` }) =>
    fetch(`${server.baseUrl}${path}`, { headers });

  it('serves aggregates with the real key order, exponent volumes and an X-Request-Id', async () => {
    const response = await get(
      '/v2/aggs/ticker/AAPL/range/1/day/2023-01-01/2023-01-10?adjusted=true&sort=asc&limit=50000',
    );
    const text = await response.text();
    const body = JSON.parse(text);
    expect(response.status).toBe(200);
    expect(Object.keys(body)).toEqual([
      'ticker',
      'queryCount',
      'resultsCount',
      'adjusted',
      'results',
      'status',
      'request_id',
      'count',
    ]);
    expect(Object.keys(body.results[0])).toEqual(['v', 'vw', 'o', 'c', 'h', 'l', 't', 'n']);
    expect(body.results.map((bar: { t: number }) => newYorkDate(bar.t))).toEqual([
      '2023-01-03',
      '2023-01-04',
      '2023-01-05',
      '2023-01-06',
      '2023-01-09',
      '2023-01-10',
    ]);
    expect(text).toMatch(/"v":\d\.\d+e\+0[6-8]/);
    expect(response.headers.get('x-request-id')).toBe(body.request_id);
  });

  it('gzips when asked', async () => {
    const raw = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
      const req = request(
        `${server.baseUrl}/v3/reference/tickers/AAPL`,
        { headers: { Authorization: `Bearer ${KEY}`, 'Accept-Encoding': 'gzip' } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }),
          );
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(raw.encoding).toBe('gzip');
    expect(JSON.parse(gunzipSync(raw.body).toString()).results).toMatchObject({
      ticker: 'AAPL',
      primary_exchange: 'XNAS',
    });
  });

  it('serves a pre-rendered aggregates answer once, as it would have rendered it, then renders again', async () => {
    const url = '/v2/aggs/ticker/AAPL/range/1/day/2023-01-01/2023-03-31?adjusted=true&sort=asc&limit=50000';
    const live = await (await get(url)).text();
    server.prerenderAggregates([{ ticker: 'AAPL', from: '2023-01-01', to: '2023-03-31' }]);
    expect(server.prerenderedCounts).toEqual({ waiting: 1, served: 0 });
    const served = await get(url); // fetch asks for gzip: served as stored
    const text = await served.text();
    const again = await (await get(url)).text();
    const withoutId = (body: string) => body.replace(/"request_id":"[0-9a-f]+"/, '');
    expect(withoutId(text)).toBe(withoutId(live));
    expect(withoutId(again)).toBe(withoutId(live));
    expect(served.headers.get('x-request-id')).toBe(JSON.parse(text).request_id);
    expect(server.prerenderedCounts).toEqual({ waiting: 0, served: 1 });
    expect(server.requestsTo('/v2/aggs/ticker/AAPL')).toHaveLength(3);
  });

  it('answers 401 without or with a wrong key, and records presence but never the key', async () => {
    const missing = await get('/v2/aggs/ticker/AAPL/range/1/day/2023-01-03/2023-01-04', {});
    const wrong = await get('/v2/aggs/ticker/AAPL/range/1/day/2023-01-03/2023-01-04', {
      Authorization: 'Bearer nope',
    });
    expect([missing.status, wrong.status]).toEqual([401, 401]);
    expect((await jsonOf(missing)).error).toBe('API Key was not provided');
    expect((await jsonOf(wrong)).error).toBe('Unknown API Key');
    expect(server.requests.map((r) => [r.hasAuthorization, r.authorized])).toEqual([
      [false, false],
      [true, false],
    ]);
    expect(JSON.stringify(server.requests)).not.toContain(KEY);
  });

  it('paginates with next_url cursors and serves DELAYED', async () => {
    server.configure({ pageSize: 2, status: 'DELAYED' });
    const first = await jsonOf(
      await get('/v2/aggs/ticker/AAPL/range/1/day/2023-01-03/2023-01-06?adjusted=true&sort=asc&limit=50000'),
    );
    expect(first).toMatchObject({ status: 'DELAYED', resultsCount: 2 });
    const next = new URL(first.next_url ?? '');
    expect(next.pathname).toBe(
      `/v2/aggs/ticker/AAPL/range/1/day/${first.results[0].t + 2 * 86_400_000}/2023-01-06`,
    );
    const second = await jsonOf(await get(`${next.pathname}${next.search}`));
    expect(second.results.map((bar: { t: number }) => newYorkDate(bar.t))).toEqual([
      '2023-01-05',
      '2023-01-06',
    ]);
    expect(second.next_url).toBeUndefined();
  });

  it('injects faults in order, for the number of times asked, by path', async () => {
    server.inject({ type: 'rate_limit', retryAfter: '3' }, { times: 2, path: '/v2/aggs' });
    server.inject({ type: 'forbidden', reason: 'timeframe' });
    const details = await get('/v3/reference/tickers/AAPL');
    const first = await get('/v2/aggs/ticker/AAPL/range/1/day/2023-01-03/2023-01-04');
    const second = await get('/v2/aggs/ticker/AAPL/range/1/day/2023-01-03/2023-01-04');
    const third = await get('/v2/aggs/ticker/AAPL/range/1/day/2023-01-03/2023-01-04');
    expect([details.status, first.status, second.status, third.status]).toEqual([403, 429, 429, 200]);
    expect(first.headers.get('retry-after')).toBe('3');
    expect((await jsonOf(details)).message).toContain('timeframe');
    expect(server.pendingFaults).toBe(0);
  });

  it('resets connections and serves broken bodies on demand', async () => {
    server.inject({ type: 'reset' });
    await expect(get('/v3/reference/tickers/AAPL')).rejects.toThrow();
    server.inject({ type: 'malformed' });
    const truncated = await (await get('/v2/aggs/ticker/AAPL/range/1/day/2023-01-03/2023-01-10')).text();
    expect(() => JSON.parse(truncated)).toThrow();
    server.inject({ type: 'server_error', body: 'html' });
    const html = await get('/v3/reference/tickers/AAPL');
    expect([html.status, await html.text()]).toEqual([
      502,
      expect.stringContaining('<title>502 Bad Gateway</title>'),
    ]);
  });

  it('accepts faults through the control endpoint and reports the request log', async () => {
    const post = (path: string, body: unknown) =>
      fetch(`${server.baseUrl}${path}`, { method: 'POST', body: JSON.stringify(body) });
    expect(
      (await post('/__fake/faults', { fault: { type: 'server_error', status: 503 }, times: 1 })).status,
    ).toBe(204);
    expect((await get('/v3/reference/tickers/AAPL')).status).toBe(503);
    const log = await (await fetch(`${server.baseUrl}/__fake/requests`)).json();
    expect(log).toEqual([
      expect.objectContaining({ path: '/v3/reference/tickers/AAPL', fault: 'server_error' }),
    ]);
    await post('/__fake/reset', {});
    expect(server.requests).toEqual([]);
  });

  it('counts requests per window', async () => {
    for (let i = 0; i < 3; i++) await get('/v3/reference/tickers/AAPL');
    expect(server.maxRequestsInWindow(60_000)).toBe(3);
    expect(server.maxRequestsInWindow(0)).toBe(0);
  });

  it('lists splits newest first, paginated, and 404s unknown ticker details', async () => {
    await server.stop();
    server = new PolygonFakeServer({
      apiKey: KEY,
      pageSize: 1,
      market: {
        splits: [
          { ticker: 'NVDA', executionDate: '2021-07-20', splitFrom: 1, splitTo: 4 },
          { ticker: 'NVDA', executionDate: '2024-06-10', splitFrom: 1, splitTo: 10 },
        ],
      },
    });
    await server.start();
    const page = await jsonOf(
      await get('/v3/reference/splits?ticker=NVDA&execution_date.gte=2020-01-01&limit=1000'),
    );
    expect(page.results).toEqual([
      expect.objectContaining({ execution_date: '2024-06-10', split_from: 1, split_to: 10, ticker: 'NVDA' }),
    ]);
    expect(page.next_url).toContain('/v3/reference/splits?cursor=');
    const missing = await get('/v3/reference/tickers/UNKNOWN');
    expect([missing.status, (await jsonOf(missing)).message]).toEqual([404, 'Ticker not found.']);
  });

  describe('/v3/reference/dividends', () => {
    const dividends = [
      { ticker: 'KO', exDividendDate: '2023-03-14', cashAmount: 0.46, payDate: '2023-04-03' },
      { ticker: 'KO', exDividendDate: '2023-06-15', cashAmount: 0.46, currency: 'USD' },
      { ticker: 'KO', exDividendDate: '2023-09-14', cashAmount: 0.46, currency: 'USD' },
      { ticker: 'SHOP', exDividendDate: '2023-09-01', cashAmount: 0.5, currency: 'CAD' },
    ];

    beforeEach(async () => {
      await server.stop();
      server = new PolygonFakeServer({ apiKey: KEY, market: { dividends } });
      await server.start();
    });

    it('lists one ticker newest first in Polygon keys, currency only where set', async () => {
      const page = await jsonOf(await get('/v3/reference/dividends?ticker=KO&limit=1000'));
      expect(page.results.map((item) => item.ex_dividend_date)).toEqual([
        '2023-09-14',
        '2023-06-15',
        '2023-03-14',
      ]);
      expect(page.results[2]).toEqual({
        cash_amount: 0.46,
        dividend_type: 'CD',
        ex_dividend_date: '2023-03-14',
        frequency: 4,
        id: 'EKO20230314',
        pay_date: '2023-04-03',
        ticker: 'KO',
      });
      expect(page.results[0]).toMatchObject({ currency: 'USD' });
      expect(page.next_url).toBeUndefined();
    });

    it('filters by ex-date, lists every ticker without the filter, and defaults to 10 per page', async () => {
      const since = await jsonOf(
        await get('/v3/reference/dividends?ticker=KO&ex_dividend_date.gte=2023-06-15'),
      );
      expect(since.results.map((item) => item.ex_dividend_date)).toEqual(['2023-09-14', '2023-06-15']);
      const all = await jsonOf(await get('/v3/reference/dividends'));
      expect(all.results.map((item) => item.ticker)).toEqual(['KO', 'SHOP', 'KO', 'KO']);
      expect((await jsonOf(await get('/v3/reference/dividends?ticker=NONE'))).results).toEqual([]);
    });

    it('paginates by limit with a next_url cursor that keeps the filters and never the key', async () => {
      const seen: string[] = [];
      let path: string | null = '/v3/reference/dividends?ticker=KO&limit=2&apiKey=' + KEY;
      while (path !== null) {
        const page: Body = await jsonOf(await get(path, {}));
        seen.push(...page.results.map((item) => String(item.ex_dividend_date)));
        expect(page.next_url ?? '').not.toContain(KEY);
        expect(
          Buffer.from(
            new URL(page.next_url ?? 'http://x/?cursor=').searchParams.get('cursor') ?? '',
            'base64url',
          ).toString(),
        ).not.toContain(KEY);
        path = page.next_url
          ? `${new URL(page.next_url).pathname}${new URL(page.next_url).search}&apiKey=${KEY}`
          : null;
      }
      expect(seen).toEqual(['2023-09-14', '2023-06-15', '2023-03-14']);
      server.configure({ pageSize: 1 });
      const first = await jsonOf(await get('/v3/reference/dividends?ticker=KO&limit=1000'));
      expect(first.results).toHaveLength(1);
      expect(first.next_url).toContain('/v3/reference/dividends?cursor=');
    });

    it('applies the injected faults to the dividends path', async () => {
      server.inject({ type: 'rate_limit', retryAfter: '2' }, { path: '/v3/reference/dividends' });
      server.inject({ type: 'malformed' }, { path: '/v3/reference/dividends' });
      server.inject({ type: 'looping_next_url' }, { path: '/v3/reference/dividends' });
      const limited = await get('/v3/reference/dividends?ticker=KO');
      expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '2']);
      const truncated = await (await get('/v3/reference/dividends?ticker=KO')).text();
      expect(() => JSON.parse(truncated)).toThrow();
      const looping = await jsonOf(await get('/v3/reference/dividends?ticker=KO'));
      expect(looping.next_url).toBe(`${server.baseUrl}/v3/reference/dividends?ticker=KO`);
      expect(server.pendingFaults).toBe(0);
      expect((await get('/v3/reference/dividends?ticker=KO')).status).toBe(200);
    });
  });

  describe('/v2/aggs/grouped/locale/us/market/stocks/{date}', () => {
    const grouped = (date: string) =>
      get(`/v2/aggs/grouped/locale/us/market/stocks/${date}?adjusted=true&include_otc=true`);

    it("lists the configured tickers' bars of the date, stamped 16:00 New York, equal to the per-ticker bars", async () => {
      server.configure({ groupedTickers: ['MSFT', 'AAPL'] });
      const response = await grouped('2023-03-13'); // the Monday after the DST switch
      const text = await response.text();
      const body = JSON.parse(text);
      expect(Object.keys(body)).toEqual([
        'queryCount',
        'resultsCount',
        'adjusted',
        'results',
        'status',
        'request_id',
        'count',
      ]);
      expect(body.results.map((bar: { T: string }) => bar.T)).toEqual(['AAPL', 'MSFT']);
      expect(Object.keys(body.results[0])).toEqual(['T', 'v', 'vw', 'o', 'c', 'h', 'l', 't', 'n']);
      expect(new Date(body.results[0].t).toISOString()).toBe('2023-03-13T20:00:00.000Z'); // 16:00 EDT
      for (const bar of body.results as ({ T: string; t: number } & Record<string, unknown>)[]) {
        const single = await jsonOf(await get(`/v2/aggs/ticker/${bar.T}/range/1/day/2023-03-13/2023-03-13`));
        const { T, t, ...fields } = bar;
        expect(newYorkDate(t)).toBe(newYorkDate(single.results[0].t));
        expect({ ...single.results[0], t: undefined }).toEqual({ ...fields, t: undefined });
        expect(T).toBeDefined();
      }
    });

    it('answers no results on a weekend or holiday, and 400 for a bad date', async () => {
      server.configure({ groupedTickers: ['AAPL'] });
      for (const date of ['2023-03-11', '2023-12-25']) {
        const body = await jsonOf(await grouped(date));
        expect([body.status, body.resultsCount, 'results' in body]).toEqual(['OK', 0, false]);
      }
      expect((await grouped('2023-02-30')).status).toBe(400);
    });

    it('applies the injected faults to the grouped path', async () => {
      server.configure({ groupedTickers: ['AAPL'] });
      server.inject({ type: 'rate_limit' }, { path: '/v2/aggs/grouped/' });
      server.inject({ type: 'server_error', status: 503 }, { path: '/v2/aggs/grouped/' });
      expect((await grouped('2023-03-13')).status).toBe(429);
      expect((await grouped('2023-03-13')).status).toBe(503);
      expect((await grouped('2023-03-13')).status).toBe(200);
      expect(server.requestsTo('/grouped/').map((r) => r.fault)).toEqual([
        'rate_limit',
        'server_error',
        undefined,
      ]);
    });

    it("lists every ticker's splits in an execution-date window when no ticker is given", async () => {
      await server.stop();
      server = new PolygonFakeServer({
        apiKey: KEY,
        market: {
          splits: [
            { ticker: 'NVDA', executionDate: '2024-06-10', splitFrom: 1, splitTo: 10 },
            { ticker: 'AVGO', executionDate: '2024-07-15', splitFrom: 1, splitTo: 10 },
            { ticker: 'CMG', executionDate: '2024-06-26', splitFrom: 1, splitTo: 50 },
          ],
        },
      });
      await server.start();
      const page = await jsonOf(
        await get(
          '/v3/reference/splits?execution_date.gte=2024-06-10&execution_date.lte=2024-06-30&limit=1000',
        ),
      );
      expect(page.results.map((split) => split.ticker)).toEqual(['CMG', 'NVDA']);
    });
  });
});
