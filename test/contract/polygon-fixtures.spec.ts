import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MarketDataError } from '../../src/market-data/providers/market-data.error.js';
import {
  parsePolygonAggs,
  parsePolygonGroupedDaily,
} from '../../src/market-data/providers/polygon/polygon-aggs.parser.js';
import { parsePolygonEnvelope } from '../../src/market-data/providers/polygon/polygon-envelope.js';
import { classifyPolygonError } from '../../src/market-data/providers/polygon/polygon-error.classifier.js';
import { parsePolygonDividends } from '../../src/market-data/providers/polygon/polygon-dividends.parser.js';
import {
  parsePolygonSplits,
  parsePolygonTickerDetails,
} from '../../src/market-data/providers/polygon/polygon-reference.parser.js';
import { optionalDescribe } from '../support/optional-suite.js';

/**
 * Contract: the real parser against real recorded Polygon bodies, read in place from the shared
 * fixture folder (provenance in its SOURCES.md; never copied into this repository).
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixturesDir = path.resolve(repoRoot, '../shared/polygon-fixtures');
// Skipped (named in the run's last line) without the folder; under CI=true its absence fails the run.
const describeWithFixtures = optionalDescribe({
  suite: 'Polygon contract tests',
  present: existsSync(fixturesDir),
  missing: `fixture folder ${fixturesDir} not found (CI has shared/ beside the clone)`,
});

const read = (file: string): string => readFileSync(path.join(fixturesDir, file), 'utf8');

/** Every aggregates-shaped fixture (range, /prev, grouped); a new file must be added here with its facts. */
const AGGS_FIXTURES = [
  'client-python-raw/aggs_AAPL_1_day_2005-04-01_2005-04-04.raw.json',
  'client-python-raw/prev_AAPL.raw.json',
  'client-python/aggs_AAPL_1_day_2005-04-01_2005-04-04.json',
  'client-python/grouped_stocks_2005-04-04.json',
  'client-python/prev_AAPL.json',
  'gtsf-backtester/sample_price_today_response.json',
  'openbb-cassettes/terminal_test_load_1440-polygon.body.json',
  'openbb-cassettes/test_polygon_equity_historical_fetcher.body.json',
  'openbb-cassettes/test_polygon_equity_historical_fetcher_urllib3_v2.body.json',
];

function allFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? allFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}

const AAPL_2023_JAN = [
  {
    date: '2023-01-03',
    open: '130.28',
    high: '130.9',
    low: '124.17',
    close: '125.07',
    volume: '112117471',
    vwap: '125.725',
    trades: 1021065,
  },
  {
    date: '2023-01-04',
    open: '126.89',
    high: '128.6557',
    low: '125.08',
    close: '126.36',
    volume: '89100633',
    vwap: '126.6464',
    trades: 770042,
  },
  {
    date: '2023-01-05',
    open: '127.13',
    high: '127.77',
    low: '124.76',
    close: '125.02',
    volume: '80716808',
    vwap: '126.0883',
    trades: 665458,
  },
  {
    date: '2023-01-06',
    open: '126.01',
    high: '130.29',
    low: '124.89',
    close: '129.62',
    volume: '87754715',
    vwap: '128.1982',
    trades: 711520,
  },
  {
    date: '2023-01-09',
    open: '130.465',
    high: '133.41',
    low: '129.89',
    close: '130.15',
    volume: '70790813',
    vwap: '131.6292',
    trades: 645365,
  },
  {
    date: '2023-01-10',
    open: '130.26',
    high: '131.2636',
    low: '128.12',
    close: '130.73',
    volume: '63896155',
    vwap: '129.822',
    trades: 554940,
  },
];

