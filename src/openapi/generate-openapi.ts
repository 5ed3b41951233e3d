import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from '../app.module.js';
import { loadConfig } from '../config/load-config.js';
import { buildOpenApiDocument, sortKeys } from './openapi-document.js';

/**
 * Prints the OpenAPI document as stable JSON (keys sorted), without a database: the app is created in
 * preview mode, which scans modules and routes but instantiates no provider and opens no connection.
 * scripts/openapi.mjs writes it to openapi/openapi.json or compares it with the committed one.
 */
async function main(): Promise<void> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PRICE_REFRESH_CRON: 'off' });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot({ config, databaseUrl: 'postgres://openapi@127.0.0.1:1/unused' }),
    new FastifyAdapter(),
    { preview: true, logger: false, abortOnError: false },
  );
  const document = sortKeys(buildOpenApiDocument(app));
  process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
  await app.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
