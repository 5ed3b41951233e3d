import { readFileSync } from 'node:fs';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions.js';
import type { AppConfig } from '../config/app-config.js';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

/** The one DataSource definition, shared by the app, the migration CLI and the tests. */
export function dataSourceOptions(url: string, database: AppConfig['database']): PostgresDataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // TypeORM's logger prints each failing query with its bind parameters (customer names, emails,
    // key hashes); errors are logged by the problem filter instead, without them.
    logging: false,
    migrationsRun: false,
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    namingStrategy: new SnakeNamingStrategy(),
    ssl: sslOptions(database),
    extra: { max: database.poolSize, application_name: 'portfolio-returns' },
  };
}

/** TLS settings for every connection to the database (TypeORM's pool and pg-boss's alike). */
export function sslOptions(database: AppConfig['database']): PostgresDataSourceOptions['ssl'] {
  if (database.ssl === 'disable') return false;
  const ca = database.sslCaFile ? readFileSync(database.sslCaFile, 'utf8') : undefined;
  return { rejectUnauthorized: database.ssl === 'verify-full', ca };
}
