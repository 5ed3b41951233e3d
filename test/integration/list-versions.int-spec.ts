import pg from 'pg';
import { ListVersionsRepository } from '../../src/common/list-cache/list-versions.repository.js';
import { createTestDataSource, type TestDataSource } from '../support/test-data-source.js';

/** A transaction on its own connection, left open until the test ends it. */
async function openTransaction(pool: pg.Pool): Promise<pg.PoolClient> {
  const client = await pool.connect();
  await client.query('BEGIN');
  return client;
}

async function end(client: pg.PoolClient, how: 'COMMIT' | 'ROLLBACK'): Promise<void> {
  await client.query(how);
  client.release();
}

describe('list_versions (trigger-maintained list versions, real Postgres)', () => {
  let db: TestDataSource;
  let pool: pg.Pool;
  let versions: ListVersionsRepository;

  beforeAll(async () => {
    db = await createTestDataSource();
    pool = new pg.Pool({ connectionString: db.database.url, max: 30 });
    versions = new ListVersionsRepository(db.dataSource);
  });
  afterAll(async () => {
    await pool.end();
    await db.close();
  });

  it('changes a list’s version when a write to one of its tables commits, not before, and not for other lists', async () => {
    const [stocks, customers] = [await versions.current('stocks'), await versions.current('customers')];
    const writer = await openTransaction(pool);
    await writer.query(`INSERT INTO stocks (ticker) VALUES ('LVA')`);
    expect(await versions.current('stocks')).toBe(stocks);
    await end(writer, 'COMMIT');
    expect(BigInt(await versions.current('stocks'))).toBeGreaterThan(BigInt(stocks));
    expect(await versions.current('customers')).toBe(customers);
  });

  it('leaves the version as it was when the write rolls back', async () => {
    const before = await versions.current('jobs');
    const writer = await openTransaction(pool);
    await writer.query(`UPDATE price_jobs SET error = 'x'`);
    await end(writer, 'ROLLBACK');
    expect(await versions.current('jobs')).toBe(before);
  });

  it('never makes a write wait for another open write of the same list, even with more writers than shards', async () => {
    const before = BigInt(await versions.current('stocks'));
    const writers: pg.PoolClient[] = [];
    try {
      for (let i = 0; i < 20; i++) {
        const writer = await openTransaction(pool);
        writers.push(writer);
        // Were the counter a single row (or a shard already held), this would wait and time out.
        await writer.query(`SET LOCAL lock_timeout = '2s'`);
        await writer.query(`INSERT INTO stocks (ticker) VALUES ($1)`, [`LVW${i}`]);
      }
      await Promise.all(writers.splice(0).map((writer) => end(writer, 'COMMIT')));
    } finally {
      await Promise.all(writers.map((writer) => end(writer, 'ROLLBACK')));
    }
    expect(BigInt(await versions.current('stocks'))).toBe(before + 20n);
  });

  it('counts a TRUNCATE as a write', async () => {
    const before = await versions.current('jobs');
    await pool.query('TRUNCATE price_job_tickers');
    expect(await versions.current('jobs')).not.toBe(before);
  });
});
