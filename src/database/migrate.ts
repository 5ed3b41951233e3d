import { DataSource } from 'typeorm';
import { loadConfig } from '../config/load-config.js';
import { dataSourceOptions } from './data-source-options.js';
import { resolveDatabase } from './resolve-database.js';
import { runMigrations } from './run-migrations.js';

/** CLI: applies every pending migration to DATABASE_URL (or the embedded server) and exits. */
async function main(): Promise<void> {
  const config = loadConfig();
  const database = await resolveDatabase(config.database);
  const dataSource = new DataSource(dataSourceOptions(database.url, config.database));
  try {
    await dataSource.initialize();
    const applied = await runMigrations(dataSource);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'No pending migrations.');
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
