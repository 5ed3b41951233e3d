import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { ensureDatabase, withDatabase } from '../../src/database/database-url.js';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { onCleanup } from './lifecycle.js';

export interface BenchDatabase {
  /** A fresh, empty database for this run (dropped at the end). */
  url: string;
  /** Where it runs: 'embedded (temp dir)' or the DATABASE_URL host. */
  where: string;
  /** Whether the server is the embedded one (a child of this process). */
  embedded: boolean;
}

/**
 * A fresh database for one bench run, like the tests do: on the server of DATABASE_URL when it is set
 * (a new database on it, dropped afterwards), otherwise on an embedded PostgreSQL in a temp data dir that
 * is removed afterwards.
 */
export async function createBenchDatabase(): Promise<BenchDatabase> {
  let adminUrl = process.env.DATABASE_URL;
  let where: string;
  if (adminUrl) {
    where = `DATABASE_URL (${new URL(adminUrl).host})`;
  } else {
    // Not mkdtemp: initdb runs as the postgres user, who must be able to create the directory.
    const dir = join(tmpdir(), `portfolio-returns-bench-pg-${process.pid}-${randomBytes(3).toString('hex')}`);
    onCleanup('remove temp data dir', () => rmSync(dir, { recursive: true, force: true }));
    const started = Date.now();
    const server = await startEmbeddedPostgres(dir, false);
    onCleanup('stop embedded postgres', () => server.stop());
    adminUrl = server.adminUrl;
    where = `embedded PostgreSQL 18 (temp dir, started in ${((Date.now() - started) / 1000).toFixed(1)} s)`;
  }
  const name = `bench_${randomBytes(5).toString('hex')}`;
  await ensureDatabase(adminUrl, name);
  const admin = adminUrl;
  onCleanup(`drop database ${name}`, async () => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } finally {
      await client.end();
    }
  });
  return { url: withDatabase(adminUrl, name), where, embedded: !process.env.DATABASE_URL };
}
