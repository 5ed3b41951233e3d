import type { ListVersionsRepository } from '../common/list-cache/list-versions.repository.js';
import { jest } from '@jest/globals';
import { ConflictProblem, NotFoundProblem } from '../common/problem/problem.exception.js';
import type { StocksRepository } from '../market-data/stocks.repository.js';
import { assertNoNegativePosition } from '../portfolios/assert-positions.js';
import type { PositionGuard } from '../portfolios/position-guard.js';
import type { CustomerRecord } from './customer.record.js';
import type { CustomersRepository } from './customers.repository.js';
import { CustomersService } from './customers.service.js';

/** The decisions of the customers service, with its repositories replaced by recording fakes. */
describe('CustomersService', () => {
  const record = { id: 'c1', name: 'Ada', holdings: [] } as unknown as CustomerRecord;
  let calls: string[];
  let customers: Record<string, jest.Mock<(...args: unknown[]) => Promise<unknown>>>;
  let service: CustomersService;

  const uniqueEmailViolation = Object.assign(new Error('duplicate key'), {
    driverError: { code: '23505', detail: 'Key (email)=(ada@example.com) already exists.' },
  });

  beforeEach(() => {
    calls = [];
    const stocks = {
      ensureTickers: jest.fn(async (tickers: string[]) => void calls.push(`ensure ${tickers.join(',')}`)),
    };
    customers = {
      create: jest.fn(async () => (calls.push('create'), record)),
      update: jest.fn(async () => (calls.push('update'), record)),
      findById: jest.fn(async () => null),
      delete: jest.fn(async () => false),
      list: jest.fn(async () => ({ json: '[]', total: 0 })),
    };
    const positions = {
      forCustomer: jest.fn(async (id: string, tickers: string[]) => {
        calls.push(`guard ${id} ${tickers.join(',')}`);
        return assertNoNegativePosition;
      }),
    };
    service = new CustomersService(
      customers as unknown as CustomersRepository,
      stocks as unknown as StocksRepository,
      positions as unknown as PositionGuard,
      { now: () => new Date('2024-06-03T15:00:00Z') },
      {} as ListVersionsRepository,
    );
  });

  it('makes sure the holdings’ tickers exist before writing the customer', async () => {
    await service.create({
      name: 'Ada',
      address: 'x',
      stocks: [
        { ticker: 'AAPL', quantity: '1' },
        { ticker: 'MSFT', quantity: '2' },
      ],
    });
    expect(calls).toEqual(['ensure AAPL,MSFT', 'create']);
    // as_of defaults to today in New York.
    expect(customers.create).toHaveBeenCalledWith({ name: 'Ada', address: 'x', email: null }, [
      { ticker: 'AAPL', quantity: '1', asOf: '2024-06-03' },
      { ticker: 'MSFT', quantity: '2', asOf: '2024-06-03' },
    ]);
  });

  it('keeps a given as_of and refuses one after today before writing anything', async () => {
    await service.create({
      name: 'Ada',
      address: 'x',
      stocks: [{ ticker: 'AAPL', quantity: '1', as_of: '2020-08-24' }],
    });
    expect(customers.create.mock.calls[0][1]).toEqual([
      { ticker: 'AAPL', quantity: '1', asOf: '2020-08-24' },
    ]);
    calls.length = 0;
    await expect(
      service.update('c1', { stocks: [{ ticker: 'AAPL', quantity: '1', as_of: '2024-06-04' }] }),
    ).rejects.toMatchObject({ problem: { status: 400 } });
    expect(calls).toEqual([]);
  });

  it('turns a duplicate email into a 409 that names it, and lets other errors through', async () => {
    customers.create.mockRejectedValueOnce(uniqueEmailViolation);
    await expect(service.create({ name: 'Ada', address: 'x', email: 'ada@example.com' })).rejects.toThrow(
      ConflictProblem,
    );
    customers.create.mockRejectedValueOnce(new Error('boom'));
    await expect(service.create({ name: 'Ada', address: 'x' })).rejects.toThrow('boom');
  });

  it('keeps the holdings when an update has no stocks, and guards a replacement against short positions', async () => {
    await service.update('c1', { name: 'New' });
    expect(calls).toEqual(['update']);
    expect(customers.update.mock.calls[0].slice(0, 3)).toEqual([
      'c1',
      { name: 'New', address: undefined, email: undefined },
      undefined,
    ]);
    calls.length = 0;
    await service.update('c1', { stocks: [{ ticker: 'AAPL', quantity: '1' }] });
    // The guard comes with the splits of the customer's tickers and the new ones, read before the write.
    expect(calls).toEqual(['ensure AAPL', 'guard c1 AAPL', 'update']);
    const guard = customers.update.mock.calls[1][3] as (o: unknown[], t: unknown[]) => void;
    expect(() =>
      guard(
        [{ ticker: 'AAPL', quantity: '1' }],
        [{ ticker: 'AAPL', type: 'SELL', quantity: '2', tradeDate: '2024-01-02' }],
      ),
    ).toThrow(ConflictProblem);

    await service.update('c1', { stocks: [] });
    expect(customers.update.mock.calls[2][2]).toEqual([]);
  });

  it('answers 404 for an unknown customer on get, update and delete', async () => {
    customers.update.mockResolvedValueOnce(null);
    await expect(service.get('nope')).rejects.toThrow(NotFoundProblem);
    await expect(service.update('nope', { name: 'x' })).rejects.toThrow(NotFoundProblem);
    await expect(service.delete('nope')).rejects.toThrow(NotFoundProblem);
  });
});
