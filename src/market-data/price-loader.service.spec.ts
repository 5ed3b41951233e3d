import type { AppConfig } from '../config/app-config.js';
import type { CorporateActionsRepository } from './corporate-actions/corporate-actions.repository.js';
import type { StoredRange } from './fetch-range.js';
import { actionsSince, PriceLoaderService } from './price-loader.service.js';
import type { PricesRepository } from './prices.repository.js';
import type { Dividend, MarketDataProvider, Split } from './providers/market-data-provider.js';
import { MarketDataNotEntitledError } from './providers/market-data.error.js';
import type { StocksRepository } from './stocks.repository.js';

const stored: StoredRange = { firstDate: '2024-01-02', lastDate: '2024-12-30', refetchFrom: '2024-12-20' };
const split: Split = { ticker: 'T', executionDate: '2024-06-10', splitFrom: '1', splitTo: '4' };
const dividend: Dividend = {
  ticker: 'T',
  exDividendDate: '2024-05-10',
  payDate: null,
  recordDate: null,
  cashAmount: '0.25',
  currency: null,
  dividendType: 'CD',
};

describe('actionsSince', () => {
  it('everything on a first load, else the earliest stored or requested date (with the as-of lookback)', () => {
    expect(actionsSince({ ticker: 'T', fromDate: '2024-03-01', toDate: null }, undefined)).toBe('1970-01-01');
    expect(actionsSince({ ticker: 'T', fromDate: null, toDate: null }, stored)).toBe('2024-01-02');
    expect(actionsSince({ ticker: 'T', fromDate: '2023-06-08', toDate: null }, stored)).toBe('2023-06-01');
    expect(actionsSince({ ticker: 'T', fromDate: '2024-06-03', toDate: null }, stored)).toBe('2024-01-02');
  });
});

describe('PriceLoaderService corporate actions', () => {
  function setup(options: { stored?: StoredRange; fullFetchAt?: Date | null; dividendsError?: Error } = {}) {
    const calls: string[] = [];
    const written: Record<string, unknown[]> = {};
    const provider: MarketDataProvider = {
      name: 'fake',
      fetchDailyBars: async (ticker, from, to) => {
        calls.push(`bars ${from}..${to}`);
        return { ticker, bars: [], adjusted: true, requestIds: [], pages: 1 };
      },
      fetchTickerDetails: async () => null,
      fetchSplits: async (_ticker, since) => {
        calls.push(`splits ${since}`);
        return [split];
      },
      fetchDividends: async (_ticker, since) => {
        calls.push(`dividends ${since}`);
        if (options.dividendsError) throw options.dividendsError;
        return [dividend];
      },
      fetchGroupedDaily: async () => {
        throw new Error('not used by a per-ticker load');
      },
      fetchMarketSplits: async () => [],
      fetchMarketDividends: async () => [],
    };
    const prices = {
      storedRange: async (ticker: string) => (ticker === 'T' ? options.stored : undefined),
      upsertBars: async () => 0,
    } as unknown as PricesRepository;
    const stocks = {
      fullFetchAt: async () => options.fullFetchAt ?? null,
    } as unknown as StocksRepository;
    const actions = {
      upsertSplits: async (_t: string, rows: unknown[], source: string) => {
        written.splits = rows.map((row) => ({ ...(row as object), source }));
        return rows.length;
      },
      upsertDividends: async (_t: string, rows: unknown[]) => {
        written.dividends = rows;
        return rows.length;
      },
    } as unknown as CorporateActionsRepository;
    const config = { prices: { populateDefaultYears: 2 } } as AppConfig;
    const clock = { now: () => new Date('2024-12-31T23:00:00Z') };
    const loader = new PriceLoaderService(provider, prices, stocks, actions, config, clock);
    return { loader, calls, written };
  }

  it('fetches splits once: stores them and re-fetches the whole stored range after a new split', async () => {
    const { loader, calls, written } = setup({ stored, fullFetchAt: new Date('2024-03-01T00:00:00Z') });
    const outcome = await loader.load({ ticker: 'T', fromDate: null, toDate: null });
    expect(calls).toEqual(['splits 2024-01-02', 'dividends 2024-01-02', 'bars 2024-01-02..2024-12-31']);
    expect(outcome).toEqual({ state: 'no_data', bars: 0, splits: 1, dividends: 1, error: null });
    expect(written.splits).toEqual([{ ...split, source: 'polygon' }]);
    expect(written.dividends).toEqual([{ ...dividend, recordDate: null }]);
  });

  it('a split before the last full fetch keeps the incremental range', async () => {
    const { loader, calls } = setup({ stored, fullFetchAt: new Date('2024-07-01T00:00:00Z') });
    await loader.load({ ticker: 'T', fromDate: null, toDate: null });
    expect(calls.at(-1)).toBe('bars 2024-12-20..2024-12-31');
  });

  it('a permanent error on dividends fails the ticker with its reason (as on bars), keeping what was stored', async () => {
    const { loader, calls } = setup({ dividendsError: new MarketDataNotEntitledError('not entitled') });
    const outcome = await loader.load({ ticker: 'T', fromDate: '2024-06-03', toDate: '2024-06-28' });
    expect(calls).toEqual(['splits 1970-01-01', 'dividends 1970-01-01']);
    expect(outcome).toMatchObject({
      state: 'failed',
      bars: 0,
      splits: 1,
      error: expect.stringMatching(/^not_entitled/),
    });
  });
});
