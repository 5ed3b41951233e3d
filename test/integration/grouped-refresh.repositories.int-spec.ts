import { randomUUID } from 'node:crypto';
import { PricesRepository } from '../../src/market-data/prices.repository.js';
import { StocksRepository } from '../../src/market-data/stocks.repository.js';
import type { NewPriceJob } from '../../src/population/price-job.record.js';
import { PriceJobsRepository } from '../../src/population/price-jobs.repository.js';
import { createTestDataSource, type TestDataSource } from '../support/test-data-source.js';

const polygon = { adjusted: true, source: 'polygon' as const };
const bar = (ticker: string, date: string, close: string) => ({
  ticker,
  date,
  open: close,
  high: close,
  low: close,
  close,
  volume: '63896155.5',
  vwap: null,
  trades: 7,
});

/** The set-based writes of a grouped-daily run, against real Postgres. */
describe('grouped-daily writes (stock_prices, stocks, price_job_tickers)', () => {
  let db: TestDataSource;
  let prices: PricesRepository;
  let stocks: StocksRepository;
  let jobs: PriceJobsRepository;
  beforeAll(async () => {
    db = await createTestDataSource();
    prices = new PricesRepository(db.dataSource);
    stocks = new StocksRepository(db.dataSource);
    jobs = new PriceJobsRepository(db.dataSource);
    await stocks.ensureTickers(['GQA', 'GQB', 'BRK.B', 'GQIDLE']);
  });
  afterAll(() => db.close());

  it("upserts many tickers' bars in one call, counts changed rows per ticker, and bumps only their versions", async () => {
    const day = [
      bar('GQA', '2024-12-30', '10.5'),
      bar('GQB', '2024-12-30', '20'),
      bar('BRK.B', '2024-12-30', '450.25'),
    ];
    expect(await prices.upsertBarsOfTickers([], polygon)).toEqual(new Map());
    expect(await prices.upsertBarsOfTickers(day, polygon)).toEqual(
      new Map([
        ['GQA', 1],
        ['GQB', 1],
        ['BRK.B', 1],
      ]),
    );
    const versions = await prices.priceVersions(['GQA', 'GQB', 'GQIDLE']);
    // The same bars again change nothing; one changed close changes only its ticker.
    expect(await prices.upsertBarsOfTickers(day, polygon)).toEqual(new Map());
    const changed = [bar('GQA', '2024-12-30', '10.5'), bar('GQB', '2024-12-30', '20.01')];
    expect(await prices.upsertBarsOfTickers(changed, polygon)).toEqual(new Map([['GQB', 1]]));
    const after = await prices.priceVersions(['GQA', 'GQB', 'GQIDLE']);
    expect(after.get('GQA')).toBe(versions.get('GQA'));
    expect(after.get('GQB')).not.toBe(versions.get('GQB'));
    expect(after.get('GQIDLE')).toBe('');
    expect(await prices.listBars('BRK.B')).toEqual([
      expect.objectContaining({
        date: '2024-12-30',
        close: '450.25',
        trades: 7,
        adjusted: true,
        source: 'polygon',
      }),
    ]);
  });

  it('reads full-fetch times of many tickers at once', async () => {
    const at = new Date('2024-12-13T23:00:00Z');
    await stocks.markFullFetch('GQA', at);
    const dates = await stocks.fullFetchDates(['GQA', 'GQB', 'NOSUCH']);
    expect(dates).toEqual(
      new Map<string, Date | null>([
        ['GQA', at],
        ['GQB', null],
      ]),
    );
  });

  it('starts and finishes many tickers of a job at once, settling the job with the last of them', async () => {
    const job: NewPriceJob = {
      id: randomUUID(),
      type: 'daily_refresh',
      dedupeKey: `grouped-${randomUUID()}`,
      request: {},
      tasks: ['GQA', 'GQB', 'BRK.B'].map((ticker) => ({ ticker, fromDate: null, toDate: null })),
    };
    await jobs.createOrGetActive(job, async () => undefined);
    expect((await jobs.startTickers(job.id, ['GQA', 'GQB'])).sort()).toEqual(['GQA', 'GQB']);
    expect((await jobs.findById(job.id))!.state).toBe('running');
    const outcome = { splits: 0, dividends: 0, error: null };
    expect(
      await jobs.finishTickers(job.id, [
        { ticker: 'GQA', state: 'succeeded', bars: 3, ...outcome },
        { ticker: 'GQB', state: 'no_data', bars: 0, ...outcome },
      ]),
    ).toBeNull(); // BRK.B is still open
    const settled = await jobs.finishTickers(job.id, [
      {
        ticker: 'BRK.B',
        state: 'failed',
        bars: 1,
        splits: 0,
        dividends: 2,
        error: 'grouped daily 2024-12-31: x',
      },
    ]);
    expect(settled).toMatchObject({ id: job.id, state: 'partially_succeeded' });
    const stored = await jobs.findById(job.id);
    expect(
      stored!.tickers.map(({ ticker, state, bars, dividends }) => [ticker, state, bars, dividends]),
    ).toEqual([
      ['BRK.B', 'failed', 1, 2],
      ['GQA', 'succeeded', 3, 0],
      ['GQB', 'no_data', 0, 0],
    ]);
    // A settled job's tickers cannot be started again.
    expect(await jobs.startTickers(job.id, ['GQA'])).toEqual([]);
  });
});
