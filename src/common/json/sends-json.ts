import type { FastifyReply } from 'fastify';

/**
 * Marks a reply whose handler returns JSON text built elsewhere (by the database): Fastify sends a
 * string with a JSON content type as it is, without serialising it again.
 */
export function sendsJson(reply: FastifyReply): void {
  void reply.type('application/json; charset=utf-8');
}
