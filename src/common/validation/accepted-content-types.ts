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

const CONTENT_CODING = /^[a-z0-9!#$%&'*+.^_`|~-]{1,32}$/;

/** The first content coding of the body other than identity, printable, or undefined when there is none. */
function contentCoding(request: FastifyRequest): string | undefined {
  const header = request.headers['content-encoding'];
  if (header === undefined) return undefined;
  const codings = String(header)
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity');
  if (codings.length === 0) return undefined;
  return CONTENT_CODING.test(codings[0]) ? codings[0] : '(unreadable)';
}

/**
 * A compressed body (any Content-Encoding but identity) is a 415 with `Accept-Encoding: identity`.
 * A body of another type is a 415 naming the accepted types, checked before the body is read: without
 * it a form or text/plain body reached validation as a string and came back as 400 "name must be a
 * string". Bodiless requests (a POST without a body) pass; unmatched routes go on to their 404.
 */
export function registerContentTypeCheck(fastify: FastifyInstance): void {
  fastify.addHook('preParsing', async (request, _reply, payload) => {
    if (request.method === 'GET' || request.method === 'HEAD' || !request.routeOptions.url) return payload;
    if (!hasBody(request)) return payload;
    const coding = contentCoding(request);
    if (coding !== undefined) {
      // Compressed bytes reached the parsers as they were ("not valid JSON"), and a body merely
      // labelled gzip or br was accepted as plain text; RFC 9110 §15.5.16 asks for a 415 naming
      // the codings taken (Accept-Encoding).
      throw new UnsupportedMediaTypeProblem(
        `Content-Encoding ${coding} is not supported: send the body uncompressed`,
        { 'accept-encoding': 'identity' },
      );
    }
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
