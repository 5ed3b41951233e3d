import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import fastify from 'fastify';
import type { Logger } from 'pino';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppModule, type AppModuleOptions } from './app.module.js';
import { AccessGate, registerAccessGate } from './auth/access-gate.js';
import { registerHttpFramingChecks, sendClientError, sendRouterError } from './security/early-errors.js';
import { MAX_PARAM_LENGTH } from './common/problem/problem-mapper.js';
import { registerContentTypeCheck } from './common/validation/accepted-content-types.js';
import { registerJsonBodyParser } from './common/validation/json-body-parser.js';
import { runMigrations } from './database/run-migrations.js';
import { PinoNestLogger } from './logging/logger.js';
import { registerRequestLogging, requestIdFor } from './logging/request-logging.js';
import { registerCsvBodyParser } from './market-data/import/csv-body-parser.js';
import { registerHttpMetrics } from './metrics/http-metrics.hook.js';
import { MetricsService } from './metrics/metrics.service.js';
import { setupOpenApi } from './openapi/openapi-document.js';
import { registerHttpSecurity } from './security/http-security.js';

export const BODY_LIMIT_BYTES = 1024 * 1024;

export interface CreateAppOptions extends AppModuleOptions {
  logger: Logger;
}

/** Builds the whole application (used by main.ts and by every e2e test), migrations applied. */
export async function createApp(options: CreateAppOptions): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    loggerInstance: options.logger,
    // Fastify's two lines per request are replaced by our single line (registerRequestLogging).
    logController: new fastify.LogController({ disableRequestLogging: true }),
    bodyLimit: BODY_LIMIT_BYTES,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: MAX_PARAM_LENGTH },
    // Rejected before any hook runs; answered as problem+json with the security headers all the same.
    frameworkErrors: sendRouterError,
    clientErrorHandler: sendClientError,
    // A missing Host is refused by registerHttpFramingChecks, as problem+json rather than Node's empty 400.
    http: { requireHostHeader: false },
    genReqId: (request: { headers: Record<string, unknown> }) => requestIdFor(request),
    trustProxy: options.config.security.trustProxy,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(options), adapter, {
    logger: new PinoNestLogger(options.logger),
    // Our own parsers only: JSON with a depth limit, CSV for the price import; no form bodies.
    bodyParser: false,
  });
  registerRequestLogging(app.getHttpAdapter().getInstance());
  registerJsonBodyParser(app.getHttpAdapter().getInstance());
  registerCsvBodyParser(app.getHttpAdapter().getInstance());
  registerContentTypeCheck(app.getHttpAdapter().getInstance());
  registerHttpMetrics(app.getHttpAdapter().getInstance(), app.get(MetricsService));
  await registerHttpSecurity(app, options.config);
  // After helmet, whose onRequest hook sets the security headers this hook's 400 carries too.
  registerHttpFramingChecks(app.getHttpAdapter().getInstance());
  // After the framing checks (a request without Host is refused as such), before any body is read.
  registerAccessGate(app.getHttpAdapter().getInstance(), app.get(AccessGate));
  setupOpenApi(app);
  await runMigrations(app.get<DataSource>(getDataSourceToken()));
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
