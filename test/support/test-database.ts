import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../src/config/load-config.js';
import { ensureDatabase, withDatabase } from '../../src/database/database-url.js';
import { dataSourceOptions } from '../../src/database/data-source-options.js';
import { MIGRATIONS } from '../../src/database/migrations/index.js';
import { runMigrations } from '../../src/database/run-migrations.js';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** Empty (no tables) instead of a clone of the migrated template: for tests of the migrations themselves. */
  empty?: boolean;
}

/**
 * The database every test file clones: migrated once, never connected to afterwards. Its name carries the
 * migrations' names, so a server kept between runs (DATABASE_URL) never serves an outdated template.
 */
const TEMPLATE = `test_template_${createHash('sha256')
  .update(MIGRATIONS.map((migration) => migration.name).join(','))
  .digest('hex')
  .slice(0, 12)}`;
/** Arbitrary constant: one worker builds the template while the others wait. */
const TEMPLATE_LOCK_KEY = 727_274_099;

export function adminUrl(): string {
  const url = process.env.TEST_DATABASE_ADMIN_URL;
  if (!url) throw new Error('TEST_DATABASE_ADMIN_URL is not set: run the tests through jest (global setup)');
  return url;
}

/** A fresh database for one test file (a clone of the migrated template unless `empty`), dropped at the end. */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  if (options.empty) await ensureDatabase(adminUrl(), name);
  else await withAdmin((admin) => admin.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE}"`), true);
  return {
    url: withDatabase(adminUrl(), name),
    drop: async () => {
      await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

async function withAdmin<T>(work: (admin: pg.Client) => Promise<T>, ensureTemplate = false): Promise<T> {
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    if (ensureTemplate) await ensureMigratedTemplate(admin);
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/** Builds the template on first use (under an advisory lock, so parallel workers build it once). */
async function ensureMigratedTemplate(admin: pg.Client): Promise<void> {
  await admin.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK_KEY]);
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [TEMPLATE]);
    if (rowCount) return;
    const building = `${TEMPLATE}_building`;
    await admin.query(`DROP DATABASE IF EXISTS "${building}"`);
    await admin.query(`CREATE DATABASE "${building}"`);
    const config = loadConfig({ NODE_ENV: 'test' });
    const dataSource = new DataSource(dataSourceOptions(withDatabase(adminUrl(), building), config.database));
    await dataSource.initialize();
    try {
      await runMigrations(dataSource);
    } finally {
      await dataSource.destroy();
    }
    // Renamed only once complete: a half-built template is never cloned.
    await admin.query(`ALTER DATABASE "${building}" RENAME TO "${TEMPLATE}"`);
  } finally {
    await admin.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK_KEY]);
  }
}
