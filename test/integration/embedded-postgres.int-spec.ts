import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadConfig } from '../../src/config/load-config.js';
import { resolveDatabase } from '../../src/database/resolve-database.js';

describe('embedded PostgreSQL (the zero-setup default when DATABASE_URL is unset)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'embedded-pg-'));
  // Running as root, initdb runs as `postgres`, which must be able to enter the directory.
  chmodSync(dir, 0o755);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function query(url: string, sql: string): Promise<unknown[]> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql)).rows;
    } finally {
      await client.end();
    }
  }

  it('keeps its data in the data dir: a second start finds what the first stored', async () => {
    const database = loadConfig({ EMBEDDED_PG_DATA_DIR: join(dir, 'postgres') }).database;
    const first = await resolveDatabase(database);
    expect(first.embedded).toBe(true);
    await query(first.url, `CREATE TABLE kept (n int); INSERT INTO kept VALUES (42)`);
    await first.stop();
    expect(existsSync(join(dir, 'postgres', 'PG_VERSION'))).toBe(true);

    const second = await resolveDatabase(database);
    try {
      expect(second.url).not.toBe(first.url); // a fresh free port each start
      expect(await query(second.url, `SELECT n FROM kept`)).toEqual([{ n: 42 }]);
    } finally {
      await second.stop();
    }
  });

  it('uses DATABASE_URL instead when it is set, starting nothing', async () => {
    const url = 'postgres://user:pass@db.example:5432/app';
    const resolved = await resolveDatabase(loadConfig({ DATABASE_URL: url }).database);
    expect(resolved).toMatchObject({ url, embedded: false });
    await resolved.stop();
  });
});
