// OpenAPI artefacts: openapi/openapi.json (the spec, keys sorted) and openapi/api.d.ts (its types for
// openapi-fetch). `generate` writes them; `check` fails when they differ from what the code produces.
// Both expect a fresh build in dist/ (the npm scripts build first). No database is needed.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';

const SPEC = 'openapi/openapi.json';
const TYPES = 'openapi/api.d.ts';
const HEADER = '// Generated from openapi/openapi.json by `npm run openapi:generate`. Do not edit.\n';

async function produce() {
  const spec = execFileSync(process.execPath, ['dist/openapi/generate-openapi.js'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const ast = await openapiTS(JSON.parse(spec), { alphabetize: true });
  const options = { ...(await prettier.resolveConfig(TYPES)), filepath: TYPES };
  const types = await prettier.format(HEADER + astToString(ast), options);
  return { [SPEC]: spec, [TYPES]: types };
}

const mode = process.argv[2];
const files = await produce();
if (mode === 'generate') {
  for (const [path, text] of Object.entries(files)) writeFileSync(path, text);
  console.log(`Wrote ${Object.keys(files).join(' and ')}`);
} else if (mode === 'check') {
  const stale = Object.entries(files).filter(
    ([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text,
  );
  if (stale.length > 0) {
    for (const [path, text] of stale) {
      const tmp = `${path}.generated`;
      writeFileSync(tmp, text);
      console.error(`${path} is out of date (the code produces ${tmp}; diff them to see how).`);
    }
    console.error('Run `npm run openapi:generate` and commit the result.');
    process.exit(1);
  }
  console.log(`${Object.keys(files).join(' and ')} match the code.`);
} else {
  console.error('Usage: node scripts/openapi.mjs generate|check');
  process.exit(2);
}
