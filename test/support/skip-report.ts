import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as OptionalSuiteModule from './optional-suite.js';

// Jest loads global setup and teardown as CommonJS, outside its module mapper: require without '.js'.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SKIP_MARKER_DIR_ENV, skippedSuitesLine } = require('./optional-suite') as typeof OptionalSuiteModule;

/** Creates the directory where skipped optional suites leave a marker (once per run, whichever tier is first). */
export function startSkipReport(): void {
  process.env[SKIP_MARKER_DIR_ENV] ??= mkdtempSync(join(tmpdir(), 'portfolio-returns-skipped-'));
}

/** Names the suites skipped for a missing prerequisite in one line at the end of the run (once). */
export function endSkipReport(): void {
  const dir = process.env[SKIP_MARKER_DIR_ENV];
  if (!dir) return;
  delete process.env[SKIP_MARKER_DIR_ENV];
  const line = skippedSuitesLine(dir);
  rmSync(dir, { recursive: true, force: true });
  if (line) console.warn(`\n${line}\n`);
}

/** The unit tier's global setup and teardown: no database, only the skip report. */
export default async function skipReportSetup(): Promise<void> {
  startSkipReport();
}
