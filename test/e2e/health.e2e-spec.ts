import pg from 'pg';
import { HealthChecks } from '../../src/health/health-checks.js';
import type { QueueHealth } from '../../src/jobs/queue-health.js';
import { adminUrl } from '../support/test-database.js';
import { createTestApp, TestApp } from '../support/test-app.js';

const PROBLEM = /application\/problem\+json/;

/** Binds a queue (or none) to the health checks, whatever the JobsModule provides in this process. */
function bindQueue(t: TestApp, queue: QueueHealth | undefined): void {
  (t.app.get(HealthChecks) as unknown as { queue?: QueueHealth }).queue = queue;
}

const running: QueueHealth = { isRunning: () => true };

describe('health endpoints (e2e, real Postgres)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('GET /health → 200 when Postgres answers and the queue runs', async () => {
    bindQueue(t, running);
    const res = await t.http().get('/health').expect(200);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    const up = { database: { status: 'up', responseTime: expect.any(Number) }, queue: { status: 'up' } };
    expect(res.body).toEqual({ status: 'ok', info: up, error: {}, details: up });
  });

  it('GET /health/ready → 200 with database, queue and migrations up', async () => {
    bindQueue(t, running);
    const res = await t.http().get('/health/ready').expect(200);
    expect(res.body.status).toBe('ok');
    expect(Object.keys(res.body.details).sort()).toEqual(['database', 'migrations', 'queue']);
  });

  it('GET /health/live → 200 checking the process only', async () => {
    bindQueue(t, undefined);
    const res = await t.http().get('/health/live').expect(200);
    expect(res.body).toMatchObject({
      status: 'ok',
      details: { process: { status: 'up', uptime_seconds: expect.any(Number) } },
    });
  });

  it('queue absent → /health and /health/ready answer a 503 problem naming "queue"', async () => {
    bindQueue(t, undefined);
    for (const path of ['/health', '/health/ready']) {
      const res = await t.http().get(path).expect(503);
      expect(res.headers['content-type']).toMatch(PROBLEM);
      expect(res.headers['retry-after']).toBe('5');
      expect(res.body).toMatchObject({
        type: '/problems/unhealthy',
        status: 503,
        detail: 'Failing health checks: queue',
        failed_checks: ['queue'],
        error: { queue: { status: 'down', message: 'No job queue is configured in this process' } },
        details: { database: { status: 'up' } },
        request_id: expect.any(String),
      });
    }
    await t.http().get('/health/live').expect(200);
  });

  it('queue bound but stopped → 503 naming "queue"', async () => {
    bindQueue(t, { isRunning: () => false });
    const res = await t.http().get('/health').expect(503);
    expect(res.body.failed_checks).toEqual(['queue']);
    expect(res.body.error.queue).toEqual({ status: 'down', message: 'The job queue is not running' });
  });

  it('health routes are public and never rate limited', async () => {
    const limited = await createTestApp({
      env: { API_KEYS: 'admin:0123456789abcdef', RATE_LIMIT_PER_MINUTE: '1' },
    });
    try {
      bindQueue(limited, running);
      for (let i = 0; i < 3; i++) await limited.http().get('/health/ready').expect(200);
    } finally {
      await limited.close();
    }
  });
});

describe('health when the database is gone (e2e)', () => {
  it('GET /health, /health/ready → 503 naming "database"; /health/live stays 200', async () => {
    const t = await createTestApp();
    try {
      bindQueue(t, running);
      await t.http().get('/health').expect(200);
      const name = new URL(t.database.url).pathname.slice(1);
      const admin = new pg.Client({ connectionString: adminUrl() });
      await admin.connect();
      try {
        await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
      } finally {
        await admin.end();
      }
      const res = await t.http().get('/health').expect(503);
      expect(res.headers['content-type']).toMatch(PROBLEM);
      expect(res.body).toMatchObject({
        status: 503,
        failed_checks: ['database'],
        detail: 'Failing health checks: database',
        error: { database: { status: 'down' } },
        details: { queue: { status: 'up' } },
      });
      const ready = await t.http().get('/health/ready').expect(503);
      expect(ready.body.failed_checks).toEqual(expect.arrayContaining(['database', 'migrations']));
      await t.http().get('/health/live').expect(200);
    } finally {
      await t.close();
    }
  });
});
