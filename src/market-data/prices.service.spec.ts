import type { ListVersionsRepository } from '../common/list-cache/list-versions.repository.js';
import { jest } from '@jest/globals';
import {
  NotFoundProblem,
  UnsupportedMediaTypeProblem,
  ValidationProblem,
} from '../common/problem/problem.exception.js';
import type { PricesRepository } from './prices.repository.js';
import { PricesService } from './prices.service.js';
import type { StocksRepository } from './stocks.repository.js';

/** The decisions of the prices service, with its repositories replaced by recording fakes. */
describe('PricesService', () => {
  type Mock = jest.Mock<(...args: unknown[]) => Promise<unknown>>;
  let calls: string[];
  let prices: Record<string, Mock>;
  let stocks: Record<string, Mock>;
  let service: PricesService;

  beforeEach(() => {
    calls = [];
    prices = {
      upsertBars: jest.fn(async () => (calls.push('upsert'), 2)),
      coverage: jest.fn(async () => []),
      listBars: jest.fn(async () => []),
    };
    stocks = {
      ensureTickers: jest.fn(async () => void calls.push('ensure')),
      exists: jest.fn(async () => false),
    };
    service = new PricesService(
      prices as unknown as PricesRepository,
      stocks as unknown as StocksRepository,
      {} as ListVersionsRepository,
      { now: () => new Date('2024-06-14T20:00:00Z') },
    );
  });

  const csv = 'date,open,high,low,close,volume\n2024-01-02,187.15,188.44,183.885,185.64,82488674';

  it('stores imported bars as split-adjusted imports, after making sure the ticker exists', async () => {
    expect(await service.import('AAPL', csv, 'text/csv; charset=utf-8')).toBe(2);
    expect(calls).toEqual(['ensure', 'upsert']);
    const [ticker, bars, source] = prices.upsertBars.mock.calls[0];
    expect(ticker).toBe('AAPL');
    expect(bars).toEqual([expect.objectContaining({ date: '2024-01-02', close: '185.64', low: '183.885' })]);
    expect(source).toEqual({ adjusted: true, source: 'import' });
  });

  it('stores nothing when a row is bad, and names the row', async () => {
    const bad = `${csv}\n2024-02-30,1,1,1,1,1`;
    const error = await service.import('AAPL', bad, 'text/csv').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationProblem);
    expect(calls).toEqual([]);
  });

  it('stores nothing when a bar is dated after today in New York; today itself is fine', async () => {
    const error = await service
      .import('AAPL', `${csv}\n2024-06-15,1,1,1,1,1`, 'text/csv')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationProblem);
    expect((error as ValidationProblem).problem).toMatchObject({
      detail: 'No bars were stored: date 2024-06-15 is in the future (today is 2024-06-14 in New York)',
      errors: [{ field: 'date' }],
    });
    expect(calls).toEqual([]);
    expect(await service.import('AAPL', `${csv}\n2024-06-14,1,1,1,1,1`, 'text/csv')).toBe(2);
  });

  it('refuses a content type it cannot read before parsing anything', async () => {
    await expect(service.import('AAPL', csv, 'text/plain')).rejects.toThrow(UnsupportedMediaTypeProblem);
    expect(calls).toEqual([]);
  });

  it('answers 404 for an unknown ticker’s coverage and bars, without reading bars', async () => {
    await expect(service.coverage('NOPE')).rejects.toThrow(NotFoundProblem);
    await expect(service.bars('NOPE')).rejects.toThrow(NotFoundProblem);
    expect(prices.listBars).not.toHaveBeenCalled();
    stocks.exists.mockResolvedValueOnce(true);
    await service.bars('AAPL', '2024-01-01', '2024-01-31');
    expect(prices.listBars).toHaveBeenCalledWith('AAPL', '2024-01-01', '2024-01-31');
  });
});
