import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pino from 'pino';
import request from 'supertest';
import { createApp } from '../../src/app.factory.js';
import { loadConfig } from '../../src/config/load-config.js';
import { createLogger, REDACT_PATHS } from '../../src/logging/logger.js';
import { customerBody } from '../factories/customer.factory.js';
import { captureLogs } from '../support/log-capture.js';
import { createTestDatabase, TestDatabase } from '../support/test-database.js';

const ADMIN = 'admin-secret-0123456789abcdef';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

type Line = Record<string, unknown>;

/** The whole app logging JSON lines into memory, through the same redaction as createLogger. */
async function appWithCapturedLogs(
  database: TestDatabase,
  env: Record<string, string>,
  level = 'info',
): Promise<{ app: NestFastifyApplication; lines: () => Line[]; raw: () => string }> {
  const { stream, lines, raw } = captureLogs();
  const logger = pino({ level, redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, stream);
  const config = loadConfig({ NODE_ENV: 'test', PRICE_REFRESH_CRON: 'off', ...env });
  const app = await createApp({ config, databaseUrl: database.url, logger });
  return { app, lines, raw };
}

const requestLines = (lines: Line[]) => lines.filter((line) => line.msg === 'request completed');

describe('request logs (e2e)', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let lines: () => Line[];
  let raw: () => string;

  beforeAll(async () => {
    database = await createTestDatabase();
    ({ app, lines, raw } = await appWithCapturedLogs(database, { API_KEYS: `admin:${ADMIN}` }));
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  const http = () => request(app.getHttpServer());

  it('one JSON line per request: request id (honoured and echoed), method, route template, status, duration', async () => {
    const created = await http()
      .post('/api/v1/customers')
      .set('Authorization', `Bearer ${ADMIN}`)
      .send(customerBody());
    const before = requestLines(lines()).length;
    const res = await http()
      .get(`/api/v1/customers/${created.body.id}`)
      .set('Authorization', `Bearer ${ADMIN}`)
      .set('X-Request-Id', 'trace-abc.123:4')
      .expect(200);
    expect(res.headers['x-request-id']).toBe('trace-abc.123:4');
    const mine = requestLines(lines()).filter((line) => line.request_id === 'trace-abc.123:4');
    expect(requestLines(lines()).length).toBe(before + 1);
    expect(mine).toEqual([
      expect.objectContaining({
        level: 30,
        request_id: 'trace-abc.123:4',
        method: 'GET',
        route: '/api/v1/customers/:id',
        url: `/api/v1/customers/${created.body.id}`,
        status: 200,
        duration_ms: expect.any(Number),
      }),
    ]);
  });

  it.each([
    ['missing', undefined],
    ['malformed', 'has spaces; and=symbols'],
    ['too long', 'x'.repeat(129)],
  ])('a %s X-Request-Id is replaced by a generated UUID, echoed and logged', async (_title, given) => {
    const req = http().get('/');
    if (given) req.set('X-Request-Id', given);
    const res = await req.expect(200);
    const id = res.headers['x-request-id'];
    expect(id).toMatch(UUID);
    expect(requestLines(lines()).filter((line) => line.request_id === id)).toHaveLength(1);
  });

  it('errors are logged at warn with their status; unmatched routes as "unmatched"', async () => {
    const res = await http().get('/no/such/route').expect(404);
    expect(res.body.request_id).toBe(res.headers['x-request-id']);
    const line = requestLines(lines()).find((l) => l.request_id === res.headers['x-request-id']);
    expect(line).toMatchObject({ level: 40, status: 404, route: 'unmatched' });
  });

  it('never logs secrets: static keys, customer keys, Authorization headers', async () => {
    const customer = await http()
      .post('/api/v1/customers')
      .set('Authorization', `Bearer ${ADMIN}`)
      .send(customerBody());
    const key = (
      await http()
        .post(`/api/v1/customers/${customer.body.id}/api-keys`)
        .set('Authorization', `Bearer ${ADMIN}`)
        .send({})
        .expect(201)
    ).body.key as string;
    await http()
      .get(`/api/v1/customers/${customer.body.id}`)
      .set('Authorization', `Bearer ${key}`)
      .expect(200);
    await http().get('/api/v1/customers').set('Authorization', 'Bearer wrong-secret-0123456789').expect(401);
    const text = raw();
    expect(text).not.toContain(ADMIN);
    expect(text).not.toContain(key);
    expect(text).not.toContain('wrong-secret-0123456789');
  });

  it('the redaction paths cover headers and key-like fields wherever a log call puts them', () => {
    const captured = captureLogs();
    const logger = pino({ redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, captured.stream);
    logger.info({ req: { headers: { authorization: `Bearer ${ADMIN}` } } }, 'request');
    logger.info({ config: { apiKey: ADMIN, password: ADMIN } }, 'config');
    logger.info({ job: { api_key: ADMIN, secret: ADMIN } }, 'job');
    expect(captured.raw()).not.toContain(ADMIN);
    expect(captured.raw()).toContain('[redacted]');
  });

  it('start-up does not warn about an open API when API_KEYS is set', () => {
    expect(lines().some((line) => String(line.msg).includes('API_KEYS is not set'))).toBe(false);
  });
});

describe('log level and start-up warnings (e2e)', () => {
  it('createLogger follows LOG_LEVEL', () => {
    const logger = createLogger(loadConfig({ LOG_LEVEL: 'warn' }));
    expect(logger.level).toBe('warn');
    expect(logger.isLevelEnabled('info')).toBe(false);
    expect(logger.isLevelEnabled('warn')).toBe(true);
    expect(createLogger(loadConfig({})).level).toBe('info');
  });

  it('at warn, successful requests are not logged, failures are; an open API is announced', async () => {
    const database = await createTestDatabase();
    const { app, lines } = await appWithCapturedLogs(database, {}, 'warn');
    try {
      await request(app.getHttpServer()).get('/').expect(200);
      await request(app.getHttpServer()).get('/missing').expect(404);
      const logged = requestLines(lines());
      expect(logged.map((line) => line.status)).toEqual([404]);
      expect(lines().every((line) => (line.level as number) >= 40)).toBe(true);
      expect(lines()).toContainEqual(
        expect.objectContaining({ level: 40, msg: expect.stringContaining('API_KEYS is not set') }),
      );
    } finally {
      await app.close();
      await database.drop();
    }
  });
});
