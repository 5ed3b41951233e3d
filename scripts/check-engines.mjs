// One Node version story: every Node that package.json's engines.node admits must be admitted by every
// dependency (else `npm install` on it warns EBADENGINE), and the Node that production installs (Ansible
// role default, Dockerfile image, GitHub workflow) must lie inside engines.node. Node 22 cannot run on the
// development machines, so this compares ranges instead of installing: each installed package
// (node_modules/**/package.json) and each lockfile entry (also the other platforms' optional builds).
// Usage: node scripts/check-engines.mjs   (after npm install; run by scripts/check-ops.sh)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
// semver is installed with the dependencies (fastify and others depend on it).
const semver = createRequire(join(root, 'package.json'))('semver');
const readJson = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));

const required = readJson('package.json').engines?.node;
if (!required || !semver.validRange(required)) {
  console.error(`package.json engines.node is missing or not a semver range: ${required}`);
  process.exit(1);
}
const problems = [];

/** A dependency's engines.node must contain the whole of ours. */
function checkRange(where, range) {
  if (typeof range !== 'string') return;
  if (!semver.validRange(range)) {
    problems.push(`${where}: engines.node "${range}" is not a semver range`);
  } else if (!semver.subset(required, range)) {
    problems.push(`${where}: engines.node "${range}" does not admit all of "${required}"`);
  }
}

let installed = 0;
function walk(dir) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.name.startsWith('@')) {
      walk(path);
      continue;
    }
    const manifest = join(path, 'package.json');
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
      installed += 1;
      checkRange(`${path.slice(root.length)} (${pkg.version})`, pkg.engines?.node);
    }
    walk(join(path, 'node_modules'));
  }
}
walk(join(root, 'node_modules'));
if (installed === 0) problems.push('node_modules is empty: run npm install first');

const lock = readJson('package-lock.json');
for (const [path, entry] of Object.entries(lock.packages ?? {})) {
  if (path !== '') checkRange(`package-lock.json ${path} (${entry.version})`, entry.engines?.node);
}
if (lock.packages?.['']?.engines?.node !== required) {
  problems.push('package-lock.json: its root engines.node differs from package.json (run npm install)');
}

/** Where production gets its Node: an exact version must satisfy the range, a major must meet it. */
function checkDeployed(where, version) {
  if (version === undefined) {
    problems.push(`${where}: no Node version found`);
  } else if (/^\d+$/.test(version)) {
    if (!semver.intersects(`${version}.x`, required))
      problems.push(`${where}: Node ${version} is outside ${required}`);
  } else if (!semver.satisfies(version, required)) {
    problems.push(`${where}: Node ${version} is outside ${required}`);
  }
}
const ansible = readFileSync(join(root, 'ansible/roles/portfolio_returns/defaults/main.yml'), 'utf8');
checkDeployed(
  'ansible portfolio_returns_node_version',
  /^portfolio_returns_node_version: "?([\d.]+)"?$/m.exec(ansible)?.[1],
);
const images = [
  ...readFileSync(join(root, 'Dockerfile'), 'utf8').matchAll(/^FROM node:(\d+(?:\.\d+\.\d+)?)[-@:\s]/gm),
];
if (images.length === 0) problems.push('Dockerfile: no FROM node:<version> image');
for (const [, version] of images) checkDeployed('Dockerfile FROM node', version);
const workflow = readFileSync(join(root, '.github/workflows/ci.yml'), 'utf8');
checkDeployed(
  '.github/workflows/ci.yml NODE_VERSION',
  /^\s+NODE_VERSION: '?([\d.]+)'?$/m.exec(workflow)?.[1],
);

if (problems.length > 0) {
  for (const problem of problems) console.error(`  ${problem}`);
  console.error(`check-engines: ${problems.length} problem(s) with engines.node "${required}"`);
  process.exit(1);
}
console.log(
  `check-engines: ${installed} installed packages and ${Object.keys(lock.packages ?? {}).length - 1} lockfile ` +
    `entries admit Node ${required}; Ansible, Dockerfile and CI install a Node inside it`,
);
