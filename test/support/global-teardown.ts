import type { RunningPostgres } from '../../src/database/embedded-postgres.js';
import type * as SkipReportModule from './skip-report.js';

// Loaded as CommonJS like global-setup.ts: require the TS source without '.js'.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { endSkipReport } = require('./skip-report') as typeof SkipReportModule;

/**
 * Stops the run's PostgreSQL once (every tier that needs it names this teardown), then names the suites
 * skipped for a missing prerequisite in one line.
 */
export default async function globalTeardown(): Promise<void> {
  const holder = globalThis as { __TEST_PG__?: RunningPostgres };
  const server = holder.__TEST_PG__;
  holder.__TEST_PG__ = undefined;
  await server?.stop();
  endSkipReport();
}
