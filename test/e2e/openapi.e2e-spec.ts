import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import createClient from 'openapi-fetch';
import type { paths } from '../../openapi/api.js';
import { AppModule } from '../../src/app.module.js';
import { loadConfig } from '../../src/config/load-config.js';
import { buildOpenApiDocument, sortKeys } from '../../src/openapi/openapi-document.js';
import { createTestApp, TestApp } from '../support/test-app.js';

describe('OpenAPI document and Swagger UI (e2e)', () => {
  let t: TestApp;
  let baseUrl: string;
  beforeAll(async () => {
    t = await createTestApp({
      env: { API_KEYS: 'admin:admin-key-0123456789abcdef', RATE_LIMIT_PER_MINUTE: '0' },
    });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = await t.app.getUrl();
    baseUrl = baseUrl.replace('[::1]', '127.0.0.1');
  });
  afterAll(async () => {
    await t.close();
  });

  it('GET /openapi.json: OpenAPI 3 with title, version, bearer scheme, servers and ProblemResponse', async () => {
    const res = await t.http().get('/openapi.json').expect(200);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    const doc = res.body;
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.info).toMatchObject({
      title: 'portfolio-returns',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
    });
    expect(doc.servers).toEqual([{ url: '/', description: 'This server' }]);
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.components.schemas.ProblemResponse.required).toEqual(['type', 'title', 'status', 'detail']);
    const create = doc.paths['/api/v1/customers'].post;
    expect(create.security).toEqual([{ bearer: [] }]);
    for (const status of ['401', '403', '429']) {
      expect(create.responses[status].content['application/problem+json'].schema).toEqual({
        $ref: '#/components/schemas/ProblemResponse',
      });
    }
    expect(doc.paths['/health/ready'].get.security).toEqual([]);
    expect(doc.paths['/metrics']).toBeUndefined();
  });

  it('the document built without a database (preview mode, as openapi:generate does) equals the served one', async () => {
    const served = (await t.http().get('/openapi.json').expect(200)).body;
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PRICE_REFRESH_CRON: 'off' });
    const preview = await NestFactory.create<NestFastifyApplication>(
      AppModule.forRoot({ config, databaseUrl: 'postgres://openapi@127.0.0.1:1/unused' }),
      new FastifyAdapter(),
      { preview: true, logger: false, abortOnError: false },
    );
    try {
      expect(sortKeys(buildOpenApiDocument(preview))).toEqual(sortKeys(served));
    } finally {
      await preview.close();
    }
  });

  it('GET /docs serves Swagger UI', async () => {
    const res = await t.http().get('/docs').expect(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain('<title>portfolio-returns API</title>');
    expect(res.text).not.toMatch(/<script>/); // no inline script: the CSP stays script-src 'self'
    for (const asset of ['swagger-ui-bundle.js', 'swagger-ui.css', 'favicon-32x32.png']) {
      await t.http().get(`/docs/${asset}`).expect(200);
    }
    const init = await t.http().get('/docs/swagger-ui-init.js').expect(200);
    expect(init.headers['content-type']).toMatch(/javascript/);
    expect(init.text).toContain('"url":"/openapi.json"');
    await t.http().get('/docs/index.html').expect(200);
    await t.http().get('/docs/../package.json').expect(404);
  });

  it('a client typed from openapi/api.d.ts creates and reads a customer over a real port', async () => {
    const api = createClient<paths>({
      baseUrl,
      headers: { Authorization: 'Bearer admin-key-0123456789abcdef' },
    });
    const created = await api.POST('/api/v1/customers', {
      body: { name: 'Typed Client', address: '1 Spec Street', stocks: [{ ticker: 'AAPL', quantity: 3 }] },
    });
    expect(created.response.status).toBe(201);
    const id = created.data!.id;
    const read = await api.GET('/api/v1/customers/{id}', { params: { path: { id } } });
    expect(read.response.status).toBe(200);
    expect(read.data).toMatchObject({
      id,
      name: 'Typed Client',
      portfolio_stocks: [{ stock_ticker: 'AAPL', quantity: 3 }],
    });

    const missing = await api.GET('/api/v1/customers/{id}', {
      params: { path: { id: '00000000-0000-4000-8000-000000000000' } },
    });
    expect(missing.response.status).toBe(404);
    expect(missing.error).toMatchObject({ status: 404, type: '/problems/not-found' });

    const anonymous = createClient<paths>({ baseUrl });
    const denied = await anonymous.GET('/api/v1/customers');
    expect(denied.response.status).toBe(401);
    expect(denied.error).toMatchObject({ status: 401 });
  });
});
