import { execFileSync, spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { createTestDatabase, TestDatabase } from '../support/test-database.js';

/** `node dist/main.js` on a port that is already taken: it says so in one line and exits non-zero. */
describe('start-up on a taken port (e2e)', () => {
  let database: TestDatabase;
  let blocker: Server;
  let port: number;

  beforeAll(async () => {
    // Compiles only when dist/ is older than src/ (the shutdown test may be building it too).
    execFileSync('node', ['scripts/build-if-needed.mjs'], { stdio: 'inherit' });
    database = await createTestDatabase();
    blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    port = (blocker.address() as { port: number }).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => blocker.close(resolve));
    await database.drop();
  });

  it('exits non-zero, names EADDRINUSE and the port in one line, never claims to have started', async () => {
    const env: Record<string, string | undefined> = {
      ...process.env,
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: database.url,
      PRICE_REFRESH_CRON: 'off',
    };
    delete env.NODE_OPTIONS;
    const child = spawn(process.execPath, ['dist/main.js'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));

    expect(code).not.toBe(0);
    expect(output).not.toContain('successfully started');
    expect(output).not.toContain('portfolio-returns listening');
    const named = output
      .split('\n')
      .filter(
        (line) => line.includes('EADDRINUSE') && line.includes(String(port)) && /Start-up failed/.test(line),
      );
    expect(named).toHaveLength(1);
    expect(JSON.parse(named[0])).toMatchObject({ level: 60, code: 'EADDRINUSE', port });
  });
});
