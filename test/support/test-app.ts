import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import pino from 'pino';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent.js';
import { createApp } from '../../src/app.factory.js';
import type { Clock } from '../../src/common/time/clock.js';
import type { AppConfig } from '../../src/config/app-config.js';
import { loadConfig } from '../../src/config/load-config.js';
import { createTestDatabase, TestDatabase } from './test-database.js';

export interface TestApp {
  app: NestFastifyApplication;
  http: () => TestAgent;
  config: AppConfig;
  database: TestDatabase;
  /** A direct connection to the test database, for assertions on stored rows. */
  sql: pg.Pool;
  close(): Promise<void>;
}

export interface TestAppOptions {
  env?: Record<string, string>;
  clock?: Clock;
  database?: TestDatabase;
  /** Where the app logs (default: silent, or TEST_LOG_LEVEL); e.g. a pino logger writing into memory. */
  logger?: pino.Logger;
}

/** The whole application on its own fresh database (real Postgres, migrations applied). */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PRICE_REFRESH_CRON: 'off',
    // Apps in one test process share host and port: each is its own instance unless a test says so.
    INSTANCE_ID: `test-${randomUUID()}`,
    ...options.env,
  });
  const app = await createApp({
    config,
    databaseUrl: database.url,
    clock: options.clock,
    logger: options.logger ?? pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
  });
  const sql = new pg.Pool({ connectionString: database.url, max: 2 });
  return {
    app,
    http: () => request(app.getHttpServer()),
    config,
    database,
    sql,
    close: async () => {
      await sql.end();
      await app.close();
      if (!options.database) await database.drop();
    },
  };
}
