import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { UnsupportedMediaTypeProblem } from '../problem/problem.exception.js';

/** What a route without `@AcceptsBody` takes as a body. */
export const DEFAULT_BODY_TYPES: readonly string[] = ['application/json'];

const CONFIG_KEY = 'acceptedBodyTypes';

/** The media types a route's body may have (default: application/json only). */
export const AcceptsBody = (...types: string[]): MethodDecorator =>
  RouteConfig({ [CONFIG_KEY]: types.map((type) => type.toLowerCase()) });

const MEDIA_TYPE = /^[a-z0-9!#$&^_.+-]{1,64}\/[a-z0-9!#$&^_.+-]{1,64}$/;

function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/**
 * A body of another type is a 415 naming the accepted types, checked before the body is read: without
 * it a form or text/plain body reached validation as a string and came back as 400 "name must be a
 * string". Bodiless requests (a POST without a body) pass; unmatched routes go on to their 404.
 */
export function registerContentTypeCheck(fastify: FastifyInstance): void {
  fastify.addHook('preParsing', async (request, _reply, payload) => {
    if (request.method === 'GET' || request.method === 'HEAD' || !request.routeOptions.url) return payload;
    if (!hasBody(request)) return payload;
    const config = request.routeOptions.config as { [CONFIG_KEY]?: string[] };
    const accepted = config[CONFIG_KEY] ?? DEFAULT_BODY_TYPES;
    const given = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (accepted.includes(given)) return payload;
    const named = MEDIA_TYPE.test(given)
      ? `Content-Type ${given} is not accepted`
      : 'The Content-Type is missing or not valid';
    throw new UnsupportedMediaTypeProblem(`${named}: this route accepts ${accepted.join(' or ')}`);
  });
}
