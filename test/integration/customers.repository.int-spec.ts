import { ConflictException } from '@nestjs/common';
import type pg from 'pg';
import { toCustomerResponse } from '../../src/customers/customer.mapper.js';
import { CustomersRepository } from '../../src/customers/customers.repository.js';
import type { CustomerResponse } from '../../src/customers/dto/customer.response.js';
import { StocksRepository } from '../../src/market-data/stocks.repository.js';
import { PortfolioLedgerRepository } from '../../src/portfolios/portfolio-ledger.repository.js';
import { secondSessionPerTest, untilBlockedOnLock } from '../support/lock-wait.js';
import { createTestDataSource, type TestDataSource } from '../support/test-data-source.js';

const fields = (tag: string) => ({
  name: `Name ${tag}`,
  address: `${tag} Road`,
  email: `${tag}@example.com`,
});
const allow = () => undefined;

describe('CustomersRepository (customers; portfolio and holdings through the ledger, one transaction)', () => {
  let db: TestDataSource;
  let customers: CustomersRepository;
  let ledger: PortfolioLedgerRepository;

  beforeAll(async () => {
    db = await createTestDataSource();
    ledger = new PortfolioLedgerRepository(db.dataSource);
    customers = new CustomersRepository(db.dataSource, ledger);
    await new StocksRepository(db.dataSource).ensureTickers(['AAPL', 'MSFT', 'NVDA']);
  });
  afterAll(() => db.close());

  const versionOf = async (customerId: string) =>
    (await ledger.ledgerAndPriceVersions(customerId, [])).ledgerVersion!;

  it('creates a customer with a portfolio and exact holdings, and reads them back sorted by ticker', async () => {
    const created = await customers.create(fields('create'), [
      { ticker: 'MSFT', quantity: '5', asOf: '2024-01-02' },
      { ticker: 'AAPL', quantity: '0.12345678', asOf: '2024-01-02' },
    ]);
    expect(created).toMatchObject({
      name: 'Name create',
      address: 'create Road',
      email: 'create@example.com',
    });
    expect(created.portfolioId).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.holdings.map((h) => [h.ticker, h.quantity])).toEqual([
      ['AAPL', '0.12345678'],
      ['MSFT', '5.00000000'],
    ]);
    expect(await customers.findById(created.id)).toEqual(created);
  });

  it('rolls the customer back when its holdings cannot be stored (one transaction)', async () => {
    const before = await customers.list(0, 1000);
    // No stocks row for this ticker: the holdings' foreign key fails after the customer row was inserted.
    await expect(
      customers.create(fields('rollback'), [{ ticker: 'NOPE', quantity: '1', asOf: '2024-01-02' }]),
    ).rejects.toThrow();
    const after = await customers.list(0, 1000);
    expect(after.total).toBe(before.total);
    expect(rows(after).some((c) => c.name === 'Name rollback')).toBe(false);
  });

  it('lists a page in creation order with the total and each page row its own holdings', async () => {
    const a = await customers.create(fields('list-a'), [
      { ticker: 'NVDA', quantity: '2', asOf: '2024-01-02' },
    ]);
    const b = await customers.create(fields('list-b'), []);
    const listed = await customers.list(0, 1000);
    const all = rows(listed);
    expect(listed.total).toBe(all.length);
    const ids = all.map((c) => c.id);
    expect(ids.indexOf(a.id)).toBeLessThan(ids.indexOf(b.id));
    expect(all.find((c) => c.id === a.id)!.portfolio_stocks.map((h) => h.stock_ticker)).toEqual(['NVDA']);
    expect(all.find((c) => c.id === b.id)!.portfolio_stocks).toEqual([]);
    const page = await customers.list(ids.indexOf(b.id), 1);
    expect(rows(page).map((c) => c.id)).toEqual([b.id]);
  });

  it('builds each page row exactly as the mapper builds the single customer (numbers, dates, nulls)', async () => {
    const created = [
      await customers.create(fields('shape-a'), [
        { ticker: 'AAPL', quantity: '0.00000001', asOf: '2024-01-02' },
        { ticker: 'MSFT', quantity: '123456789012.12345678', asOf: '2023-12-29' },
        { ticker: 'NVDA', quantity: '10', asOf: '2024-01-02' },
      ]),
      await customers.create({ ...fields('shape-b'), email: null }, []),
    ];
    // Sub-millisecond parts, which toISOString truncates.
    await db.dataSource.query(
      `UPDATE customers SET updated_at = '2024-05-06 07:08:09.999999+00' WHERE id = $1`,
      [created[0].id],
    );
    const ids = rows(await customers.list(0, 1000)).map((c) => c.id);
    for (const customer of created) {
      const [row] = rows(await customers.list(ids.indexOf(customer.id), 1));
      expect(row).toEqual(toCustomerResponse((await customers.findById(customer.id))!));
    }
  });

  it('updates given fields only; replacing holdings bumps the ledger version and the portfolio timestamp', async () => {
    const customer = await customers.create(fields('update'), [
      { ticker: 'AAPL', quantity: '1', asOf: '2024-01-02' },
    ]);
    const version = await versionOf(customer.id);
    const renamed = await customers.update(customer.id, { name: 'Renamed' }, undefined, allow);
    expect(renamed).toMatchObject({ name: 'Renamed', address: 'update Road' });
    expect(await versionOf(customer.id)).toBe(version);

    const [{ updated_at: before }] = await db.dataSource.query(
      `SELECT updated_at FROM portfolios WHERE customer_id = $1`,
      [customer.id],
    );
    const replaced = await customers.update(
      customer.id,
      {},
      [{ ticker: 'MSFT', quantity: '3', asOf: '2024-01-02' }],
      allow,
    );
    expect(replaced!.holdings.map((h) => [h.ticker, h.quantity])).toEqual([['MSFT', '3.00000000']]);
    expect(await versionOf(customer.id)).toBe(version + 1);
    const [{ updated_at: after }] = await db.dataSource.query(
      `SELECT updated_at FROM portfolios WHERE customer_id = $1`,
      [customer.id],
    );
    expect(after.getTime()).toBeGreaterThan(before.getTime());
  });

  it('a guard that refuses the new holdings rolls back the field update too', async () => {
    const customer = await customers.create(fields('guard'), [
      { ticker: 'AAPL', quantity: '1', asOf: '2024-01-02' },
    ]);
    const refuse = () => {
      throw new ConflictException('no');
    };
    await expect(
      customers.update(
        customer.id,
        { name: 'Never' },
        [{ ticker: 'AAPL', quantity: '2', asOf: '2024-01-02' }],
        refuse,
      ),
    ).rejects.toThrow(ConflictException);
    const stored = await customers.findById(customer.id);
    expect(stored!.name).toBe('Name guard');
    expect(stored!.holdings.map((h) => h.quantity)).toEqual(['1.00000000']);
  });

  it('answers null or false for an unknown customer, and deleting cascades to the ledger', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(await customers.findById(unknown)).toBeNull();
    expect(await customers.update(unknown, { name: 'x' }, undefined, allow)).toBeNull();
    expect(await customers.delete(unknown)).toBe(false);

    const customer = await customers.create(fields('delete'), [
      { ticker: 'AAPL', quantity: '1', asOf: '2024-01-02' },
    ]);
    expect(await customers.delete(customer.id)).toBe(true);
    expect(await customers.findById(customer.id)).toBeNull();
    const [{ count }] = await db.dataSource.query(
      `SELECT count(*)::int AS count FROM portfolios WHERE customer_id = $1`,
      [customer.id],
    );
    expect(count).toBe(0);
  });

  describe('a read racing a write of the same customer (the holdings table held by another session)', () => {
    let sql: pg.Client;
    secondSessionPerTest(
      () => db.database.url,
      (client) => (sql = client),
    );

    /**
     * Starts `findById` while `sql` holds the holdings table, lets `write` commit on `sql` once the read
     * waits for that table, and answers what the read returned.
     */
    async function readAcross(id: string, write: () => Promise<unknown>) {
      await sql.query('BEGIN');
      await sql.query('LOCK TABLE holdings IN ACCESS EXCLUSIVE MODE');
      const read = customers.findById(id);
      read.catch(() => undefined); // awaited below, after the commit
      await untilBlockedOnLock(sql, 'the read waiting for the holdings table');
      await write();
      await sql.query('COMMIT');
      return read;
    }

    it('answers the customer or null, never an error, when it is deleted meanwhile', async () => {
      const customer = await customers.create(fields('read-delete'), [
        { ticker: 'AAPL', quantity: '1', asOf: '2024-01-02' },
      ]);
      const found = await readAcross(customer.id, () =>
        sql.query('DELETE FROM customers WHERE id = $1', [customer.id]),
      );
      expect([null, customer]).toContainEqual(found);
    });

    it('answers fields and holdings of one state, when both change in one transaction meanwhile', async () => {
      const customer = await customers.create(fields('read-update'), [
        { ticker: 'AAPL', quantity: '1', asOf: '2024-01-02' },
      ]);
      const found = await readAcross(customer.id, async () => {
        await sql.query(`UPDATE customers SET name = 'Renamed' WHERE id = $1`, [customer.id]);
        await sql.query(`UPDATE holdings SET quantity = 2 WHERE portfolio_id = $1`, [customer.portfolioId]);
      });
      const state = [found!.name, found!.holdings.map((h) => h.quantity)];
      expect([
        ['Name read-update', ['1.00000000']],
        ['Renamed', ['2.00000000']],
      ]).toContainEqual(state);
    });
  });
});

function rows(page: { json: string }): CustomerResponse[] {
  return JSON.parse(page.json) as CustomerResponse[];
}
