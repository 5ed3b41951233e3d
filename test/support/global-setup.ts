import { rmSync } from 'node:fs';
import type * as EmbeddedModule from '../../src/database/embedded-postgres.js';

// Jest loads global setup as CommonJS, outside its module mapper: require the TS source without '.js'.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startEmbeddedPostgres } = require('../../src/database/embedded-postgres') as typeof EmbeddedModule;

/**
 * One PostgreSQL for the whole run: DATABASE_URL when set, else an embedded server in a temp dir.
 * Each test file then creates its own database on it (test/support/test-app.ts), so files run in parallel.
 */
export default async function globalSetup(): Promise<void> {
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
