// Compiles src/ to dist/ when dist is missing or older than any source file, so `npm start` just works.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const distMain = 'dist/main.js';
const stale = !existsSync(distMain) || newest('src') > statSync(distMain).mtimeMs;
if (stale && existsSync('src')) {
  console.log('Building (dist/ is missing or older than src/)...');
  execSync('npx tsc -p tsconfig.build.json', { stdio: 'inherit' });
}
