import type { FastifyInstance } from 'fastify';
import { routeOf } from '../logging/request-logging.js';
import type { MetricsService } from './metrics.service.js';

/**
 * Observes every response in http_request_duration_seconds, labelled with the route template
 * (e.g. /api/v1/customers/:id), never the raw URL, so label cardinality stays bounded; requests that
 * match no route are labelled 'unmatched'.
 */
export function registerHttpMetrics(fastify: FastifyInstance, metrics: MetricsService): void {
  fastify.addHook('onResponse', async (request, reply) => {
    metrics.observeHttpRequest(request.method, routeOf(request), reply.statusCode, reply.elapsedTime / 1000);
  });
}
