import type { FastifyInstance } from 'fastify';
import { BadRequestProblem } from '../problem/problem.exception.js';
import { decodeUtf8Body } from './utf8-body.js';

/** Deeper JSON is refused before it is parsed: no request of this API nests more than a few levels. */
export const MAX_JSON_DEPTH = 32;

/**
 * The nesting depth of a JSON text, counted without recursion and without parsing, stopping as soon
 * as it passes `limit` (brackets inside strings do not count). A body nested thousands deep would
 * otherwise overflow the stack of the recursive code that walks it after parsing.
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return false;
}

/**
 * application/json: strict UTF-8, the depth check, then Fastify's own parser (secure-json-parse, which refuses
 * `__proto__` and `constructor.prototype` keys). Replaces Nest's parser (bodyParser: false in
 * app.factory.ts), which also accepted form bodies.
 */
export function registerJsonBodyParser(fastify: FastifyInstance): void {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    let text: string;
    try {
      text = decodeUtf8Body(body as Buffer);
    } catch (error) {
      done(error as Error, undefined);
      return;
    }
    if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) {
      done(
        new BadRequestProblem(
          `The JSON body nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep`,
          'json-too-deep',
        ),
        undefined,
      );
      return;
    }
    parse(request, text, done);
  });
}