describeWithFixtures(`Polygon recorded fixtures (${fixturesDir})`, () => {
  it('covers every aggregates, /prev and grouped fixture in the folder', () => {
    const found = allFiles(fixturesDir).filter((file) =>
      /(^|\/)(aggs_|prev_|grouped_|sample_price_today)|\.body\.json$/.test(file),
    );
    expect(found.sort()).toEqual([...AGGS_FIXTURES].sort());
  });

  it.each(AGGS_FIXTURES)('%s parses strictly as success', (file) => {
    const parse = file.includes('grouped') ? parsePolygonGroupedDaily : parsePolygonAggs;
    const page = parse(read(file));
    expect(page.status).toBe('OK');
    expect(page.bars.length).toBeGreaterThan(0);
    expect(page.requestId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('AAPL 2005: 00:00 EST and 00:00 EDT bars fall on 2005-04-01 and 2005-04-04 across the DST switch', () => {
    const page = parsePolygonAggs(read('client-python-raw/aggs_AAPL_1_day_2005-04-01_2005-04-04.raw.json'));
    expect(page).toMatchObject({
      ticker: 'AAPL',
      adjusted: true,
      requestId: '12afda77aab3b1936c5fb6ef4241ae42',
      nextUrl: null,
    });
    expect(page.bars).toEqual([
      {
        date: '2005-04-01',
        open: '1.5032',
        high: '1.5064',
        low: '1.4489',
        close: '1.4604',
        volume: '642646396',
        vwap: '1.469',
        trades: 82132,
      },
      {
        date: '2005-04-04',
        open: '1.4639',
        high: '1.4754',
        low: '1.4343',
        close: '1.4675',
        volume: '578172308',
        vwap: '1.4589',
        trades: 65543,
      },
    ]);
  });

  it('the maintainers’ re-indented copy (642646396.0) parses to the same bars as the compact wire bytes', () => {
    const raw = parsePolygonAggs(read('client-python-raw/aggs_AAPL_1_day_2005-04-01_2005-04-04.raw.json'));
    const pretty = parsePolygonAggs(read('client-python/aggs_AAPL_1_day_2005-04-01_2005-04-04.json'));
    expect(pretty.bars).toEqual(raw.bars);
  });

  it('AAPL 2023-01-01..10 (asc): six bars, first 2023-01-03 (New Year observed skipped), exponent volumes exact', () => {
    const page = parsePolygonAggs(
      read('openbb-cassettes/test_polygon_equity_historical_fetcher_urllib3_v2.body.json'),
    );
    expect(page.bars).toEqual(AAPL_2023_JAN);
    expect(page.requestId).toBe('7b7ea352e9d8d54ea2e3d3e21ff097c7');
  });

  it('the desc recording (7 months earlier) holds the same bars in reverse order', () => {
    const page = parsePolygonAggs(read('openbb-cassettes/test_polygon_equity_historical_fetcher.body.json'));
    expect(page.bars).toEqual([...AAPL_2023_JAN].reverse());
  });

  it('the cassette’s X-Request-Id header matches the body request_id', () => {
    const yaml = read('openbb-cassettes/test_polygon_equity_historical_fetcher_urllib3_v2.yaml');
    expect(/X-Request-Id:\s*\n\s*- (\w+)/.exec(yaml)?.[1]).toBe('7b7ea352e9d8d54ea2e3d3e21ff097c7');
  });

  it('GME Dec-2021 (recorded after the 2022 4:1 split): split-adjusted closes and short exponent volumes', () => {
    const page = parsePolygonAggs(read('openbb-cassettes/terminal_test_load_1440-polygon.body.json'));
    expect(page.bars.map(({ date, close, volume, high }) => ({ date, close, volume, high }))).toEqual([
      { date: '2021-12-02', close: '45.39', volume: '8348400', high: '46.8575' },
      { date: '2021-12-01', close: '44.96', volume: '9422140', high: '50.0263' },
    ]);
  });

  it('/prev stamps 16:00 ET and still maps to the session date', () => {
    const raw = parsePolygonAggs(read('client-python-raw/prev_AAPL.raw.json'));
    expect(raw.bars).toEqual([
      {
        date: '2022-04-26',
        open: '162.25',
        high: '162.34',
        low: '156.72',
        close: '156.8',
        volume: '95595226',
        vwap: '158.6074',
        trades: 899965,
      },
    ]);
    expect(parsePolygonAggs(read('client-python/prev_AAPL.json')).bars).toEqual(raw.bars);
    const today = parsePolygonAggs(read('gtsf-backtester/sample_price_today_response.json'));
    expect(today.bars.map(({ date, volume, close }) => ({ date, volume, close }))).toEqual([
      { date: '2023-01-25', volume: '65799349', close: '141.86' },
    ]);
  });

  it('grouped daily carries the ticker in T (shape-only fixture)', () => {
    const page = parsePolygonGroupedDaily(read('client-python/grouped_stocks_2005-04-04.json'));
    expect(page.bars).toEqual([
      {
        ticker: 'GIK',
        date: '2020-10-14',
        open: '9.99',
        high: '10.02',
        low: '9.9',
        close: '10.02',
        volume: '895345',
        vwap: '9.9979',
        trades: 96,
      },
    ]);
  });

  it('DELAYED (non-real-time plans) is success with the same bars', () => {
    const delayed = read(
      'openbb-cassettes/test_polygon_equity_historical_fetcher_urllib3_v2.body.json',
    ).replace('"status":"OK"', '"status":"DELAYED"');
    const page = parsePolygonAggs(delayed);
    expect(page.status).toBe('DELAYED');
    expect(page.bars).toEqual(AAPL_2023_JAN);
  });

  it('rejects bodies that are not aggregates (/v1/open-close) instead of reading zero bars', () => {
    for (const file of [
      'gtsf-backtester/sample_price_past_response.json',
      'client-python/open-close_AAPL_2005-04-01.json',
    ]) {
      expect(() => parsePolygonAggs(read(file))).toThrow(expect.objectContaining({ kind: 'malformed' }));
    }
  });

  it('a truncated real body is malformed, not empty', () => {
    const text = read('client-python-raw/aggs_AAPL_1_day_2005-04-01_2005-04-04.raw.json');
    expect(() => parsePolygonAggs(text.slice(0, text.length - 20))).toThrow(
      expect.objectContaining({ kind: 'malformed' }),
    );
  });

  it('the 404 NOT_FOUND body becomes a not_found error with its text and request id', () => {
    const error = classifyPolygonError(404, read('gtsf-backtester/sample_price_not_found.json'));
    expect(error).toBeInstanceOf(MarketDataError);
    expect(error).toMatchObject({
      kind: 'not_found',
      retryable: false,
      status: 404,
      message: 'Data not found.',
      requestId: 'b7d56f658e5ff74246c4667b2b28be1b',
    });
  });

  it('ticker details: name and primary exchange from results', () => {
    expect(parsePolygonTickerDetails(read('client-python/ticker_details_AAPL.json'))).toEqual({
      ticker: 'AAPL',
      name: 'Apple Inc.',
      exchange: 'XNAS',
      requestId: 'ce8688b5f3a571351376ebd77acd146e',
    });
  });

  it('splits: forward and reverse ratios, no id field needed, last page', () => {
    const page = parsePolygonSplits(read('client-python-raw/splits.raw.json'));
    expect(page.items).toHaveLength(10);
    expect(page.items[0]).toEqual({
      ticker: 'GOOGL',
      executionDate: '2022-07-18',
      splitFrom: '1',
      splitTo: '20',
    });
    expect(page.items.find((split) => split.ticker === 'BRW')).toEqual({
      ticker: 'BRW',
      executionDate: '2022-05-20',
      splitFrom: '2',
      splitTo: '1',
    });
    expect(page.items.find((split) => split.ticker === 'CIG.C')).toMatchObject({
      splitFrom: '3',
      splitTo: '4',
    });
    expect(page).toMatchObject({ nextUrl: null, requestId: 'b52de486daf5491e6b9ebdf5e0bf65bc' });
    expect(parsePolygonSplits(read('client-python/splits.json')).items).toEqual(page.items);
  });

  it('splits: the ratios are kept digit for digit (fractional and exponent forms too)', () => {
    const text = read('client-python-raw/splits.raw.json')
      .replace('"split_from":3,"split_to":4', '"split_from":1.5,"split_to":2.25e+00')
      .replace(
        '"split_from":1,"split_to":20,"ticker":"GOOGL"',
        '"split_from":1,"split_to":0.1e+02,"ticker":"GOOGL"',
      );
    const items = parsePolygonSplits(text).items;
    expect(items.find((split) => split.ticker === 'CIG.C')).toMatchObject({
      splitFrom: '1.5',
      splitTo: '2.25',
    });
    expect(items[0]).toMatchObject({ ticker: 'GOOGL', splitTo: '10' });
  });

  it('dividends: ten CSSEN/AIRTP items, newest first, cash as sent, no currency before 2024 (USD), last page', () => {
    const page = parsePolygonDividends(read('client-python-raw/dividends.raw.json'));
    expect(page).toMatchObject({ nextUrl: null, requestId: '0326f1f88a2867a7184c116f5b1edd00' });
    expect(page.items).toHaveLength(10);
    expect(page.items[0]).toEqual({
      ticker: 'CSSEN',
      exDividendDate: '2025-06-12',
      payDate: '2025-06-30',
      recordDate: '2025-06-15',
      cashAmount: '0.59375',
      currency: null,
      dividendType: 'CD',
    });
    expect(page.items.filter((dividend) => dividend.ticker === 'AIRTP')).toEqual([
      {
        ticker: 'AIRTP',
        exDividendDate: '2023-11-13',
        payDate: '2023-11-15',
        recordDate: '2023-11-14',
        cashAmount: '0.5',
        currency: null,
        dividendType: 'CD',
      },
      {
        ticker: 'AIRTP',
        exDividendDate: '2023-08-11',
        payDate: '2023-08-15',
        recordDate: '2023-08-14',
        cashAmount: '0.5',
        currency: null,
        dividendType: 'CD',
      },
    ]);
    const exDates = page.items.map((dividend) => dividend.exDividendDate);
    expect(exDates).toEqual([...exDates].sort().reverse());
    expect(parsePolygonDividends(read('client-python/dividends.json')).items).toEqual(page.items);
  });

  it('dividends: newer fields (id, currency) are read or ignored; a broken item is malformed', () => {
    const text = read('client-python-raw/dividends.raw.json').replace(
      '"cash_amount":0.5,"declaration_date":"2022-02-10"',
      '"cash_amount":5e-01,"currency":"CAD","id":"E8e3c4f79","declaration_date":"2022-02-10"',
    );
    expect(parsePolygonDividends(text).items.find((dividend) => dividend.ticker === 'AIRTP')).toMatchObject({
      cashAmount: '0.5',
      currency: 'CAD',
    });
    for (const broken of [
      read('client-python-raw/dividends.raw.json').replace(
        '"cash_amount":0.59375',
        '"cash_amount":"0.59375"',
      ),
      read('client-python-raw/dividends.raw.json').replace(
        '"ex_dividend_date":"2025-06-12"',
        '"ex_dividend_date":"2025-06"',
      ),
      read('client-python-raw/dividends.raw.json').replace('"cash_amount":0.59375', '"cash_amount":-1'),
    ])
      expect(() => parsePolygonDividends(broken)).toThrow(expect.objectContaining({ kind: 'malformed' }));
  });

  it('reference pagination: next_url is absolute on api.polygon.io, carries a cursor and no key; the last page has none', () => {
    const first = parsePolygonEnvelope(read('client-python-raw/tickers_page1_with_next_url.raw.json'));
    const url = new URL(first.nextUrl ?? '');
    expect([url.host, url.pathname, [...url.searchParams.keys()]]).toEqual([
      'api.polygon.io',
      '/v3/reference/tickers',
      ['cursor'],
    ]);
    expect(first.nextUrl).not.toMatch(/apiKey/i);
    expect(parsePolygonEnvelope(read('client-python-raw/tickers_page2_last.raw.json')).nextUrl).toBeNull();
  });
});
