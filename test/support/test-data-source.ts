import { DataSource } from 'typeorm';
import { loadConfig } from '../../src/config/load-config.js';
import { dataSourceOptions } from '../../src/database/data-source-options.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface TestDataSource {
  dataSource: DataSource;
  database: TestDatabase;
  close(): Promise<void>;
}

/** The app's DataSource on a fresh migrated database, for repository integration specs (no Nest app). */
export async function createTestDataSource(): Promise<TestDataSource> {
  const database = await createTestDatabase();
  const dataSource = new DataSource(
    dataSourceOptions(database.url, loadConfig({ NODE_ENV: 'test' }).database),
  );
  await dataSource.initialize();
  return {
    dataSource,
    database,
    close: async () => {
      await dataSource.destroy();
      await database.drop();
    },
  };
}
