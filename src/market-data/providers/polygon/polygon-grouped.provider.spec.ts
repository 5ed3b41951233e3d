import { PolygonFakeServer } from '../../../../test/fakes/polygon-fake-server.js';
import { MarketDataError } from '../market-data.error.js';
import { PolygonProvider } from './polygon.provider.js';

const API_KEY = 'pk_secret_0123456789abcdef';

let server: PolygonFakeServer;
let acquires: number;
let sleeps: number[];

beforeEach(async () => {
  server = new PolygonFakeServer({
    apiKey: API_KEY,
    groupedTickers: ['AAPL', 'BRK.B', 'MSFT'],
    market: {
      firstDate: '2024-01-02',
      lastDate: '2024-12-31',
      splits: [
        { ticker: 'NVDA', executionDate: '2024-06-10', splitFrom: 1, splitTo: 10 },
        { ticker: 'AVGO', executionDate: '2024-07-15', splitFrom: 1, splitTo: 10 },
      ],
      dividends: [
        { ticker: 'KO', exDividendDate: '2024-06-14', cashAmount: 0.485 },
        { ticker: 'PG', exDividendDate: '2024-07-19', cashAmount: 1.0065 },
      ],
    },
  });
  await server.start();
  acquires = 0;
  sleeps = [];
});

afterEach(() => server.stop());

function provider(): PolygonProvider {
  return new PolygonProvider({
    apiKey: API_KEY,
    baseUrl: server.baseUrl,
    timeoutMs: 2_000,
    maxRetries: 2,
    rateLimiter: { acquire: async () => void acquires++ },
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 0.5,
  });
}

describe('PolygonProvider.fetchGroupedDaily', () => {
  it("returns every ticker's bar of the day, dated in New York, exactly as the per-ticker endpoint's", async () => {
    const day = await provider().fetchGroupedDaily('2024-03-11'); // the Monday after the DST switch
    expect(day.bars.map((bar) => bar.ticker)).toEqual(['AAPL', 'BRK.B', 'MSFT']);
    expect(day.adjusted).toBe(true);
    expect(day.requestId).toMatch(/^[0-9a-f]{32}$/);
    const single = await provider().fetchDailyBars('MSFT', '2024-03-11', '2024-03-11');
    expect(day.bars[2]).toEqual({ ticker: 'MSFT', ...single.bars[0] });
    const [request] = server.requestsTo('/v2/aggs/grouped/');
    expect(request.path).toBe('/v2/aggs/grouped/locale/us/market/stocks/2024-03-11');
    expect(request.query).toEqual({ adjusted: 'true', include_otc: 'true' });
    expect(request.hasAuthorization).toBe(true);
  });

  it('a weekend or holiday is no bars, not an error', async () => {
    expect((await provider().fetchGroupedDaily('2024-12-25')).bars).toEqual([]);
    server.configure({ emptyResults: 'null' });
    expect((await provider().fetchGroupedDaily('2024-12-28')).bars).toEqual([]);
  });

  it('retries 429 and 5xx through the rate limiter, then succeeds', async () => {
    server.inject({ type: 'rate_limit' }, { path: '/grouped/' });
    server.inject({ type: 'server_error', status: 502, body: 'html' }, { path: '/grouped/' });
    const day = await provider().fetchGroupedDaily('2024-03-11');
    expect(day.bars).toHaveLength(3);
    expect(acquires).toBe(3);
    expect(sleeps).toHaveLength(2);
    expect(sleeps[0]).toBeGreaterThanOrEqual(12_000); // a 429 waits at least a rate window
  });

  it('fails as transient once retries are spent, and rejects a bad date without a request', async () => {
    server.inject({ type: 'server_error' }, { path: '/grouped/', times: 3 });
    const error = await provider()
      .fetchGroupedDaily('2024-03-11')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MarketDataError);
    expect((error as MarketDataError).kind).toBe('transient');
    await expect(provider().fetchGroupedDaily('2024-02-30')).rejects.toMatchObject({ kind: 'bad_request' });
    expect(server.requestsTo('/grouped/')).toHaveLength(3);
  });
});

describe('PolygonProvider market-wide corporate actions', () => {
  it("lists every ticker's splits and dividends in a window, ascending", async () => {
    const splits = await provider().fetchMarketSplits('2024-06-01', '2024-12-31');
    expect(splits.map((split) => [split.ticker, split.executionDate])).toEqual([
      ['NVDA', '2024-06-10'],
      ['AVGO', '2024-07-15'],
    ]);
    expect(await provider().fetchMarketSplits('2024-06-11', '2024-07-14')).toEqual([]);
    const dividends = await provider().fetchMarketDividends('2024-06-01', '2024-06-30');
    expect(dividends.map((dividend) => [dividend.ticker, dividend.cashAmount])).toEqual([['KO', '0.485']]);
    expect(server.requestsTo('/v3/reference/splits')[0].query).toEqual({
      'execution_date.gte': '2024-06-01',
      'execution_date.lte': '2024-12-31',
      limit: '1000',
    });
  });
});
