import { DataSource } from 'typeorm';
import { CLIENT_TIMEOUT_MARGIN_MS, poolOptionsOf } from './data-source-options.js';

/** Arbitrary constant: one migration run at a time across every instance sharing the database. */
const MIGRATION_LOCK_KEY = 727_274_001;

/**
 * Applies pending migrations under an advisory lock, so concurrent starts never race. They run on two
 * connections of their own whose statement and lock bound is DATABASE_MIGRATION_TIMEOUT_SECONDS, not the
 * request-sized one of the app's pool (an index build may take minutes; waiting for another instance's
 * migrations is a lock wait).
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const pool = poolOptionsOf(dataSource);
  const migrator = pool
    ? new DataSource({
        ...dataSource.options,
        extra: {
          ...pool,
          max: 2,
          statement_timeout: pool.migrationTimeoutMs,
          lock_timeout: pool.migrationTimeoutMs,
          query_timeout: pool.migrationTimeoutMs + CLIENT_TIMEOUT_MARGIN_MS,
        },
      } as typeof dataSource.options)
    : dataSource;
  if (migrator !== dataSource) await migrator.initialize();
  try {
    return await migrateUnderLock(migrator);
  } finally {
    if (migrator !== dataSource) await migrator.destroy();
  }
}

async function migrateUnderLock(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}
