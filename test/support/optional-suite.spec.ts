import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  decideOptionalSuite,
  isCi,
  optionalDescribe,
  SKIP_MARKER_DIR_ENV,
  skippedSuitesLine,
} from './optional-suite.js';

describe('optional suites (missing ../shared fixtures or Chromium)', () => {
  it.each([
    [false, true, 'run'],
    [true, true, 'run'],
    [false, false, 'skip'],
    [true, false, 'fail'],
  ] as const)('ci=%s, present=%s → %s', (ci, present, decision) => {
    expect(decideOptionalSuite(ci, present)).toBe(decision);
  });

  it.each([
    [undefined, false],
    ['', false],
    ['false', false],
    ['0', false],
    ['true', true],
    ['TRUE', true],
    ['1', true],
  ])('CI=%p is CI: %p', (value, expected) => {
    expect(isCi({ CI: value })).toBe(expected);
  });

  describe('markers and the final line', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'optional-suite-spec-'));
    });
    afterEach(() => {
      rmSync(dir, { recursive: true, force: true });
    });

    it('a skipped suite leaves a marker; the line names every skipped suite once', () => {
      const env = { [SKIP_MARKER_DIR_ENV]: dir };
      expect(skippedSuitesLine(dir)).toBeUndefined();
      const chromium = {
        suite: 'Swagger UI browser test',
        present: false,
        missing: '/usr/bin/chromium not found',
      };
      expect(optionalDescribe(chromium, env)).toBe(describe.skip);
      optionalDescribe(chromium, env);
      optionalDescribe(
        { suite: 'Polygon contract tests', present: false, missing: 'fixtures not found' },
        env,
      );
      expect(readdirSync(dir)).toHaveLength(3);
      expect(skippedSuitesLine(dir)).toBe(
        'SKIPPED 2 test suite(s), prerequisites missing (CI=true fails instead): ' +
          'Polygon contract tests: fixtures not found; Swagger UI browser test: /usr/bin/chromium not found',
      );
    });

    it('a present prerequisite runs the suite, and under CI a missing one leaves no marker', () => {
      const env = { [SKIP_MARKER_DIR_ENV]: dir, CI: 'true' };
      expect(optionalDescribe({ suite: 'S', present: true, missing: 'x' }, env)).toBe(describe);
      const failing = optionalDescribe({ suite: 'S', present: false, missing: 'x' }, env);
      expect(failing).not.toBe(describe);
      expect(failing).not.toBe(describe.skip);
      expect(readdirSync(dir)).toHaveLength(0);
    });
  });
});
