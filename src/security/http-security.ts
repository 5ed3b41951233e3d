import cors from '@fastify/cors';
import fastifyHelmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import helmet from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppConfig } from '../config/app-config.js';

const HELMET_OPTIONS: FastifyHelmetOptions = {
  contentSecurityPolicy: {
    directives: {
      // Swagger UI loads its icons as data: URIs; everything else stays 'self'.
      'img-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'frame-ancestors': ["'none'"],
      // TLS ends at the load balancer; on a plain-HTTP address (an instance IP, the compose stack) this
      // directive would send /docs's own requests to https and break it.
      'upgrade-insecure-requests': null,
    },
  },
};

/**
 * The same headers as a plain response, for the answers written before any hook runs: the router's
 * 400/414 (frameworkErrors) and Node's client errors (raw socket). Helmet sets fixed values without
 * nonces, so they are computed once.
 */
let fixedHeaders: Record<string, string> | undefined;

export function securityHeaders(): Record<string, string> {
  if (fixedHeaders) return fixedHeaders;
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: string | number) => (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => delete headers[name.toLowerCase()],
  };
  // The same options, seen through helmet's ESM typings (structurally identical to @fastify/helmet's).
  helmet(HELMET_OPTIONS as Parameters<typeof helmet>[0])(
    {} as IncomingMessage,
    res as unknown as ServerResponse,
    () => undefined,
  );
  fixedHeaders = headers;
  return headers;
}

/**
 * Security headers on every response (helmet) and CORS for ALLOWED_ORIGINS only (none: no CORS headers).
 * The CSP is helmet's default, which Swagger UI at /docs works under: its scripts and styles are served
 * from this origin, its icons are data: URIs and "Try it out" calls this origin.
 */
export async function registerHttpSecurity(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  await app.register(fastifyHelmet, HELMET_OPTIONS);
  const origins = config.security.allowedOrigins;
  if (origins.length === 0) return;
  await app.register(cors, {
    origin: origins,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type', 'X-Request-Id'],
    exposedHeaders: [
      'X-Request-Id',
      'X-Total-Count',
      'Location',
      'Retry-After',
      'RateLimit-Limit',
      'RateLimit-Remaining',
      'RateLimit-Reset',
    ],
    maxAge: 600,
  });
}
