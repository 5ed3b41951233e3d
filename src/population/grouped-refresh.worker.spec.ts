import type { JobQueue } from '../jobs/job-queue.service.js';
import type {
  ActionsOutcome,
  DayOutcome,
  GroupedPriceLoaderService,
} from '../market-data/grouped-price-loader.service.js';
import { MarketDataTransientError } from '../market-data/providers/market-data.error.js';
import { GroupedRefreshWorker } from './grouped-refresh.worker.js';
import type { TickerOutcome } from './price-job.record.js';
import type { PriceJobsRepository } from './price-jobs.repository.js';
import type { PriceJobsService } from './price-jobs.service.js';

type Settled = (TickerOutcome & { ticker: string })[];

/** The grouped run's decisions, with the loader, repository and queue replaced by recording fakes. */
describe('GroupedRefreshWorker', () => {
  const run = {
    jobId: 'job-1',
    tickers: ['A', 'B', 'S'],
    days: ['2024-12-27', '2024-12-30', '2024-12-31'],
    actionsFrom: '2024-12-20',
    actionsTo: '2024-12-31',
  };
  let days: string[];
  let settled: Settled | null;
  let inserted: unknown[];

  function worker(options: {
    open?: string[];
    actions?: () => Promise<ActionsOutcome>;
    day?: (date: string, tickers: ReadonlySet<string>) => Promise<DayOutcome>;
  }) {
    days = [];
    settled = null;
    inserted = [];
    const loader = {
      loadActions:
        options.actions ?? (async () => ({ splits: new Map(), dividends: new Map(), refetch: new Set() })),
      loadDay: async (date: string, tickers: ReadonlySet<string>) => {
        days.push(date);
        return (options.day ?? (async () => ({ written: new Map(), traded: [] })))(date, tickers);
      },
    };
    const jobs = { startTickers: async () => options.open ?? run.tickers };
    const queue = { insert: async (_name: string, items: unknown[]) => void inserted.push(...items) };
    const priceJobs = {
      settleTickers: async (_id: string, outcomes: Settled) => void (settled = outcomes),
      settleIfDone: async () => undefined,
    };
    return new GroupedRefreshWorker(
      queue as unknown as JobQueue,
      loader as unknown as GroupedPriceLoaderService,
      jobs as unknown as PriceJobsRepository,
      priceJobs as unknown as PriceJobsService,
    );
  }

  const signal = new AbortController().signal;

  it('adds up each ticker across the days and hands a ticker with a split to its per-ticker load', async () => {
    const actions = async (): Promise<ActionsOutcome> => ({
      splits: new Map(),
      dividends: new Map([['A', 1]]),
      refetch: new Set(['S']),
    });
    const day = async (_date: string, tickers: ReadonlySet<string>): Promise<DayOutcome> => {
      expect([...tickers].sort()).toEqual(['A', 'B']);
      return { written: new Map([['A', 1]]), traded: ['A'] };
    };
    await worker({ actions, day }).run(run, signal, false);
    expect(days).toEqual(run.days);
    expect(inserted).toEqual([{ id: expect.any(String), data: { jobId: 'job-1', ticker: 'S' } }]);
    expect(settled).toEqual([
      { ticker: 'A', state: 'succeeded', bars: 3, splits: 0, dividends: 1, error: null },
      { ticker: 'B', state: 'no_data', bars: 0, splits: 0, dividends: 0, error: null },
    ]);
  });

  it('stops at a day that fails: its tickers fail naming the day, with the bars of the days before', async () => {
    const day = async (date: string): Promise<DayOutcome> => {
      if (date === '2024-12-30')
        throw new MarketDataTransientError('Polygon answered 503 (gave up after 5 retries)');
      return { written: new Map([['A', 1]]), traded: ['A'] };
    };
    await worker({ day }).run(run, signal, false);
    expect(days).toEqual(['2024-12-27', '2024-12-30']);
    expect(settled?.[0]).toEqual({
      ticker: 'A',
      state: 'failed',
      bars: 1,
      splits: 0,
      dividends: 0,
      error: 'grouped daily 2024-12-30: transient: Polygon answered 503 (gave up after 5 retries)',
    });
    expect(settled?.map((outcome) => outcome.state)).toEqual(['failed', 'failed', 'failed']);
  });

  it('corporate actions that fail fail every ticker, with no day fetched and nobody handed off', async () => {
    const actions = async (): Promise<ActionsOutcome> => {
      throw new MarketDataTransientError('Polygon did not answer within 10000 ms');
    };
    await worker({ actions }).run(run, signal, false);
    expect(days).toEqual([]);
    expect(inserted).toEqual([]);
    expect(settled?.map((outcome) => outcome.error)).toEqual(
      Array(3).fill(
        'corporate actions 2024-12-20..2024-12-31: transient: Polygon did not answer within 10000 ms',
      ),
    );
  });

  it('an unexpected error is retried by the queue, and on the last attempt fails the tickers', async () => {
    const day = async (): Promise<DayOutcome> => {
      throw new Error('connection terminated');
    };
    await expect(worker({ day }).run(run, signal, false)).rejects.toThrow('connection terminated');
    expect(settled).toBeNull();
    await worker({ day }).run(run, signal, true);
    expect(settled?.map((outcome) => [outcome.state, outcome.error])).toEqual(
      Array(3).fill(['failed', 'internal: connection terminated']),
    );
  });

  it('does nothing for a cancelled or already settled job', async () => {
    await worker({ open: [] }).run(run, signal, false);
    expect(days).toEqual([]);
    expect(settled).toBeNull();
  });
});
