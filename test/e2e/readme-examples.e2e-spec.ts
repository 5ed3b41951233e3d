import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { freePort } from '../../src/database/embedded-postgres.js';
import { eventually } from '../support/eventually.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * The README's "API overview" shell examples, run as written and in order in one `bash -euo pipefail`
 * against the built service (`node dist/main.js`) with the fake Polygon of `npm run fake-polygon`. Each
 * example ends with the status it answers (`# → 201`, or `# → 200 … (or 409 …)`); every curl's status is
 * checked against it, so the README cannot drift from the service.
 */
interface Example {
  line: string;
  statuses: number[];
}

function readmeExamples(): { script: string; examples: Example[] } {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## API overview'));
  const block = /```bash\n([\s\S]*?)```/.exec(section.slice(0, section.indexOf('\n## ', 1)));
  if (!block) throw new Error('README.md: no ```bash block in the "API overview" section');
  const script = block[1];
  const examples = script
    .split('\n')
    .map((line) => ({ line, match: /# → (\d{3})(.*)$/.exec(line) }))
    .filter(({ match }) => match !== null)
    .map(({ line, match }) => ({
      line: line.trim(),
      statuses: [Number(match![1]), ...[...match![2].matchAll(/\bor (\d{3})\b/g)].map((m) => Number(m[1]))],
    }));
  return { script, examples };
}

interface Started {
  child: ChildProcess;
  /** stdout and stderr as they came. */
  output: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

function start(command: string, args: string[], env: Record<string, string | undefined>): Started {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => {
    output += chunk;
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, stderr: () => stderr, exited };
}

async function stop(process: Started | undefined): Promise<void> {
  if (!process || process.child.exitCode !== null || process.child.signalCode !== null) return;
  process.child.kill('SIGTERM');
  await process.exited;
}

const baseEnv = (): Record<string, string | undefined> => {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.NODE_OPTIONS; // jest's --experimental-vm-modules is not the service's
  delete env.DATABASE_URL;
  return env;
};

describe('README API overview examples run as written, in order (e2e)', () => {
  let database: TestDatabase;
  let fake: Started | undefined;
  let service: Started | undefined;
  let port: number;

  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build-if-needed.mjs'], { stdio: 'inherit' }); // as npm start does
    database = await createTestDatabase();
    const fakePort = await freePort();
    // What `npm run fake-polygon` runs (started without npm, so that SIGTERM reaches it).
    fake = start(process.execPath, ['scripts/fake-polygon.mjs'], {
      ...baseEnv(),
      FAKE_POLYGON_PORT: String(fakePort),
    });
    const announced = await eventually(
      () => /listening on (http:\/\/\S+) \(API key (\S+)\)/.exec(fake!.output()),
      (match) => match !== null || fake!.child.exitCode !== null,
      { timeoutMs: 90_000, what: 'npm run fake-polygon listening' },
    );
    if (!announced) throw new Error(`npm run fake-polygon failed: ${fake.output()}`);

    port = await freePort();
    service = start(process.execPath, ['dist/main.js'], {
      ...baseEnv(),
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: database.url,
      API_KEYS: '',
      RATE_LIMIT_PER_MINUTE: '0',
      PRICE_REFRESH_CRON: 'off',
      POLYGON_BASE_URL: announced[1],
      POLYGON_API_KEY: announced[2],
      POLYGON_REQUESTS_PER_MINUTE: '0',
    });
    await eventually(
      async () =>
        service!.child.exitCode ??
        (await fetch(`http://127.0.0.1:${port}/health/ready`).then(
          (res) => res.status,
          () => 0,
        )),
      (status) => status === 200 || service!.child.exitCode !== null,
      { timeoutMs: 60_000, what: 'the service ready' },
    );
    if (service.child.exitCode !== null) throw new Error(`dist/main.js exited: ${service.output()}`);
  }, 180_000);

  afterAll(async () => {
    await stop(service);
    await stop(fake);
    await database?.drop();
  });

  it('every example answers the status the README gives it; the populate job succeeds', async () => {
    const { script, examples } = readmeExamples();
    // Every curl of the block says what it answers, so each status below belongs to one example.
    const curls = script.split('\n').filter((line) => /^(?!\s*#).*\bcurl\s/.test(line));
    expect(examples.length).toBeGreaterThanOrEqual(15);
    expect(curls).toHaveLength(examples.length);

    // Each curl also reports its status on stderr; the script is the README's, pointed at this port.
    const prelude = `curl() { command curl -w '%{stderr}README_STATUS %{http_code}\\n' "$@"; }\n`;
    const epilogue = '\necho "README_JOB_ID $JOB_ID" >&2\n';
    const run = start(
      'bash',
      [
        '-euo',
        'pipefail',
        '-c',
        prelude + script.replaceAll('localhost:8000', `127.0.0.1:${port}`) + epilogue,
      ],
      baseEnv(),
    );
    const code = await run.exited;
    const output = run.output();
    expect([code, output]).toEqual([0, expect.any(String)]);

    const statuses = [...run.stderr().matchAll(/^README_STATUS (\d{3})$/gm)].map((m) => Number(m[1]));
    expect(statuses).toHaveLength(examples.length);
    examples.forEach((example, index) => {
      const status = statuses[index];
      const expected = example.statuses.includes(status) ? status : example.statuses.join(' or ');
      expect([example.line, status]).toEqual([example.line, expected]);
    });

    // The README's populate job loads its prices from the fake.
    const jobId = /^README_JOB_ID (\S+)$/m.exec(run.stderr())?.[1];
    const job = await eventually(
      async () =>
        (await (await fetch(`http://127.0.0.1:${port}/api/v1/jobs/${jobId}`)).json()) as Record<
          string,
          unknown
        >,
      (body) => ['succeeded', 'partially_succeeded', 'failed', 'cancelled'].includes(String(body.state)),
      { timeoutMs: 60_000, what: `README job ${jobId} finished` },
    );
    expect(job).toMatchObject({ state: 'succeeded', type: 'populate' });
  }, 120_000);
});
