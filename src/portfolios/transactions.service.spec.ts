import { jest } from '@jest/globals';
import { BadRequestProblem, ConflictProblem, NotFoundProblem } from '../common/problem/problem.exception.js';
import type { StocksRepository } from '../market-data/stocks.repository.js';
import { assertNoNegativePosition } from './assert-positions.js';
import type { PortfolioLedgerRepository } from './portfolio-ledger.repository.js';
import type { PositionGuard } from './position-guard.js';
import { TransactionsService } from './transactions.service.js';

/** The decisions of the transactions service, with its repositories replaced by recording fakes. */
describe('TransactionsService', () => {
  const clock = { now: () => new Date('2024-06-03T15:00:00Z') }; // 11:00 in New York, 2024-06-03
  const buy = { ticker: 'AAPL', type: 'BUY' as const, quantity: '1', trade_date: '2024-06-03' };
  let calls: string[];
  let ledger: Record<string, jest.Mock<(...args: unknown[]) => Promise<unknown>>>;
  let service: TransactionsService;

  beforeEach(() => {
    calls = [];
    const stocks = { ensureTickers: jest.fn(async () => void calls.push('ensure')) };
    ledger = {
      insertTrade: jest.fn(async () => (calls.push('insert'), { id: 't1' })),
      listTrades: jest.fn(async () => null),
      deleteTrade: jest.fn(async () => 'deleted'),
    };
    const positions = {
      forCustomer: jest.fn(async (id: string, tickers: string[] = []) => {
        calls.push(`guard ${id} ${tickers.join(',')}`.trim());
        return assertNoNegativePosition;
      }),
    };
    service = new TransactionsService(
      ledger as unknown as PortfolioLedgerRepository,
      stocks as unknown as StocksRepository,
      positions as unknown as PositionGuard,
      clock,
    );
  });

  it('refuses a trade dated after today in New York before touching any table', async () => {
    await expect(service.record('c1', { ...buy, trade_date: '2024-06-04' })).rejects.toThrow(
      BadRequestProblem,
    );
    expect(calls).toEqual([]);
  });

  it('records a trade of today: ticker ensured first, price null when omitted, guarded against going short', async () => {
    await service.record('c1', buy);
    expect(calls).toEqual(['ensure', 'guard c1 AAPL', 'insert']);
    const [customerId, trade, guard] = ledger.insertTrade.mock.calls[0] as [
      string,
      unknown,
      (opening: unknown[], trades: unknown[]) => void,
    ];
    expect(customerId).toBe('c1');
    expect(trade).toEqual({
      ticker: 'AAPL',
      type: 'BUY',
      quantity: '1',
      tradeDate: '2024-06-03',
      price: null,
      fee: '0',
    });
    expect(() =>
      guard([], [{ ticker: 'AAPL', type: 'SELL', quantity: '1', tradeDate: '2024-06-03' }]),
    ).toThrow(ConflictProblem);
  });

  it('maps a missing customer or trade to 404', async () => {
    ledger.insertTrade.mockResolvedValueOnce(null);
    await expect(service.record('c1', buy)).rejects.toThrow(NotFoundProblem);
    await expect(service.list('c1')).rejects.toThrow(NotFoundProblem);
    ledger.deleteTrade.mockResolvedValueOnce('no-customer');
    await expect(service.delete('c1', 't1')).rejects.toMatchObject({
      problem: { status: 404, detail: 'Customer c1 not found' },
    });
    ledger.deleteTrade.mockResolvedValueOnce('no-transaction');
    await expect(service.delete('c1', 't1')).rejects.toMatchObject({
      problem: { status: 404, detail: 'Transaction t1 not found for customer c1' },
    });
    await expect(service.delete('c1', 't1')).resolves.toBeUndefined();
  });
});
