import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEPLOYED_NODE_FLAGS } from '../../bench/support/deployed-node-flags.js';
import { freePort } from '../../src/database/embedded-postgres.js';

/**
 * The real process: `node dist/main.js` on its own embedded PostgreSQL, stopped with SIGTERM while a
 * request is in flight (a POST whose body is still being sent, so it is in flight for as long as the
 * test decides, without any test hook in the application).
 */
interface Server {
  child: ChildProcess;
  port: number;
  dataDir: string;
  lines: () => Record<string, unknown>[];
  exited: Promise<number | null>;
}

async function startServer(env: Record<string, string>, nodeFlags: string[] = []): Promise<Server> {
  // Not created here: a mkdtemp directory (mode 0700, root) is out of reach of the postgres user.
  const dataDir = join(tmpdir(), `shutdown-e2e-pg-${process.pid}-${randomBytes(4).toString('hex')}`);
  const port = await freePort();
  const childEnv: Record<string, string | undefined> = {
    ...process.env,
    NODE_ENV: 'development',
    LOG_LEVEL: 'info',
    HOST: '127.0.0.1',
    PORT: String(port),
    EMBEDDED_PG_DATA_DIR: join(dataDir, 'pg'),
    PRICE_REFRESH_CRON: 'off',
    ...env,
  };
  delete childEnv.DATABASE_URL;
  delete childEnv.NODE_OPTIONS;
  const child = spawn(process.execPath, [...nodeFlags, 'dist/main.js'], {
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const lines = () =>
    stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`dist/main.js exited at start-up: ${stderr}${stdout}`);
    if (lines().some((line) => line.msg === 'portfolio-returns listening')) break;
    if (Date.now() > deadline) throw new Error(`dist/main.js did not start: ${stderr}${stdout}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { child, port, dataDir, lines, exited };
}

/** Opens a POST /api/v1/customers and sends all but the last bytes of its body. */
async function startSlowPost(
  port: number,
): Promise<{ socket: Socket; finish(): void; response: Promise<string> }> {
  const body = JSON.stringify({ name: 'In flight', address: '1 Drain Street' });
  const socket = connect(port, '127.0.0.1');
  await new Promise((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  let response = '';
  socket.on('data', (chunk) => (response += chunk));
  const ended = new Promise<string>((resolve) => socket.on('close', () => resolve(response)));
  socket.write(
    `POST /api/v1/customers HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: keep-alive\r\n\r\n${body.slice(0, 10)}`,
  );
  return { socket, finish: () => socket.write(body.slice(10)), response: ended };
}

const refusesConnections = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = connect(port, '127.0.0.1');
    probe.once('connect', () => {
      probe.destroy();
      resolve(false);
    });
    probe.once('error', () => resolve(true));
  });

/** PIDs of processes (postgres) whose command line names this data dir. */
function processesUsing(dir: string): string[] {
  const ps = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  return ps
    .split('\n')
    .filter((line) => line.includes(dir))
    .map((line) => line.trim().split(' ')[0]);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('graceful shutdown of node dist/main.js (e2e)', () => {
  const servers: Server[] = [];
  beforeAll(() => {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  }, 120_000);
  afterAll(() => {
    for (const server of servers) {
      if (server.child.exitCode === null) server.child.kill('SIGKILL');
      for (const pid of processesUsing(server.dataDir)) process.kill(Number(pid), 'SIGKILL');
      rmSync(server.dataDir, { recursive: true, force: true });
    }
  });

  it('SIGTERM: stops accepting, finishes the in-flight request, stops PostgreSQL, exits 0', async () => {
    // As deployed: with V8's memory reducer off, the start-up heap is compacted before the instance listens.
    const server = await startServer({ SHUTDOWN_TIMEOUT_MS: '10000' }, DEPLOYED_NODE_FLAGS);
    servers.push(server);
    const startUp = server.lines().map((line) => line.msg);
    expect(startUp.indexOf('Heap compacted')).toBeGreaterThanOrEqual(0);
    expect(startUp.indexOf('Heap compacted')).toBeLessThan(startUp.indexOf('portfolio-returns listening'));
    expect(server.lines().find((line) => line.msg === 'Heap compacted')).toEqual(
      expect.objectContaining({ heap_mb: [expect.any(Number), expect.any(Number)], ms: expect.any(Number) }),
    );
    expect(processesUsing(server.dataDir).length).toBeGreaterThan(0);
    const post = await startSlowPost(server.port);
    await sleep(300); // the server has the headers: the request is in flight

    server.child.kill('SIGTERM');
    const deadline = Date.now() + 10_000;
    while (!server.lines().some((line) => String(line.msg).startsWith('Shutting down'))) {
      if (Date.now() > deadline) throw new Error('no shutdown log line');
      await sleep(50);
    }
    await sleep(200);
    expect(await refusesConnections(server.port)).toBe(true);
    expect(server.child.exitCode).toBeNull(); // still waiting for our request

    post.finish();
    const response = await post.response; // resolves when the server closes the drained connection
    expect(response).toMatch(/^HTTP\/1\.1 201 /);
    expect(response).toContain('"name":"In flight"');

    expect(await server.exited).toBe(0);
    const messages = server.lines().map((line) => line.msg);
    expect(messages).toEqual(
      expect.arrayContaining(['HTTP requests drained', 'Shutdown complete', 'request completed']),
    );
    expect(server.lines()).toContainEqual(
      expect.objectContaining({ msg: 'request completed', method: 'POST', status: 201 }),
    );
    expect(processesUsing(server.dataDir)).toEqual([]);
    expect(existsSync(join(server.dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  }, 120_000);

  it('a request that never finishes is cut at SHUTDOWN_TIMEOUT_MS; the process still exits 0', async () => {
    const server = await startServer({ SHUTDOWN_TIMEOUT_MS: '1000' });
    servers.push(server);
    // Plain `node dist/main.js`: V8's memory reducer is on, so the service leaves the heap to it.
    expect(server.lines().map((line) => line.msg)).not.toContain('Heap compacted');
    const post = await startSlowPost(server.port);
    await sleep(300);
    const signalled = Date.now();
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    const elapsed = Date.now() - signalled;
    expect(elapsed).toBeGreaterThanOrEqual(900);
    expect(elapsed).toBeLessThan(15_000);
    await post.response; // the connection was closed by the server
    expect(server.lines().map((line) => line.msg)).toContain('In-flight requests cut at SHUTDOWN_TIMEOUT_MS');
    expect(processesUsing(server.dataDir)).toEqual([]);
  }, 120_000);
});
