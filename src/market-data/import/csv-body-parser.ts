import type { FastifyInstance } from 'fastify';

/** Accepts text/csv bodies (price import) as plain strings, under the same 1 MiB limit as JSON. */
export function registerCsvBodyParser(fastify: FastifyInstance): void {
  fastify.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) => done(null, body));
}
