import { jest } from '@jest/globals';
import { PricesRepository } from '../../src/market-data/prices.repository.js';
import type { StockResponse } from '../../src/market-data/dto/stock.response.js';
import { toStockResponse } from '../../src/market-data/stock.mapper.js';
import { StocksRepository } from '../../src/market-data/stocks.repository.js';
import { createTestDataSource, type TestDataSource } from '../support/test-data-source.js';
import { storedBar } from '../factories/stored-bar.factory.js';

const bar = storedBar;
const polygon = { adjusted: true, source: 'polygon' as const };

describe('PricesRepository (stock_prices, and the price version on stocks)', () => {
  let db: TestDataSource;
  let prices: PricesRepository;
  beforeAll(async () => {
    db = await createTestDataSource();
    prices = new PricesRepository(db.dataSource);
    await new StocksRepository(db.dataSource).ensureTickers(['UPS', 'RNG', 'EMPTY', 'FULL']);
  });
  afterAll(() => db.close());

  it('marks a full fetch with the bars, whether they changed anything or not, or came at all', async () => {
    const stocks = new StocksRepository(db.dataSource);
    const bars = [bar('2024-01-02', '10'), bar('2024-01-03', '11')];
    const first = new Date('2024-01-04T01:00:00Z');
    expect(await prices.upsertBars('FULL', bars, polygon, first)).toBe(2); // packed in Node
    expect(await stocks.fullFetchAt('FULL')).toEqual(first);
    const second = new Date('2024-01-05T01:00:00Z');
    expect(await prices.upsertBars('FULL', bars, polygon, second)).toBe(0); // nothing changed
    expect(await stocks.fullFetchAt('FULL')).toEqual(second);
    const third = new Date('2024-01-06T01:00:00Z');
    expect(await prices.upsertBars('FULL', [bar('2024-01-03', '12')], polygon, third)).toBe(1); // repacked
    expect(await stocks.fullFetchAt('FULL')).toEqual(third);
    expect(await prices.upsertBars('FULL', [bar('2024-01-03', '13')], polygon)).toBe(1);
    expect(await stocks.fullFetchAt('FULL')).toEqual(third);
    const fourth = new Date('2024-01-07T01:00:00Z');
    expect(await prices.upsertBars('FULL', [], polygon, fourth)).toBe(0); // no bar came
    expect(await stocks.fullFetchAt('FULL')).toEqual(fourth);
  });

  it('upserts exactly (no rounding), counts only rows that changed, and bumps the version only then', async () => {
    const bars = [
      bar('2024-01-02', '187.123456789', { vwap: '186.5', trades: 42 }),
      bar('2024-01-03', '0.0001'),
    ];
    expect(await prices.upsertBars('UPS', [], polygon)).toBe(0);
    expect(await prices.upsertBars('UPS', bars, polygon)).toBe(2);
    const first = (await prices.priceVersions(['UPS'])).get('UPS');
    expect(first).not.toBe('');

    expect(await prices.upsertBars('UPS', bars, polygon)).toBe(0);
    expect((await prices.priceVersions(['UPS'])).get('UPS')).toBe(first);

    expect(await prices.upsertBars('UPS', [bar('2024-01-03', '0.0002')], polygon)).toBe(1);
    expect((await prices.priceVersions(['UPS'])).get('UPS')).not.toBe(first);

    const listed = await prices.listBars('UPS');
    expect(listed.map((b) => [b.date, b.close, b.vwap, b.trades, b.source])).toEqual([
      ['2024-01-02', '187.123456789', '186.5', 42, 'polygon'],
      ['2024-01-03', '0.0002', null, null, 'polygon'],
    ]);
  });

  it('stores thousands of bars in chunks within one call', async () => {
    const many = Array.from({ length: 12_000 }, (_, i) =>
      bar(new Date(Date.UTC(1980, 0, 1) + i * 86_400_000).toISOString().slice(0, 10), `${1 + i / 1000}`),
    );
    expect(await prices.upsertBars('RNG', many, { adjusted: false, source: 'import' })).toBe(12_000);
    const [coverage] = await prices.coverage('RNG');
    expect(coverage).toMatchObject({ ticker: 'RNG', firstDate: '1980-01-01', barCount: 12_000 });
    expect(coverage.lastDate).toBe(many[many.length - 1].date);
  });

  it('lists every stock, by ticker, exactly as the mapper builds the single stock', async () => {
    await prices.upsertBars('EMPTY', [], polygon);
    const listed = JSON.parse((await prices.coveragePage()).json) as StockResponse[];
    const tickers = listed.map((stock) => stock.ticker);
    expect(tickers).toEqual([...tickers].sort());
    expect(listed).toEqual((await prices.coverage()).map(toStockResponse));
    expect(listed.find((stock) => stock.ticker === 'EMPTY')).toMatchObject({
      first_date: null,
      bar_count: 0,
    });
  });

  it('reads ranges, coverage, stored spans and close series', async () => {
    expect((await prices.listBars('UPS', '2024-01-03', '2024-01-03')).map((b) => b.date)).toEqual([
      '2024-01-03',
    ]);
    expect((await prices.listBars('UPS', undefined, '2024-01-02')).map((b) => b.date)).toEqual([
      '2024-01-02',
    ]);

    const all = await prices.coverage();
    expect(all.find((c) => c.ticker === 'EMPTY')).toMatchObject({
      barCount: 0,
      firstDate: null,
      lastDate: null,
    });

    const ranges = await prices.storedRanges(['UPS', 'EMPTY', 'NONE'], 1);
    expect([...ranges.keys()]).toEqual(['UPS']);
    expect(ranges.get('UPS')).toMatchObject({
      firstDate: '2024-01-02',
      lastDate: '2024-01-03',
      refetchFrom: '2024-01-03',
    });
    expect((await prices.storedRanges(['UPS'], 5)).get('UPS')!.refetchFrom).toBe('2024-01-02');

    // One ticker at a time, as the loader reads: the reads of one turn are one statement per `sessions`.
    const reads = jest.spyOn(prices, 'storedRanges');
    const [ups, empty, upsOf5] = await Promise.all([
      prices.storedRange('UPS', 1),
      prices.storedRange('EMPTY', 1),
      prices.storedRange('UPS', 5),
    ]);
    expect(ups).toEqual(ranges.get('UPS'));
    expect(empty).toBeUndefined();
    expect(upsOf5!.refetchFrom).toBe('2024-01-02');
    expect(reads.mock.calls).toEqual([
      [['UPS', 'EMPTY'], 1],
      [['UPS'], 5],
    ]);
    reads.mockRestore();

    const series = await prices.closeSeries(['UPS', 'EMPTY']);
    expect([...series.keys()]).toEqual(['UPS']);
    expect(series.get('UPS')).toEqual([
      { date: '2024-01-02', close: 187.123456789 },
      { date: '2024-01-03', close: 0.0002 },
    ]);
    expect((await prices.closeSeries([])).size).toBe(0);
    expect((await prices.priceVersions(['EMPTY', 'NONE'])).get('EMPTY')).toBe('');
  });
});
