import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Suites that need something from outside the repository (../shared fixtures, a Chromium binary).
 * On a developer machine a missing prerequisite skips the suite, and the run's last line names it
 * (global-teardown.ts reads the markers written here); under CI it fails the suite, so CI cannot
 * turn green by skipping.
 */
export type SuiteDecision = 'run' | 'skip' | 'fail';

/** Directory for skip markers; global-setup.ts creates it and the test workers inherit the variable. */
export const SKIP_MARKER_DIR_ENV = 'TEST_SKIPPED_SUITES_DIR';

/** CI=true (GitHub Actions, .ci/run); CI unset, empty, "false" or "0" is a developer machine. */
export function isCi(env: Record<string, string | undefined>): boolean {
  const value = env.CI?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== 'false' && value !== '0';
}

export function decideOptionalSuite(ci: boolean, present: boolean): SuiteDecision {
  if (present) return 'run';
  return ci ? 'fail' : 'skip';
}

export interface OptionalSuite {
  /** What the suite is, e.g. "Polygon contract tests". */
  suite: string;
  /** Whether its prerequisite is there. */
  present: boolean;
  /** What is missing and how to get it, e.g. "/usr/bin/chromium not found (apt-get install -y chromium)". */
  missing: string;
}

type Describe = (name: string, fn: () => void) => void;

/** `describe` when the prerequisite is present; else a skipped describe, or under CI one failing test. */
export function optionalDescribe(
  { suite, present, missing }: OptionalSuite,
  env: Record<string, string | undefined> = process.env,
): Describe {
  switch (decideOptionalSuite(isCi(env), present)) {
    case 'run':
      return describe;
    case 'skip':
      recordSkip(`${suite}: ${missing}`, env);
      return describe.skip;
    case 'fail':
      // The suite's own body is not registered: its beforeAll would only fail for the same reason.
      return (name) =>
        describe(name, () => {
          it(`needs its prerequisite (CI=${env.CI})`, () => {
            throw new Error(
              `${suite} cannot run: ${missing}. With CI set, a missing prerequisite fails the run ` +
                'instead of skipping; provide it (or unset CI to skip locally).',
            );
          });
        });
  }
}

function recordSkip(line: string, env: Record<string, string | undefined>): void {
  const dir = env[SKIP_MARKER_DIR_ENV];
  if (!dir) {
    console.warn(`SKIPPED ${line}`); // run without global-setup.ts: say it here instead
    return;
  }
  writeFileSync(join(dir, `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.txt`), line);
}

/** The one line printed at the end of a run that skipped suites; undefined when none was skipped. */
export function skippedSuitesLine(dir: string): string | undefined {
  const lines = [
    ...new Set(
      readdirSync(dir)
        .sort()
        .map((file) => readFileSync(join(dir, file), 'utf8').trim()),
    ),
  ].sort();
  if (lines.length === 0) return undefined;
  return `SKIPPED ${lines.length} test suite(s), prerequisites missing (CI=true fails instead): ${lines.join('; ')}`;
}
