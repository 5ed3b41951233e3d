import type { ListVersionsRepository } from '../common/list-cache/list-versions.repository.js';
import { jest } from '@jest/globals';
import type { AppConfig } from '../config/app-config.js';
import type { JobQueue } from '../jobs/job-queue.service.js';
import type { PriceLoaderService } from '../market-data/price-loader.service.js';
import type { StocksRepository } from '../market-data/stocks.repository.js';
import type { PortfolioLedgerRepository } from '../portfolios/portfolio-ledger.repository.js';
import type { RefreshPlan } from './grouped-daily.plan.js';
import type { GroupedRefreshPlanner } from './grouped-refresh.planner.js';
import type { JobMetrics } from './job-metrics.js';
import type { PriceJobsRepository } from './price-jobs.repository.js';
import { PriceJobsService } from './price-jobs.service.js';

type Mock = jest.Mock<(...args: unknown[]) => Promise<unknown>>;

/** The decisions of the price-jobs service, with its repositories and queue replaced by recording fakes. */
describe('PriceJobsService', () => {
  let calls: string[];
  let jobs: Record<string, Mock>;
  let metrics: { jobFinished: jest.Mock; barsUpserted: jest.Mock };
  let configured: boolean;
  let plan: (tickers: string[]) => RefreshPlan;
  let inserts: [string, unknown[]][];

  const build = () => {
    const loader = {
      get configured() {
        return configured;
      },
    };
    const stocks = { ensureTickers: jest.fn(async (t: unknown) => void calls.push(`ensure ${String(t)}`)) };
    const ledger = { heldTickers: jest.fn(async () => ['MSFT', 'AAPL']) };
    const config = { prices: { benchmarkTickers: ['SPY'], jobConcurrency: 1 } } as unknown as AppConfig;
    return new PriceJobsService(
      jobs as unknown as PriceJobsRepository,
      {
        insert: jest.fn(async (name: string, items: unknown[]) => void inserts.push([name, items])),
      } as unknown as JobQueue,
      loader as unknown as PriceLoaderService,
      stocks as unknown as StocksRepository,
      ledger as unknown as PortfolioLedgerRepository,
      config,
      metrics as unknown as JobMetrics,
      { plan: async (tickers: string[]) => plan(tickers) } as unknown as GroupedRefreshPlanner,
      {} as ListVersionsRepository,
      { now: () => new Date('2024-06-14T20:00:00Z') },
    );
  };

  beforeEach(() => {
    calls = [];
    configured = true;
    plan = (tickers) => ({ grouped: null, perTicker: tickers });
    inserts = [];
    metrics = { jobFinished: jest.fn(), barsUpserted: jest.fn() };
    jobs = {
      createOrGetActive: jest.fn(async (job: unknown) => {
        calls.push('create');
        return { id: (job as { id: string }).id, created: true };
      }),
      findById: jest.fn(async (id: unknown) => ({
        id,
        type: 'populate',
        state: 'queued',
        createdAt: new Date(),
      })),
      settleEmpty: jest.fn(async () => null),
      cancel: jest.fn(async () => 'cancelled'),
    };
  });

  it('answers 503 without a provider key before touching anything', async () => {
    configured = false;
    await expect(build().populate({ type: 'populate', tickers: ['AAPL'] })).rejects.toMatchObject({
      problem: { status: 503 },
    });
    expect(calls).toEqual([]);
  });

  it('refuses a start_date after today in New York before touching anything; today itself is fine', async () => {
    await expect(
      build().populate({ type: 'populate', tickers: ['AAPL'], startDate: '2024-06-15' }),
    ).rejects.toMatchObject({
      problem: {
        status: 400,
        errors: [
          { field: 'start_date', message: expect.stringContaining('today is 2024-06-14 in New York') },
        ],
      },
    });
    expect(calls).toEqual([]);
    await build().populate({ type: 'populate', tickers: ['AAPL'], startDate: '2024-06-14' });
    expect(calls).toContain('create');
  });

  it('dedupes and sorts the tickers, keys the job by the normalized request, and ensures stocks first', async () => {
    const service = build();
    await service.populate({ type: 'populate', tickers: ['MSFT', 'AAPL', 'MSFT'], startDate: '2024-01-02' });
    await service.populate({ type: 'populate', tickers: ['AAPL', 'MSFT'], startDate: '2024-01-02' });
    expect(calls).toEqual(['ensure AAPL,MSFT', 'create', 'ensure AAPL,MSFT', 'create']);
    const [first, second] = jobs.createOrGetActive.mock.calls.map(
      ([job]) => job as { dedupeKey: string; tasks: unknown[] },
    );
    expect(first.tasks).toEqual([
      { ticker: 'AAPL', fromDate: '2024-01-02', toDate: null },
      { ticker: 'MSFT', fromDate: '2024-01-02', toDate: null },
    ]);
    expect(second.dedupeKey).toBe(first.dedupeKey);
  });

  it('enqueues one grouped run for the tickers its plan groups, and per-ticker work for the others', async () => {
    jobs.createOrGetActive.mockImplementationOnce(async (job: unknown, enqueue: unknown) => {
      await (enqueue as (db: unknown) => Promise<void>)({});
      return { id: (job as { id: string }).id, created: true };
    });
    plan = (tickers) => ({
      grouped: {
        tickers: tickers.filter((t) => t !== 'SPY'),
        days: ['2024-12-31'],
        actionsFrom: '2024-12-24',
        actionsTo: '2024-12-31',
      },
      perTicker: ['SPY'],
    });
    await build().populate({ type: 'daily_refresh' });
    const [job] = jobs.createOrGetActive.mock.calls[0] as [{ id: string; tasks: { ticker: string }[] }];
    expect(job.tasks.map((task) => task.ticker)).toEqual(['AAPL', 'MSFT', 'SPY']); // every ticker keeps its row
    expect(inserts).toEqual([
      ['prices-populate-ticker', [{ id: expect.any(String), data: { jobId: job.id, ticker: 'SPY' } }]],
      [
        'prices-grouped-daily',
        [
          {
            id: expect.any(String),
            data: {
              jobId: job.id,
              tickers: ['AAPL', 'MSFT'],
              days: ['2024-12-31'],
              actionsFrom: '2024-12-24',
              actionsTo: '2024-12-31',
            },
          },
        ],
      ],
    ]);
  });

  it('without tickers, takes every held ticker and the benchmarks', async () => {
    await build().populate({ type: 'daily_refresh' });
    expect(calls[0]).toBe('ensure AAPL,MSFT,SPY');
  });

  it('cancelling: 404 for an unknown job, 409 for an ended one, and counts a cancellation', async () => {
    const service = build();
    jobs.cancel.mockResolvedValueOnce('not-found');
    await expect(service.cancel('j1')).rejects.toMatchObject({ problem: { status: 404 } });
    jobs.cancel.mockResolvedValueOnce('finished');
    await expect(service.cancel('j1')).rejects.toMatchObject({ problem: { status: 409 } });
    expect(metrics.jobFinished).not.toHaveBeenCalled();
    await service.cancel('j1');
    expect(metrics.jobFinished).toHaveBeenCalledWith('populate', 'cancelled', expect.any(Number));
  });
});
