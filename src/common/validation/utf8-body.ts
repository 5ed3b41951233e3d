import { BadRequestProblem } from '../problem/problem.exception.js';

/** Throws on malformed bytes; the BOM is kept, so each body parser sees what it saw before. */
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * A request body's text. Bytes that are not UTF-8 are a 400: decoded leniently they became U+FFFD,
 * and a name or a CSV cell was stored with replacement characters instead of being refused.
 */
export function decodeUtf8Body(body: Buffer): string {
  try {
    return decoder.decode(body);
  } catch {
    throw new BadRequestProblem('The body is not valid UTF-8', 'invalid-utf8');
  }
}
