import type { DataSource } from 'typeorm';

/** Arbitrary constant: one migration run at a time across every instance sharing the database. */
const MIGRATION_LOCK_KEY = 727_274_001;

/** Applies pending migrations under an advisory lock, so concurrent starts never race. */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
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
