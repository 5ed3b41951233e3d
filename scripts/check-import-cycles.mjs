#!/usr/bin/env node
// Fails when src/ has an import cycle between files, or when two feature folders (the first directory
// under src/) depend on each other directly or through others. Relative imports only; `import type`
// counts too, since a type dependency is still a dependency of the design.
// Usage: node scripts/check-import-cycles.mjs [srcDir]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const srcDir = path.resolve(process.argv[2] ?? 'src');
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"`;]*?from\s*['"](\.{1,2}\/[^'"]+)['"]/g;

function tsFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return tsFiles(full);
    return name.endsWith('.ts') && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(name) ? [full] : [];
  });
}

const files = tsFiles(srcDir);
const known = new Set(files);
const edges = new Map(
  files.map((file) => {
    const targets = [...readFileSync(file, 'utf8').matchAll(IMPORT)]
      .map((match) => path.resolve(path.dirname(file), match[1].replace(/\.js$/, '.ts')))
      .filter((target) => known.has(target));
    return [file, [...new Set(targets)]];
  }),
);
const folderOf = (file) => {
  const [first, ...rest] = path.relative(srcDir, file).split(path.sep);
  return rest.length ? first : '(root)';
};

/** Strongly connected components with more than one node (Tarjan), i.e. the cycles of a graph. */
function cycles(graph) {
  let index = 0;
  const stack = [];
  const meta = new Map();
  const found = [];
  const visit = (node) => {
    meta.set(node, { index, low: index, onStack: true });
    index++;
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!meta.has(next)) {
        visit(next);
        meta.get(node).low = Math.min(meta.get(node).low, meta.get(next).low);
      } else if (meta.get(next).onStack) {
        meta.get(node).low = Math.min(meta.get(node).low, meta.get(next).index);
      }
    }
    if (meta.get(node).low === meta.get(node).index) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        meta.get(member).onStack = false;
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component);
    }
  };
  for (const node of graph.keys()) if (!meta.has(node)) visit(node);
  return found;
}

const folderEdges = new Map();
const why = new Map();
for (const [file, targets] of edges) {
  for (const target of targets) {
    const [from, to] = [folderOf(file), folderOf(target)];
    if (from === to || from === '(root)') continue;
    folderEdges.set(from, [...new Set([...(folderEdges.get(from) ?? []), to])]);
    if (!why.has(`${from}>${to}`))
      why.set(`${from}>${to}`, `${path.relative(srcDir, file)} → ${path.relative(srcDir, target)}`);
  }
}

const problems = [];
for (const component of cycles(edges)) {
  problems.push(`file cycle: ${component.map((file) => path.relative(srcDir, file)).join(' ↔ ')}`);
}
for (const component of cycles(folderEdges)) {
  const examples = component.flatMap((from) =>
    (folderEdges.get(from) ?? [])
      .filter((to) => component.includes(to))
      .map((to) => `  ${why.get(`${from}>${to}`)}`),
  );
  problems.push(`feature folders depend on each other: ${component.join(' ↔ ')}\n${examples.join('\n')}`);
}
if (problems.length) {
  console.error(`Import cycles in ${path.relative(process.cwd(), srcDir) || '.'}:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(
  `No import cycles: ${files.length} files, ${folderEdges.size} feature folders with dependencies.`,
);
