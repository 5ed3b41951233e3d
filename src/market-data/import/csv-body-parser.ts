import type { FastifyInstance } from 'fastify';
import { decodeUtf8Body } from '../../common/validation/utf8-body.js';

/** Accepts text/csv bodies (price import) as strict UTF-8 strings, under the same 1 MiB limit as JSON. */
export function registerCsvBodyParser(fastify: FastifyInstance): void {
  fastify.addContentTypeParser('text/csv', { parseAs: 'buffer' }, (_request, body, done) => {
    try {
      done(null, decodeUtf8Body(body as Buffer));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
}
