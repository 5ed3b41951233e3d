import pg from 'pg';
import { ApiKeysRepository } from '../../src/auth/api-keys.repository.js';
import { CustomersRepository } from '../../src/customers/customers.repository.js';
import { PortfolioLedgerRepository } from '../../src/portfolios/portfolio-ledger.repository.js';
import { untilBlockedOnLock } from '../support/lock-wait.js';
import { createTestDataSource, type TestDataSource } from '../support/test-data-source.js';

/** SHA-256 hex digests are 64 characters (the column is char(64)). */
const HASH_1 = 'a'.repeat(64);

describe('ApiKeysRepository (api_keys)', () => {
  let db: TestDataSource;
  let keys: ApiKeysRepository;
  let customerId: string;
  let otherId: string;
  beforeAll(async () => {
    db = await createTestDataSource();
    keys = new ApiKeysRepository(db.dataSource);
    const customers = new CustomersRepository(db.dataSource, new PortfolioLedgerRepository(db.dataSource));
    customerId = (await customers.create({ name: 'K', address: 'a', email: null }, [])).id;
    otherId = (await customers.create({ name: 'O', address: 'a', email: null }, [])).id;
  });
  afterAll(() => db.close());

  it('stores keys by hash and lists a customer’s keys in creation order', async () => {
    const first = await keys.insert(customerId, 'laptop', 'pr_aaaa', HASH_1);
    const second = await keys.insert(customerId, null, 'pr_bbbb', 'b'.repeat(64));
    expect(first).toMatchObject({
      customerId,
      name: 'laptop',
      prefix: 'pr_aaaa',
      secretHash: HASH_1,
      revokedAt: null,
    });
    expect((await keys.listForCustomer(customerId)).map((key) => key.id)).toEqual([first!.id, second!.id]);
    expect(await keys.listForCustomer(otherId)).toEqual([]);
  });

  it('finds active keys by prefix; revoking is idempotent and only for the owner', async () => {
    const key = (await keys.insert(customerId, null, 'pr_cccc', 'c'.repeat(64)))!;
    expect((await keys.findActiveByPrefix('pr_cccc')).map((k) => k.id)).toEqual([key.id]);
    expect(await keys.revoke(otherId, key.id)).toBe(false);
    expect(await keys.revoke(customerId, key.id)).toBe(true);
    const [{ revoked_at: revokedAt }] = await db.dataSource.query(
      `SELECT revoked_at FROM api_keys WHERE id = $1`,
      [key.id],
    );
    expect(await keys.revoke(customerId, key.id)).toBe(true);
    const [{ revoked_at: again }] = await db.dataSource.query(
      `SELECT revoked_at FROM api_keys WHERE id = $1`,
      [key.id],
    );
    expect(again).toEqual(revokedAt);
    expect(await keys.findActiveByPrefix('pr_cccc')).toEqual([]);
  });

  it('stores no key for a customer deleted meanwhile: null (a 404), not a foreign-key error', async () => {
    const customers = new CustomersRepository(db.dataSource, new PortfolioLedgerRepository(db.dataSource));
    const doomed = (await customers.create({ name: 'D', address: 'a', email: null }, [])).id;
    const sql = new pg.Client({ connectionString: db.database.url });
    await sql.connect();
    try {
      // The customer was found (the service checks first); its delete is under way, not yet committed.
      await sql.query('BEGIN');
      await sql.query('DELETE FROM customers WHERE id = $1', [doomed]);
      const inserting = keys.insert(doomed, null, 'pr_dddd', 'd'.repeat(64));
      inserting.catch(() => undefined); // awaited below, after the commit
      await untilBlockedOnLock(sql, 'the insert waiting for the deleted customer');
      await sql.query('COMMIT');
      expect(await inserting).toBeNull();
      expect(await keys.findActiveByPrefix('pr_dddd')).toEqual([]);
    } finally {
      await sql.end();
    }
  });

  it('keys go with their customer', async () => {
    await db.dataSource.query(`DELETE FROM customers WHERE id = $1`, [customerId]);
    expect(await keys.listForCustomer(customerId)).toEqual([]);
  });
});
