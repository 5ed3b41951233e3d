// `npm start` (prestart): one warning line when this Node is outside package.json's engines.node, then
// carry on. Development machines and CI run Node 20.20, where the suite passes; production runs 22 LTS.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const required = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).engines.node;
let semver;
try {
  // semver comes with the installed dependencies (fastify, npm itself); without it there is nothing to say.
  semver = createRequire(import.meta.url)('semver');
} catch {
  process.exit(0);
}
if (!semver.satisfies(process.versions.node, required)) {
  console.warn(
    `Warning: portfolio-returns needs Node.js ${required} (found ${process.version}): continuing; ` +
      'some dependencies do not support this version (production runs Node 22 LTS).',
  );
}
