import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import pg from 'pg';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory.js';
import { loadConfig } from '../../src/config/load-config.js';
import { ensureDatabase, withDatabase } from '../../src/database/database-url.js';
import { type RunningPostgres, startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { customerBody } from '../factories/customer.factory.js';
import { eventually } from '../support/eventually.js';

/** Short bounds, so that an outage shows within seconds. */
const STATEMENT_TIMEOUT_SECONDS = 2;
const CONNECT_TIMEOUT_SECONDS = 2;
/**
 * A request that has not ended after this is hung. The worst case is waiting for a pooled client, then
 * connecting, then one query: 2 + 2 + 3 s; the rest is room for a loaded machine.
 */
const HUNG_AFTER_MS = 15_000;
const USERS = 4;

interface Outcome {
  path: string;
  startedAt: number;
  status: number | 'hung' | 'failed';
  retryAfter: string | null;
  body: string;
}

/** Children of a process, from /proc (the postmaster's backends and auxiliary processes). */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        // Field 4 of /proc/<pid>/stat is the parent pid (after "pid (comm) state").
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false; // exited meanwhile
      }
    })
    .map(Number);
}

describe('a stalled or absent database (its own PostgreSQL, frozen, stopped and restarted under load)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'database-outage-'));
  // Running as root, the server runs as `postgres`, which must be able to enter the directory.
  chmodSync(dir, 0o755);
  const dataDir = join(dir, 'postgres');
  const logLines: string[] = [];
  let server: RunningPostgres | undefined;
  let port: number;
  let app: NestFastifyApplication;
  let base: string;
  let customerId: string;
  let databaseUrl: string;
  let frozen: number[] = [];
  let failedProbes = 0;

  const postmasterPid = () => Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const signal = (pids: number[], name: NodeJS.Signals) =>
    pids.forEach((pid) => {
      try {
        process.kill(pid, name);
      } catch {
        // already gone
      }
    });

  beforeAll(async () => {
    server = await startEmbeddedPostgres(dataDir, true);
    port = Number(new URL(server.adminUrl).port);
    await ensureDatabase(server.adminUrl, 'outage');
    const config = loadConfig({
      NODE_ENV: 'test',
      PRICE_REFRESH_CRON: 'off',
      RATE_LIMIT_PER_MINUTE: '0',
      SHUTDOWN_TIMEOUT_MS: '2000',
      DATABASE_STATEMENT_TIMEOUT_SECONDS: String(STATEMENT_TIMEOUT_SECONDS),
      DATABASE_CONNECT_TIMEOUT_SECONDS: String(CONNECT_TIMEOUT_SECONDS),
      DATABASE_LOCK_TIMEOUT_SECONDS: '1',
    });
    databaseUrl = withDatabase(server.adminUrl, 'outage');
    app = await createApp({
      config,
      databaseUrl,
      logger: pino({ level: 'info' }, { write: (line: string) => logLines.push(line) }),
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = await app.getUrl();
    const created = await fetch(`${base}/api/v1/customers/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(customerBody({ stocks: [{ ticker: 'AAPL', quantity: 3 }] })),
    });
    expect(created.status).toBe(201);
    customerId = ((await created.json()) as { id: string }).id;
  });

  afterAll(async () => {
    signal(frozen, 'SIGCONT'); // a failed freeze step must not leave a stopped server behind
    await app?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function call(path: string, init?: RequestInit): Promise<Outcome> {
    const startedAt = Date.now();
    try {
      const res = await fetch(`${base}${path}`, { ...init, signal: AbortSignal.timeout(HUNG_AFTER_MS) });
      return {
        path,
        startedAt,
        status: res.status,
        retryAfter: res.headers.get('retry-after'),
        body: await res.text(),
      };
    } catch (error) {
      const hung = (error as Error).name === 'TimeoutError';
      return { path, startedAt, status: hung ? 'hung' : 'failed', retryAfter: null, body: String(error) };
    }
  }

  /** The mix of a few clients: list, create, returns (422 without prices) and readiness. */
  const requests: (() => Promise<Outcome>)[] = [
    () => call('/api/v1/customers/?limit=5'),
    () =>
      call('/api/v1/customers/', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(customerBody()),
      }),
    () => call(`/api/v1/portfolio/${customerId}/returns?start_date=2024-01-02&end_date=2024-01-31`),
    () => call('/health/ready'),
  ];

  /** USERS clients sending requests one after another until `until` resolves; every outcome is kept. */
  async function underLoad(until: () => Promise<void>): Promise<Outcome[]> {
    const outcomes: Outcome[] = [];
    let running = true;
    const users = Array.from({ length: USERS }, async (_, user) => {
      for (let i = user; running; i++) {
        outcomes.push(await requests[i % requests.length]());
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });
    try {
      await until();
    } finally {
      running = false;
      await Promise.all(users);
    }
    return outcomes;
  }

  const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
  const servedNormally = (o: Outcome) => typeof o.status === 'number' && o.status < 500;

  async function recovered(): Promise<void> {
    await eventually(
      async () => (await call('/api/v1/customers/?limit=1')).status,
      (status) => status === 200,
      { timeoutMs: 30_000, intervalMs: 250, what: 'a 200 from the customers list' },
    );
  }

  function expectUnavailable(outcomes: Outcome[]): void {
    expect(outcomes.length).toBeGreaterThanOrEqual(USERS);
    failedProbes += outcomes.filter((o) => o.path.startsWith('/health')).length;
    for (const outcome of outcomes) {
      expect({ path: outcome.path, status: outcome.status }).toEqual({ path: outcome.path, status: 503 });
      expect(outcome.retryAfter).toMatch(/^\d+$/);
      expect(outcome.body).not.toContain('127.0.0.1');
      expect(outcome.body).not.toContain(`:${port}`);
    }
    const api = outcomes.find((o) => o.path.startsWith('/api/v1/customers'))!;
    expect(JSON.parse(api.body)).toMatchObject({
      type: '/problems/service-unavailable',
      status: 503,
      detail: expect.stringMatching(/^The database/),
    });
    const health = outcomes.find((o) => o.path === '/health/ready')!;
    expect(JSON.parse(health.body)).toMatchObject({
      failed_checks: expect.arrayContaining(['database']),
      error: { database: { status: 'down', reason: expect.stringMatching(/^(timeout|unavailable)$/) } },
    });
  }

  it('serves normally before any outage', async () => {
    const outcomes = await underLoad(() => sleep(1000));
    expect(outcomes.filter((o) => !servedNormally(o))).toEqual([]);
  });

  it("every session of the app's pool carries the configured server-side timeouts", async () => {
    const [settings] = await app.get<DataSource>(getDataSourceToken()).query(
      `SELECT current_setting('statement_timeout') AS statement, current_setting('lock_timeout') AS lock,
                current_setting('idle_in_transaction_session_timeout') AS idle`,
    );
    expect(settings).toEqual({ statement: `${STATEMENT_TIMEOUT_SECONDS}s`, lock: '1s', idle: '1min' });
  });

  it('a row lock held past DATABASE_LOCK_TIMEOUT_SECONDS: 503 + Retry-After, and no outage', async () => {
    const holder = new pg.Client({ connectionString: databaseUrl });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT 1 FROM customers WHERE id = $1 FOR UPDATE', [customerId]);
      const blocked = await call(`/api/v1/customers/${customerId}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ address: 'Waiting for a lock' }),
      });
      expect(blocked.status).toBe(503);
      expect(blocked.retryAfter).toMatch(/^\d+$/);
      expect(JSON.parse(blocked.body)).toMatchObject({
        type: '/problems/service-unavailable',
        detail: 'The database did not answer in time; retry later',
      });
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
  });

  it('a frozen server (SIGSTOP): every request ends with 503 + Retry-After, none hangs; SIGCONT recovers', async () => {
    const postmaster = postmasterPid();
    frozen = [postmaster, ...childrenOf(postmaster)];
    signal(frozen, 'SIGSTOP');
    const frozenAt = Date.now();
    const during = await underLoad(() => sleep(6000));
    signal(frozen, 'SIGCONT');
    frozen = [];
    expectUnavailable(during.filter((o) => o.startedAt > frozenAt));

    await recovered();
    const after = await underLoad(() => sleep(1000));
    expect(after.filter((o) => !servedNormally(o))).toEqual([]);
  });

  it('a stopped server: 503s at once; started again on the same port, the app recovers by itself', async () => {
    let stoppedAt = 0;
    const during = await underLoad(async () => {
      await sleep(300);
      await server!.stop();
      server = undefined;
      stoppedAt = Date.now();
      await sleep(2000);
    });
    expectUnavailable(during.filter((o) => o.startedAt > stoppedAt));

    server = await startEmbeddedPostgres(dataDir, true, port);
    await recovered();
    const after = await underLoad(() => sleep(1000));
    expect(after.filter((o) => !servedNormally(o))).toEqual([]);
  });

  it('logs each outage twice (down, then up), not once per failed request, and never the address', () => {
    const entries = logLines.map((line) => JSON.parse(line) as { msg?: string; err?: unknown });
    const transitions = entries
      .map((entry) => entry.msg ?? '')
      .filter((msg) => /^Database (unavailable|reachable again)/.test(msg))
      .map((msg) => (msg.startsWith('Database unavailable') ? 'down' : 'up'));
    expect(transitions).toEqual(['down', 'up', 'down', 'up']);
    // Failing probes are logged when the set of failing checks changes, not once per probe.
    const healthLines = entries.filter((entry) => (entry as { context?: string }).context === 'Health');
    expect(healthLines.length).toBeGreaterThanOrEqual(4);
    expect(healthLines.length).toBeLessThan(failedProbes);
    expect(entries.filter((entry) => entry.err !== undefined)).toEqual([]);
    expect(logLines.filter((line) => line.includes(`:${port}`))).toEqual([]);
  });
});
