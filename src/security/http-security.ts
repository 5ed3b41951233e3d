import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '../config/app-config.js';

/**
 * Security headers on every response (helmet) and CORS for ALLOWED_ORIGINS only (none: no CORS headers).
 * The CSP is helmet's default, which Swagger UI at /docs works under: its scripts and styles are served
 * from this origin, its icons are data: URIs and "Try it out" calls this origin.
 */
export async function registerHttpSecurity(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  await app.register(helmet, {
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
  });
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
