import { rmSync } from 'node:fs';
import type { RunningPostgres } from '../../src/database/embedded-postgres.js';
import type * as OptionalSuiteModule from './optional-suite.js';

// Loaded as CommonJS like global-setup.ts: require the TS source without '.js'.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SKIP_MARKER_DIR_ENV, skippedSuitesLine } = require('./optional-suite') as typeof OptionalSuiteModule;

/** Stops the run's PostgreSQL, then names the suites skipped for a missing prerequisite in one line. */
export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __TEST_PG__?: RunningPostgres }).__TEST_PG__?.stop();
  const dir = process.env[SKIP_MARKER_DIR_ENV];
  if (!dir) return;
  const line = skippedSuitesLine(dir);
  rmSync(dir, { recursive: true, force: true });
  if (line) console.warn(`\n${line}\n`);
}
