import type { FastifyInstance } from 'fastify';
import { routeOf } from '../logging/request-logging.js';
import type { MetricsService } from './metrics.service.js';

/** Methods whose 5xx series are not started at 0: HEAD mirrors GET, OPTIONS is answered by CORS. */
const UNDECLARED_METHODS = new Set(['HEAD', 'OPTIONS']);

/**
 * Observes every response in http_request_duration_seconds and http_responses_total, labelled with the
 * route template (e.g. /api/v1/customers/:id), never the raw URL, so label cardinality stays bounded;
 * requests that match no route are labelled 'unmatched'. Must run before the routes are registered
 * (app.init()): every route the router learns gets its 5xx series at 0.
 */
export function registerHttpMetrics(fastify: FastifyInstance, metrics: MetricsService): void {
  fastify.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (!UNDECLARED_METHODS.has(method)) metrics.declareRoute(method, route.url);
    }
  });
  fastify.addHook('onResponse', async (request, reply) => {
    metrics.observeHttpRequest(request.method, routeOf(request), reply.statusCode, reply.elapsedTime / 1000);
  });
}
