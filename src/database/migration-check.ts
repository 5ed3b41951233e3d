import { DataSource } from 'typeorm';
import { loadConfig } from '../config/load-config.js';
import { ensureDatabase, withDatabase } from './database-url.js';
import { dataSourceOptions } from './data-source-options.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { runMigrations } from './run-migrations.js';

/**
 * Drift check (what `migration:generate --check` does): apply every migration to an empty database,
 * then ask TypeORM which SQL would make the schema match the entities. Any SQL means drift.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const scratch = `drift_check_${process.pid}_${Date.now()}`;
  const server = config.database.url ? undefined : await startEmbeddedPostgres(`/tmp/${scratch}`, false);
  const adminUrl = config.database.url ?? server!.adminUrl;
  await ensureDatabase(adminUrl, scratch);
  const dataSource = new DataSource(dataSourceOptions(withDatabase(adminUrl, scratch), config.database));
  let drift: string[];
  try {
    await dataSource.initialize();
    await runMigrations(dataSource);
    const sql = await dataSource.driver.createSchemaBuilder().log();
    drift = sql.upQueries.map((query) => query.query);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    const admin = new DataSource({ type: 'postgres', url: adminUrl });
    await admin.initialize();
    await admin.query(`DROP DATABASE IF EXISTS "${scratch}"`);
    await admin.destroy();
    await server?.stop();
  }
  if (drift.length > 0) {
    console.error(`Schema drift: the entities need SQL that no migration has:\n${drift.join(';\n')};`);
    process.exit(1);
  }
  console.log('No schema drift: migrations match the entities.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
