import { writeFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/load-config.js';
import { ensureDatabase, withDatabase } from './database-url.js';
import { dataSourceOptions } from './data-source-options.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { runMigrations } from './run-migrations.js';

/** Dev tool: writes src/database/migrations/<timestamp>-<Name>.ts with the SQL the entities still need. */
async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name))
    throw new Error('Usage: migration:generate <PascalCaseName>');
  const server = await startEmbeddedPostgres(`/tmp/migration_generate_${process.pid}`, false);
  await ensureDatabase(server.adminUrl, 'scratch');
  const config = loadConfig();
  const dataSource = new DataSource(
    dataSourceOptions(withDatabase(server.adminUrl, 'scratch'), config.database),
  );
  try {
    await dataSource.initialize();
    await runMigrations(dataSource);
    const sql = await dataSource.driver.createSchemaBuilder().log();
    const timestamp = Date.now();
    const quote = (query: string) => `    await queryRunner.query(${JSON.stringify(query)});`;
    const body = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${timestamp} implements MigrationInterface {
  name = '${name}${timestamp}';

  async up(queryRunner: QueryRunner): Promise<void> {
${sql.upQueries.map((q) => quote(q.query)).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${sql.downQueries
  .reverse()
  .map((q) => quote(q.query))
  .join('\n')}
  }
}
`;
    const file = `src/database/migrations/${timestamp}-${name}.ts`;
    writeFileSync(file, body);
    console.log(`Wrote ${file} (${sql.upQueries.length} statements)`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
