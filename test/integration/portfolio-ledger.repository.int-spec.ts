import { ConflictException } from '@nestjs/common';
import type pg from 'pg';
import { CustomersRepository } from '../../src/customers/customers.repository.js';
import { CorporateActionsRepository } from '../../src/market-data/corporate-actions/corporate-actions.repository.js';
import { PricesRepository } from '../../src/market-data/prices.repository.js';
import { StocksRepository } from '../../src/market-data/stocks.repository.js';
import { PortfolioLedgerRepository } from '../../src/portfolios/portfolio-ledger.repository.js';
import { PositionGuard } from '../../src/portfolios/position-guard.js';
import type { NewTransaction } from '../../src/portfolios/transaction.record.js';
import { secondSessionPerTest, untilBlockedOnLock } from '../support/lock-wait.js';
import { createTestDataSource, type TestDataSource } from '../support/test-data-source.js';

const allow = () => undefined;
const trade = (overrides: Partial<NewTransaction>): NewTransaction => ({
  ticker: 'AAPL',
  type: 'BUY',
  quantity: '1',
  tradeDate: '2024-01-02',
  price: null,
  fee: '0',
  ...overrides,
});

describe('PortfolioLedgerRepository (portfolios, holdings, transactions)', () => {
  let db: TestDataSource;
  let ledger: PortfolioLedgerRepository;
  let customers: CustomersRepository;
  let tag = 0;

  beforeAll(async () => {
    db = await createTestDataSource();
    ledger = new PortfolioLedgerRepository(db.dataSource);
    customers = new CustomersRepository(db.dataSource, ledger);
    await new StocksRepository(db.dataSource).ensureTickers(['AAPL', 'MSFT', 'TSLA']);
  });
  afterAll(() => db.close());

  /** The ledger version, as every returns request reads it (with no price versions). */
  const ledgerVersion = async (customerId: string) =>
    (await ledger.ledgerAndPriceVersions(customerId, [])).ledgerVersion;

  const newCustomer = async (holdings = [{ ticker: 'AAPL', quantity: '10', asOf: '2024-01-02' }]) =>
    (await customers.create({ name: `L${++tag}`, address: 'a', email: null }, holdings)).id;

  it('inserts a trade the guard accepts, with exact decimals, and bumps the version', async () => {
    const id = await newCustomer();
    const seen: unknown[] = [];
    const record = await ledger.insertTrade(
      id,
      trade({ type: 'SELL', quantity: '2.5', price: '187.123456789' }),
      (opening, trades) => void seen.push({ opening, trades }),
    );
    expect(record).toMatchObject({
      customerId: id,
      ticker: 'AAPL',
      type: 'SELL',
      quantity: '2.50000000',
      tradeDate: '2024-01-02',
      price: '187.123456789',
    });
    // The guard saw the whole ledger plus the new trade.
    expect(seen).toEqual([
      {
        opening: [{ ticker: 'AAPL', quantity: '10.00000000', asOf: '2024-01-02' }],
        trades: [expect.objectContaining({ type: 'SELL', quantity: '2.5' })],
      },
    ]);
    expect(await ledgerVersion(id)).toBe(1);
  });

  it('stores nothing and keeps the version when the guard refuses', async () => {
    const id = await newCustomer();
    const refuse = () => {
      throw new ConflictException('short');
    };
    await expect(ledger.insertTrade(id, trade({ type: 'SELL', quantity: '11' }), refuse)).rejects.toThrow();
    expect(await ledger.listTrades(id)).toEqual([]);
    expect(await ledgerVersion(id)).toBe(0);
  });

  it('lists trades by date, then entry order; null for an unknown customer', async () => {
    const id = await newCustomer();
    await ledger.insertTrade(id, trade({ tradeDate: '2024-03-01', ticker: 'MSFT' }), allow);
    await ledger.insertTrade(id, trade({ tradeDate: '2024-01-05' }), allow);
    await ledger.insertTrade(id, trade({ tradeDate: '2024-03-01', ticker: 'AAPL' }), allow);
    const listed = await ledger.listTrades(id);
    expect(listed!.map((t) => `${t.tradeDate} ${t.ticker}`)).toEqual([
      '2024-01-05 AAPL',
      '2024-03-01 MSFT',
      '2024-03-01 AAPL',
    ]);
    expect(await ledger.listTrades('00000000-0000-4000-8000-000000000000')).toBeNull();
  });

  it('deletes a trade the guard allows to go, and names what was missing otherwise', async () => {
    const id = await newCustomer();
    const record = (await ledger.insertTrade(id, trade({}), allow))!;
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(await ledger.deleteTrade(unknown, record.id, allow)).toBe('no-customer');
    expect(await ledger.deleteTrade(id, unknown, allow)).toBe('no-transaction');
    const version = await ledgerVersion(id);
    expect(await ledger.deleteTrade(id, record.id, allow)).toBe('deleted');
    expect(await ledger.listTrades(id)).toEqual([]);
    expect(await ledgerVersion(id)).toBe(version! + 1);
  });

  it('reads the ledger the calculator needs: opening holdings and trades up to a date, prices optional', async () => {
    const id = await newCustomer([
      { ticker: 'MSFT', quantity: '3', asOf: '2024-01-02' },
      { ticker: 'AAPL', quantity: '1.5', asOf: '2024-01-02' },
    ]);
    await ledger.insertTrade(id, trade({ tradeDate: '2024-02-01', ticker: 'TSLA', quantity: '4' }), allow);
    await ledger.insertTrade(id, trade({ tradeDate: '2024-01-02', price: '10.25' }), allow);
    await ledger.insertTrade(id, trade({ tradeDate: '2024-03-01' }), allow);
    await ledger.insertTrade(id, trade({ tradeDate: '2024-01-02', quantity: '2', fee: '0.5' }), allow);
    const read = await ledger.ledgerUntil(id, '2024-02-01');
    expect(read!.version).toBe(await ledgerVersion(id));
    expect(read!.opening).toEqual([
      { ticker: 'AAPL', quantity: 1.5, asOf: '2024-01-02' },
      { ticker: 'MSFT', quantity: 3, asOf: '2024-01-02' },
    ]);
    // By date, a day's trades in recording order, numbered in that order (sequence), with fees.
    expect(read!.trades).toEqual([
      {
        ticker: 'AAPL',
        type: 'BUY',
        quantity: 1,
        tradeDate: '2024-01-02',
        price: 10.25,
        fee: 0,
        sequence: 0,
      },
      {
        ticker: 'AAPL',
        type: 'BUY',
        quantity: 2,
        tradeDate: '2024-01-02',
        price: null,
        fee: 0.5,
        sequence: 1,
      },
      { ticker: 'TSLA', type: 'BUY', quantity: 4, tradeDate: '2024-02-01', price: null, fee: 0, sequence: 2 },
    ]);
    expect(await ledger.ledgerUntil('00000000-0000-4000-8000-000000000000', '2024-01-01')).toBeNull();
    expect(await ledgerVersion('00000000-0000-4000-8000-000000000000')).toBeNull();
  });

  it('reads the ledger version and the price versions of tickers in one statement, as each alone', async () => {
    const id = await newCustomer();
    await ledger.insertTrade(id, trade({}), allow);
    const prices = new PricesRepository(db.dataSource);
    const tickers = ['AAPL', 'MSFT', 'NOPE'];
    expect(await ledger.ledgerAndPriceVersions(id, tickers)).toEqual({
      ledgerVersion: await ledgerVersion(id),
      priceVersions: await prices.priceVersions(tickers),
    });
    expect((await ledger.ledgerAndPriceVersions(id, tickers)).priceVersions.has('NOPE')).toBe(false);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(await ledger.ledgerAndPriceVersions(unknown, [])).toEqual({
      ledgerVersion: null,
      priceVersions: new Map(),
    });
  });

  it('names every ticker held or traded', async () => {
    await newCustomer([{ ticker: 'MSFT', quantity: '1', asOf: '2024-01-02' }]);
    const b = await newCustomer([]);
    await ledger.insertTrade(b, trade({ ticker: 'TSLA' }), allow);
    expect(await ledger.heldTickers()).toEqual(expect.arrayContaining(['AAPL', 'MSFT', 'TSLA']));
  });

  it('reads many ledgers at once exactly as one by one, and pages every customer id in order', async () => {
    const a = await newCustomer([
      { ticker: 'MSFT', quantity: '3', asOf: '2024-01-02' },
      { ticker: 'AAPL', quantity: '1.5', asOf: '2024-01-02' },
    ]);
    await ledger.insertTrade(a, trade({ tradeDate: '2024-01-02', price: '10.25', fee: '1.5' }), allow);
    await ledger.insertTrade(a, trade({ tradeDate: '2024-02-01', ticker: 'TSLA', quantity: '4' }), allow);
    await ledger.insertTrade(a, trade({ tradeDate: '2024-03-01' }), allow);
    const b = await newCustomer([]);
    const unknown = '00000000-0000-4000-8000-000000000000';
    const many = await ledger.ledgersUntil([a, b, unknown], '2024-02-01');
    expect([...many.keys()].sort()).toEqual([a, b].sort());
    expect(many.get(a)).toEqual(await ledger.ledgerUntil(a, '2024-02-01'));
    expect(many.get(b)).toEqual(await ledger.ledgerUntil(b, '2024-02-01'));
    expect((await ledger.ledgersUntil([], '2024-02-01')).size).toBe(0);

    const all: string[] = [];
    for (let page = await ledger.customerIdsAfter(null, 2); page.length > 0;) {
      all.push(...page);
      page = await ledger.customerIdsAfter(page.at(-1)!, 2);
    }
    expect(all).toEqual([...all].sort());
    expect(all).toEqual(expect.arrayContaining([a, b]));
    expect(new Set(all).size).toBe(all.length);
  });

  it('judges in their split basis the tickers other writes brought after the guard was built', async () => {
    const actions = new CorporateActionsRepository(db.dataSource);
    const positions = new PositionGuard(ledger, actions, { now: () => new Date('2024-06-03T15:00:00Z') });
    await new StocksRepository(db.dataSource).ensureTickers(['GSPL']);
    await actions.upsertSplits(
      'GSPL',
      [{ executionDate: '2024-03-01', splitFrom: '1', splitTo: '2' }],
      'import',
    );
    const id = await newCustomer();
    // A buy of AAPL builds its guard: the customer holds and trades AAPL only.
    const guard = await positions.forCustomer(id, ['AAPL']);
    // Before it locks the ledger, two other requests commit: 10 GSPL held since before its 2-for-1
    // split, and 15 of the 20 they became sold after it.
    const holdings = [
      { ticker: 'AAPL', quantity: '10', asOf: '2024-01-02' },
      { ticker: 'GSPL', quantity: '10', asOf: '2024-01-02' },
    ];
    await customers.update(id, {}, holdings, await positions.forCustomer(id, ['AAPL', 'GSPL']));
    const sell = trade({ ticker: 'GSPL', type: 'SELL', quantity: '15', tradeDate: '2024-04-01' });
    await ledger.insertTrade(id, sell, await positions.forCustomer(id, ['GSPL']));
    // The buy is no short of anything.
    await expect(ledger.insertTrade(id, trade({}), guard)).resolves.toMatchObject({ ticker: 'AAPL' });
  });

  describe('a ledger read racing the delete of its customer (the transactions table held meanwhile)', () => {
    let sql: pg.Client;
    secondSessionPerTest(
      () => db.database.url,
      (client) => (sql = client),
    );

    /**
     * A customer with holdings and a trade, and `read` started while `sql` holds the transactions table;
     * once the read waits for that table, the customer is deleted and the delete commits. Answers the
     * ledger as it was before the delete, and what the read returned.
     */
    async function readAcrossDelete<T>(
      read: (id: string) => Promise<T>,
      write: (id: string) => Promise<unknown> = (id) =>
        sql.query('DELETE FROM customers WHERE id = $1', [id]),
    ) {
      const id = await newCustomer();
      await ledger.insertTrade(id, trade({ type: 'SELL', quantity: '4' }), allow);
      const before = await ledger.ledgerUntil(id, '2024-02-01');
      await sql.query('BEGIN');
      await sql.query('LOCK TABLE transactions IN ACCESS EXCLUSIVE MODE');
      const reading = read(id);
      reading.catch(() => undefined); // awaited below, after the commit
      await untilBlockedOnLock(sql, 'the read waiting for the transactions table');
      await write(id);
      await sql.query('COMMIT');
      return { id, before, read: await reading };
    }

    it('reads one ledger as it was or not at all, never its holdings without its trades', async () => {
      const { before, read } = await readAcrossDelete((id) => ledger.ledgerUntil(id, '2024-02-01'));
      expect([null, before]).toContainEqual(read);
    });

    it('reads a ledger a trade was added to meanwhile as one version of it: before, or after with the trade', async () => {
      const { id, before, read } = await readAcrossDelete(
        (customer) => ledger.ledgerUntil(customer, '2024-02-01'),
        async (customer) => {
          // What a trade insert writes: the trade and the ledger version, in one transaction.
          await sql.query(
            `INSERT INTO transactions (portfolio_id, ticker, type, quantity, trade_date)
             SELECT id, 'AAPL', 'BUY', 2, '2024-01-10' FROM portfolios WHERE customer_id = $1`,
            [customer],
          );
          await sql.query(
            `UPDATE portfolios SET ledger_version = ledger_version + 1 WHERE customer_id = $1`,
            [customer],
          );
        },
      );
      const after = await ledger.ledgerUntil(id, '2024-02-01');
      expect(after!.trades).toHaveLength(before!.trades.length + 1);
      expect([before, after]).toContainEqual(read);
    });

    it('lists the trades as they were or answers null, never an empty list', async () => {
      const { before, read } = await readAcrossDelete(async (id) => ({
        trades: await ledger.listTrades(id),
      }));
      expect(before!.trades).toHaveLength(1);
      expect([null, 1]).toContain(read.trades === null ? null : read.trades.length);
    });

    it('reads many ledgers each as it was or not at all, never holdings without trades', async () => {
      const { id, before, read } = await readAcrossDelete((id) => ledger.ledgersUntil([id], '2024-02-01'));
      expect([undefined, before]).toContainEqual(read.get(id));
    });
  });
});
