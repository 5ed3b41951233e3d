import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import pino from 'pino';
import request from 'supertest';
import { createApp } from '../../src/app.factory.js';
import { loadConfig } from '../../src/config/load-config.js';
import { loggerOptions } from '../../src/logging/logger.js';
import { captureLogs } from '../support/log-capture.js';
import { createTestDatabase, TestDatabase } from '../support/test-database.js';

type Line = Record<string, unknown>;

/**
 * Unexpected database errors carrying personal data: the SQL's bind parameters (QueryFailedError)
 * and the row in Postgres's detail ("Failing row contains (...)"). The app logs into memory through
 * the production logger options; none of the values sent may appear in what it wrote.
 */
describe('no personal data or key material in logs (e2e)', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let sql: pg.Pool;
  const { stream, raw, lines } = captureLogs();

  beforeAll(async () => {
    database = await createTestDatabase();
    const config = loadConfig({ NODE_ENV: 'test', PRICE_REFRESH_CRON: 'off' });
    app = await createApp({
      config,
      databaseUrl: database.url,
      logger: pino(loggerOptions('debug'), stream),
    });
    sql = new pg.Pool({ connectionString: database.url, max: 1 });
  });
  afterAll(async () => {
    await sql.end();
    await app.close();
    await database.drop();
  });

  const http = () => request(app.getHttpServer());
  const tag = () => randomBytes(6).toString('hex');

  /** The error line logged for a 500, found by the request id the response carries. */
  function errorLineFor(requestId: string): Line {
    const line = lines().find((l) => l.request_id === requestId && l.msg === 'Unexpected error');
    expect(line).toBeDefined();
    return line!;
  }

  it('a check violation (the row in the detail, the values in the parameters) logs neither', async () => {
    const name = `Probe Name ${tag()}`;
    const address = `${tag()} Probe Lane`;
    const email = `probe-${tag()}@example.com`;
    await sql.query(`ALTER TABLE customers ADD CONSTRAINT log_probe CHECK (name NOT LIKE 'Probe Name %')`);
    try {
      const res = await http().post('/api/v1/customers').send({ name, address, email }).expect(500);
      expect(res.body.detail).not.toContain(name);
      const line = errorLineFor(res.body.request_id);
      expect(line.err).toMatchObject({
        type: 'QueryFailedError',
        sqlstate: '23514',
        table: 'customers',
        constraint: 'log_probe',
        stack: expect.stringMatching(/\n\s+at /),
      });
    } finally {
      await sql.query('ALTER TABLE customers DROP CONSTRAINT log_probe');
    }
    const text = raw();
    for (const value of [name, address, email]) expect(text).not.toContain(value);
    expect(text).not.toMatch(/INSERT INTO|Failing row|"parameters"|"query"/);
  });

  it('an update against a broken table logs no name, address or email', async () => {
    const created = await http()
      .post('/api/v1/customers')
      .send({ name: 'Before', address: '1 Before Street', email: `before-${tag()}@example.com` })
      .expect(201);
    const name = `Updated Name ${tag()}`;
    const address = `${tag()} Updated Road`;
    const email = `updated-${tag()}@example.com`;
    await sql.query('ALTER TABLE customers RENAME COLUMN address TO address_moved');
    try {
      const res = await http()
        .put(`/api/v1/customers/${created.body.id}`)
        .send({ name, address, email })
        .expect(500);
      expect(errorLineFor(res.body.request_id).err).toMatchObject({ sqlstate: '42703' });
    } finally {
      await sql.query('ALTER TABLE customers RENAME COLUMN address_moved TO address');
    }
    const text = raw();
    for (const value of [name, address, email]) expect(text).not.toContain(value);
  });

  it('a failed key insert logs neither the key prefix nor its hash', async () => {
    const customer = await http()
      .post('/api/v1/customers')
      .send({ name: 'Key Owner', address: '2 Key Street' })
      .expect(201);
    await sql.query('ALTER TABLE api_keys ADD CONSTRAINT log_probe_keys CHECK (length(name) > 100)');
    try {
      const res = await http()
        .post(`/api/v1/customers/${customer.body.id}/api-keys`)
        .send({ name: 'dashboard' })
        .expect(500);
      expect(errorLineFor(res.body.request_id).err).toMatchObject({ sqlstate: '23514' });
    } finally {
      await sql.query('ALTER TABLE api_keys DROP CONSTRAINT log_probe_keys');
    }
    const text = raw();
    expect(text).not.toMatch(/pr_[A-Za-z0-9_-]{4,}/);
    expect(text).not.toMatch(/[0-9a-f]{64}/);
  });

  it('a URL the router refuses is logged once, by status, without the URL', async () => {
    const secret = `router-${tag()}`;
    const res = await http().get(`/api/v1/customers/%E0%A4%A${secret}`).expect(400);
    const mine = lines().filter((l) => l.request_id === res.body.request_id);
    expect(mine).toEqual([expect.objectContaining({ level: 40, status: 400 })]);
    expect(raw()).not.toContain(secret);
  });

  it('rejected hostile input is logged by route and status only', async () => {
    const secret = `hostile-${tag()}`;
    await http()
      .post('/api/v1/customers')
      .send({ name: `${secret}\u0000`, address: secret })
      .expect(400);
    await http().get(`/api/v1/customers?skip=${secret}`).expect(400);
    await http().post('/api/v1/customers').set('Content-Type', 'text/plain').send(secret).expect(415);
    const rejected = lines().filter((l) => l.msg === 'request completed' && l.status === 400);
    expect(rejected.length).toBeGreaterThanOrEqual(2);
    expect(raw()).not.toContain(secret);
  });
});
