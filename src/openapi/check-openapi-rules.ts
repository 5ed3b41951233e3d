import { readFileSync } from 'node:fs';
import { openApiRuleViolations } from './openapi-rules.js';

/**
 * `node dist/openapi/check-openapi-rules.js openapi/openapi.json`: fails, listing each violation, when the
 * document breaks a house rule (see openapi-rules.ts). scripts/check-openapi.sh runs it in CI.
 */
const file = process.argv[2] ?? 'openapi/openapi.json';
const violations = openApiRuleViolations(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>);
if (violations.length > 0) {
  console.error(
    `${file} breaks ${violations.length} OpenAPI rule(s):\n${violations.map((v) => `  - ${v}`).join('\n')}`,
  );
  process.exit(1);
}
console.log(`${file}: every parameter typed, no case-duplicate headers, one example per error status.`);
