import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from '../app.module.js';
import { loadConfig } from '../config/load-config.js';
import { buildOpenApiDocument } from './openapi-document.js';
import { openApiRuleViolations } from './openapi-rules.js';

const problem = (status: number) => ({
  description: 'problem',
  content: {
    'application/problem+json': {
      schema: { $ref: '#/components/schemas/ProblemResponse' },
      example: { type: '/problems/x', title: 'X', status, detail: 'x' },
    },
  },
});

/** A one-operation document with the given parameters and responses. */
const documentWith = (operation: Record<string, unknown>) => ({
  openapi: '3.0.0',
  paths: { '/things': { get: { responses: { '200': { description: 'ok' } }, ...operation } } },
  components: { schemas: { Object: { type: 'object', properties: {} }, Count: { type: 'integer' } } },
});

describe('openApiRuleViolations', () => {
  it('passes typed parameters, distinct headers and error examples that match their status', () => {
    const document = documentWith({
      parameters: [
        { name: 'limit', in: 'query', schema: { type: 'integer', default: 100 } },
        { name: 'tickers', in: 'query', schema: { type: 'array', items: { type: 'string' } } },
        { name: 'count', in: 'query', schema: { $ref: '#/components/schemas/Count' } },
        { name: 'X-Request-Id', in: 'header', schema: { type: 'string' } },
        { name: 'Cache-Control', in: 'header', schema: { type: 'string' } },
      ],
      responses: { '200': { description: 'ok' }, '404': problem(404), '429': problem(429) },
    });
    expect(openApiRuleViolations(document)).toEqual([]);
  });

  it.each([
    [
      'an empty-object schema behind allOf (what an untyped DTO field produces)',
      { allOf: [{ $ref: '#/components/schemas/Object' }] },
    ],
    ['an inline object schema', { type: 'object' }],
    ['a schema without type', { minimum: 0 }],
  ])('flags a parameter with %s', (_case, schema) => {
    const document = documentWith({ parameters: [{ name: 'skip', in: 'query', schema }] });
    expect(openApiRuleViolations(document)).toEqual([
      expect.stringMatching(/^GET \/things: parameter "skip" \(in query\) has no concrete type/),
    ]);
  });

  it('flags a parameter without any schema, or whose schema reference leads nowhere', () => {
    const document = documentWith({
      parameters: [
        { name: 'id', in: 'path', required: true },
        { name: 'count', in: 'query', schema: { $ref: '#/components/schemas/Missing' } },
      ],
    });
    expect(openApiRuleViolations(document)).toEqual([
      'GET /things: parameter "id" has no schema',
      'GET /things: parameter "count" has no schema',
    ]);
  });

  it('flags header parameters that differ only in case, also across path and operation level', () => {
    const document = documentWith({
      parameters: [
        { name: 'cache-control', in: 'header', required: true, schema: { type: 'string' } },
        { name: 'Cache-Control', in: 'header', schema: { type: 'string' } },
        { name: 'cache-control', in: 'query', schema: { type: 'string' } }, // not a header
      ],
    });
    expect(openApiRuleViolations(document)).toEqual([
      'GET /things: header parameters "cache-control" and "Cache-Control" differ only in case',
    ]);
  });

  it('flags response headers that differ only in case', () => {
    const document = documentWith({
      responses: {
        '200': {
          description: 'ok',
          headers: { Location: { schema: { type: 'string' } }, location: { schema: { type: 'string' } } },
        },
      },
    });
    expect(openApiRuleViolations(document)).toEqual([
      'GET /things 200: response headers "Location" and "location" differ only in case',
    ]);
  });

  it('flags an error response that shows another status’s example, or none', () => {
    const withoutExample = problem(404);
    delete (withoutExample.content['application/problem+json'] as { example?: unknown }).example;
    const document = documentWith({ responses: { '401': problem(400), '404': withoutExample } });
    expect(openApiRuleViolations(document)).toEqual([
      'GET /things 401: the problem example says status 400',
      'GET /things 404: the problem response has no example of its own',
    ]);
  });

  it('the application’s own document passes every rule', async () => {
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PRICE_REFRESH_CRON: 'off' });
    const app = await NestFactory.create<NestFastifyApplication>(
      AppModule.forRoot({ config, databaseUrl: 'postgres://openapi@127.0.0.1:1/unused' }),
      new FastifyAdapter(),
      { preview: true, logger: false, abortOnError: false },
    );
    try {
      const document = buildOpenApiDocument(app) as unknown as Record<string, unknown>;
      expect(openApiRuleViolations(document)).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
