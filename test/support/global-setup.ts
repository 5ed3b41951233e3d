import { rmSync } from 'node:fs';
import type * as EmbeddedModule from '../../src/database/embedded-postgres.js';
import type * as SkipReportModule from './skip-report.js';

// Jest loads global setup as CommonJS, outside its module mapper: require the TS source without '.js'.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startEmbeddedPostgres } = require('../../src/database/embedded-postgres') as typeof EmbeddedModule;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startSkipReport } = require('./skip-report') as typeof SkipReportModule;

/**
 * One PostgreSQL for the whole run: DATABASE_URL when set, else an embedded server in a temp dir.
 * Each test file then creates its own database on it (test/support/test-database.ts), so files run in
 * parallel. Also starts the report of skipped optional suites (test/support/skip-report.ts).
 */
export default async function globalSetup(): Promise<void> {
  startSkipReport();
  // Each tier that needs PostgreSQL names this setup; the first one to run starts the server for all.
  if (process.env.TEST_DATABASE_ADMIN_URL) return;
  if (process.env.DATABASE_URL) {
    process.env.TEST_DATABASE_ADMIN_URL = process.env.DATABASE_URL;
    return;
  }
  const dataDir = `/tmp/portfolio-returns-test-pg-${process.pid}`;
  rmSync(dataDir, { recursive: true, force: true });
  const server = await startEmbeddedPostgres(dataDir, false);
  process.env.TEST_DATABASE_ADMIN_URL = server.adminUrl;
  (globalThis as { __TEST_PG__?: typeof server }).__TEST_PG__ = server;
}
