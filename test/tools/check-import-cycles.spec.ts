import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const SCRIPT = path.resolve('scripts/check-import-cycles.mjs');

/** Writes a small src/ tree (file → content) and runs the checker on it. */
function check(files: Record<string, string>): { status: number | null; output: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'import-cycles-'));
  try {
    for (const [file, content] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), content);
    }
    const run = spawnSync(process.execPath, [SCRIPT, dir], { encoding: 'utf8' });
    return { status: run.status, output: run.stdout + run.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('scripts/check-import-cycles.mjs (run by npm run lint)', () => {
  it('passes a tree whose feature folders depend one way', () => {
    const result = check({
      'app.module.ts': `import { A } from './a/a.js';\n`,
      'a/a.ts': `import { B } from '../b/b.js';\nexport const A = B;\n`,
      'b/b.ts': `export const B = 1;\n`,
    });
    expect(result).toEqual({ status: 0, output: expect.stringContaining('No import cycles') });
  });

  it('fails when two feature folders import each other, even through type imports, naming a file of each edge', () => {
    const result = check({
      'a/a.ts': `import type { B } from '../b/b.js';\nexport interface A { b: B }\n`,
      'b/b.ts': `export interface B { n: number }\nexport { helper } from '../a/helper.js';\n`,
      'a/helper.ts': `export const helper = 1;\n`,
    });
    expect(result.status).toBe(1);
    expect(result.output).toContain('feature folders depend on each other: ');
    expect(result.output).toContain('a/a.ts → b/b.ts');
    expect(result.output).toContain('b/b.ts → a/helper.ts');
  });

  it('fails on a cycle between files of one folder', () => {
    const result = check({
      'a/x.ts': `import { y } from './y.js';\nexport const x = y;\n`,
      'a/y.ts': `import { x } from './x.js';\nexport const y = () => x;\n`,
    });
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/file cycle: a\/(x|y)\.ts ↔ a\/(x|y)\.ts/);
  });
});
