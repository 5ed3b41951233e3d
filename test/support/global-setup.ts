import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as EmbeddedModule from '../../src/database/embedded-postgres.js';
import type * as OptionalSuiteModule from './optional-suite.js';

// Jest loads global setup as CommonJS, outside its module mapper: require the TS source without '.js'.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startEmbeddedPostgres } = require('../../src/database/embedded-postgres') as typeof EmbeddedModule;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SKIP_MARKER_DIR_ENV } = require('./optional-suite') as typeof OptionalSuiteModule;

/**
 * One PostgreSQL for the whole run: DATABASE_URL when set, else an embedded server in a temp dir.
 * Each test file then creates its own database on it (test/support/test-app.ts), so files run in parallel.
 * Also the directory where skipped optional suites leave a marker (test/support/optional-suite.ts).
 */
export default async function globalSetup(): Promise<void> {
  process.env[SKIP_MARKER_DIR_ENV] = mkdtempSync(join(tmpdir(), 'portfolio-returns-skipped-'));
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
