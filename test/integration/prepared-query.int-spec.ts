import { preparedQuery } from '../../src/common/prepared-query.js';
import { createTestDataSource, type TestDataSource } from '../support/test-data-source.js';

const PREPARED = `SELECT name, statement FROM pg_prepared_statements WHERE name LIKE 'prepared\\_%'`;

describe('preparedQuery (named prepared statements, real Postgres)', () => {
  let db: TestDataSource;

  beforeAll(async () => {
    db = await createTestDataSource();
  });
  afterAll(async () => {
    await db.close();
  });

  it('prepares a text once per connection under one name and answers each call with its own parameters', async () => {
    const text = `SELECT $1::int * 2 AS doubled, $2::text AS label`;
    await db.dataSource.transaction(async (manager) => {
      expect(await preparedQuery(manager, text, [21, 'a'])).toEqual([{ doubled: 42, label: 'a' }]);
      expect(await preparedQuery(manager, text, [5, 'b'])).toEqual([{ doubled: 10, label: 'b' }]);
      // pg_prepared_statements is per session: this transaction's connection holds the text, once.
      const prepared: { name: string; statement: string }[] = await manager.query(PREPARED);
      expect(prepared.filter((row) => row.statement === text)).toHaveLength(1);
      const other = `SELECT $1::int + 1 AS next`;
      expect(await preparedQuery(manager, other, [1])).toEqual([{ next: 2 }]);
      const names = new Set(((await manager.query(PREPARED)) as { name: string }[]).map((row) => row.name));
      expect(names.size).toBe(prepared.length + 1);
    });
  });

  it('runs inside the transaction of the manager it is given: its writes roll back with it', async () => {
    const ticker = 'PQROLL';
    await expect(
      db.dataSource.transaction(async (manager) => {
        await preparedQuery(manager, `INSERT INTO stocks (ticker) VALUES ($1)`, [ticker]);
        expect(
          await preparedQuery(manager, `SELECT count(*)::int AS n FROM stocks WHERE ticker = $1`, [ticker]),
        ).toEqual([{ n: 1 }]);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    const [row] = await db.dataSource.query(`SELECT count(*)::int AS n FROM stocks WHERE ticker = $1`, [
      ticker,
    ]);
    expect(row.n).toBe(0);
  });

  it('takes a pooled connection from a data source and gives it back, also when the statement fails', async () => {
    const text = `SELECT $1::int AS value`;
    for (let i = 0; i < 30; i++)
      expect(await preparedQuery(db.dataSource, text, [i])).toEqual([{ value: i }]);
    await expect(preparedQuery(db.dataSource, text, ['not a number'])).rejects.toMatchObject({
      code: '22P02',
    });
    // Every connection went back to the pool: a leak would exhaust it and time out here.
    const pool = (db.dataSource.driver as unknown as { master: { totalCount: number; idleCount: number } })
      .master;
    expect(pool.idleCount).toBe(pool.totalCount);
    expect(await preparedQuery(db.dataSource, text, [7])).toEqual([{ value: 7 }]);
  });
});
