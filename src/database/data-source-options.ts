import { readFileSync } from 'node:fs';
import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions.js';
import type { AppConfig } from '../config/app-config.js';
import { DatabaseOutage } from './database-outage.js';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';
import { trackedClientClass } from './tracked-client.js';

/** How long the client waits past the server's statement_timeout before it gives up on a silent server. */
export const CLIENT_TIMEOUT_MARGIN_MS = 1000;

/** pg-pool options (node-postgres reads what it knows and ignores `outage` and `migrationTimeoutMs`). */
export interface PoolOptions {
  max: number;
  application_name: string;
  /** Connecting, and waiting for a free pooled client (pg-pool ≥ 3 applies it to both). */
  connectionTimeoutMillis: number;
  /** Sent in the startup packet: enforced by the server, per session. */
  statement_timeout: number;
  lock_timeout: number;
  idle_in_transaction_session_timeout: number;
  /** Client-side: a frozen server (TCP open, nothing answers) cannot hang a query past it. */
  query_timeout: number;
  Client: typeof import('pg').Client;
  outage: DatabaseOutage;
  migrationTimeoutMs: number;
}

/** The one DataSource definition, shared by the app, the migration CLI and the tests. */
export function dataSourceOptions(url: string, database: AppConfig['database']): PostgresDataSourceOptions {
  const outage = new DatabaseOutage(new Logger('Database'));
  const statementMs = database.statementTimeoutSeconds * 1000;
  const extra: PoolOptions = {
    max: database.poolSize,
    application_name: 'portfolio-returns',
    connectionTimeoutMillis: database.connectTimeoutSeconds * 1000,
    statement_timeout: statementMs,
    lock_timeout: database.lockTimeoutSeconds * 1000,
    idle_in_transaction_session_timeout: database.idleInTransactionTimeoutSeconds * 1000,
    query_timeout: statementMs + CLIENT_TIMEOUT_MARGIN_MS,
    Client: trackedClientClass(outage),
    outage,
    migrationTimeoutMs: database.migrationTimeoutSeconds * 1000,
  };
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
    extra,
    // An idle pooled connection that breaks (server stopped or restarted) is an outage signal, not a crash.
    poolErrorHandler: (error: unknown) => {
      if (!outage.failed(error)) new Logger('Database').warn(`Idle pool connection failed: ${String(error)}`);
    },
  };
}

/** The pool options of a DataSource built by dataSourceOptions (undefined for any other). */
export function poolOptionsOf(dataSource: DataSource): PoolOptions | undefined {
  const extra = (dataSource.options as PostgresDataSourceOptions).extra as Partial<PoolOptions> | undefined;
  return extra?.outage ? (extra as PoolOptions) : undefined;
}

/** The outage tracker of the app's database (a detached one for a DataSource built elsewhere). */
export function databaseOutageOf(dataSource: DataSource): DatabaseOutage {
  return poolOptionsOf(dataSource)?.outage ?? new DatabaseOutage(new Logger('Database'));
}

/** TLS settings for every connection to the database (TypeORM's pool and pg-boss's alike). */
export function sslOptions(database: AppConfig['database']): PostgresDataSourceOptions['ssl'] {
  if (database.ssl === 'disable') return false;
  const ca = database.sslCaFile ? readFileSync(database.sslCaFile, 'utf8') : undefined;
  return { rejectUnauthorized: database.ssl === 'verify-full', ca };
}
