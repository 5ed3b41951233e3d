import { readFileSync } from 'node:fs';
import { DEPLOYED_NODE_FLAGS } from '../../bench/support/deployed-node-flags.js';

const read = (file: string) => readFileSync(file, 'utf8');

/** The `  - flag` items of a YAML list that follows `key:` (flat lists only). */
function yamlList(text: string, key: string): string[] {
  const match = new RegExp(`^${key}:\\n((?:\\s+- .*\\n)+)`, 'm').exec(text);
  return match
    ? match[1]
        .split('\n')
        .filter(Boolean)
        .map((line) => line.replace(/^\s+- /, '').trim())
    : [];
}

describe('the deployed node flags (bench/support/deployed-node-flags.ts) are the same everywhere', () => {
  it('in the Dockerfile: the heap cap in NODE_OPTIONS (also for migrations), the rest in CMD', () => {
    const dockerfile = read('Dockerfile');
    const nodeOptions = /NODE_OPTIONS=(\S+)/.exec(dockerfile)?.[1].split(' ') ?? [];
    const cmd = /^CMD \[(.*)\]$/m.exec(dockerfile)?.[1] ?? '';
    const cmdFlags = (JSON.parse(`[${cmd}]`) as string[]).filter((word) => word.startsWith('--'));
    expect([...nodeOptions, ...cmdFlags].sort()).toEqual([...DEPLOYED_NODE_FLAGS].sort());
  });

  it("in docker-compose.yml's command (migrations, then the service; the image's NODE_OPTIONS apply)", () => {
    const nodeOptions = /NODE_OPTIONS=(\S+)/.exec(read('Dockerfile'))?.[1].split(' ') ?? [];
    const service = /exec node ((?:--\S+ )*)dist\/main\.js/.exec(read('docker-compose.yml'))?.[1] ?? '';
    expect([...nodeOptions, ...service.split(' ').filter(Boolean)].sort()).toEqual(
      [...DEPLOYED_NODE_FLAGS].sort(),
    );
  });

  it("in the Ansible role's defaults and its argument spec", () => {
    const defaults = read('ansible/roles/portfolio_returns/defaults/main.yml');
    expect(yamlList(defaults, 'portfolio_returns_node_options')).toEqual(DEPLOYED_NODE_FLAGS);
    const spec = read('ansible/roles/portfolio_returns/meta/argument_specs.yml');
    const specDefault = /portfolio_returns_node_options:[\s\S]*?default: \[(.*)\]/.exec(spec)?.[1];
    expect(specDefault?.split(',').map((flag) => flag.trim())).toEqual(DEPLOYED_NODE_FLAGS);
  });

  it('in bench:populate, which runs the service in its own process', () => {
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['bench:populate']).toBe(`bash bench/run.sh populate ${DEPLOYED_NODE_FLAGS.join(' ')}`);
  });
});
