import type { FuzzRequest } from './fuzz-requests.js';
import { MARK_LENGTH, MARKER } from './hostile-values.js';
import type { Operation } from './openapi-operations.js';
import { schemaMismatches } from './schema-conformance.js';

/** A response as the checks need it. */
export interface FuzzResponse {
  status: number;
  headers: Record<string, unknown>;
  body: string;
}

/** Why one response breaks the contract (null: it keeps it). `kind` groups failures into classes. */
export interface Violation {
  kind: string;
  message: string;
}

const violation = (kind: string, message: string): Violation => ({ kind, message });

/**
 * Per response: no 5xx; every 4xx a problem+json body whose status is the HTTP status; JSON 2xx parse and
 * match the schema the document declares; a body in a content type the operation does not declare is
 * neither accepted nor a 400 (it is a 415), unless the URL itself was refused first (bad-url, 414).
 */
export function checkResponse(
  request: FuzzRequest,
  response: FuzzResponse,
  operation?: Operation,
): Violation | null {
  const bodyTypes = Object.keys(operation?.body?.contents ?? {});
  const { status } = response;
  const contentType = String(response.headers['content-type'] ?? '');
  if (status >= 500) return violation(`${status}`, `answered ${status}`);
  const sentType = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (bodyTypes.length && request.body && sentType && !bodyTypes.includes(sentType)) {
    const urlRefused = status === 400 && String(response.body ?? '').includes('/problems/bad-url');
    if (!urlRefused && (status === 400 || (status >= 200 && status < 300))) {
      return violation(
        `${status} for undeclared ${sentType}`,
        `a ${sentType} body answered ${status}, not 415`,
      );
    }
  }
  if (status >= 400) {
    if (!contentType.startsWith('application/problem+json')) {
      // Fastify's own errors name themselves (FST_ERR_…): one failure class per code.
      const code = /"code":"([A-Z_]+)"/.exec(response.body)?.[1];
      return violation(
        `${status} not problem+json${code ? ` (${code})` : ''}`,
        `${status} with content-type "${contentType}"`,
      );
    }
    if (request.method === 'HEAD') return null;
    let problem: Record<string, unknown>;
    try {
      problem = JSON.parse(response.body) as Record<string, unknown>;
    } catch {
      return violation(`${status} body not JSON`, `${status} problem body does not parse as JSON`);
    }
    for (const field of ['type', 'title', 'detail']) {
      if (typeof problem?.[field] !== 'string') {
        return violation(`${status} problem without ${field}`, `${status} problem has no string "${field}"`);
      }
    }
    if (problem.status !== status) {
      return violation(
        `${status} problem status ${String(problem.status)}`,
        `problem status ${String(problem.status)} ≠ HTTP ${status}`,
      );
    }
    return null;
  }
  if (
    status >= 200 &&
    status < 300 &&
    contentType.includes('json') &&
    response.body !== '' &&
    request.method !== 'HEAD'
  ) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(response.body);
    } catch {
      return violation(
        `${status} JSON body does not parse`,
        `${status} declares JSON but the body does not parse`,
      );
    }
    const schema = operation?.responses[String(status)]?.['application/json'];
    const mismatches = schema ? schemaMismatches(parsed, schema) : [];
    if (mismatches.length) {
      const where = mismatches[0].replace(/\[\d+\]/g, '[]').replace(/:.*/, '');
      return violation(
        `${status} off-schema at ${where}`,
        `${status} body departs from its schema: ${mismatches.join('; ')}`,
      );
    }
  }
  return null;
}

/** Shell quoting: '…' for printable ASCII, else $'…' with escapes (NUL and lone surrogates included). */
function shellQuote(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return `'${text.replace(/'/g, `'\\''`)}'`;
  const escaped = [...text]
    .map((char) => {
      const code = char.codePointAt(0)!;
      if (char === '\\' || char === "'") return `\\${char}`;
      if (code >= 0x20 && code < 0x7f) return char;
      if (code < 0x80) return `\\x${code.toString(16).padStart(2, '0')}`;
      return code > 0xffff
        ? `\\U${code.toString(16).padStart(8, '0')}`
        : `\\u${code.toString(16).padStart(4, '0')}`;
    })
    .join('');
  return `$'${escaped}'`;
}

/** A curl line that replays the request against a running server (`$BASE` is its origin; long values cut). */
export function curlLine(request: FuzzRequest): string {
  const show = (text: string) => (text.length > 300 ? `${text.slice(0, 300)}…(${text.length} chars)` : text);
  const parts = ['curl', '-i', '-X', request.method, `"$BASE"${shellQuote(show(request.url))}`];
  for (const [name, value] of Object.entries(request.headers))
    parts.push('-H', shellQuote(`${name}: ${show(value)}`));
  if (request.body !== undefined) parts.push('--data-binary', shellQuote(show(request.body)));
  const line = parts.join(' ');
  return request.copies ? `${line}  # sent ${request.copies} times at once` : line;
}

/** The marked values (marker + its distinct part, found even in a truncated copy) in some texts. */
function marks(texts: string[]): Set<string> {
  const found = new Set<string>();
  const pattern = new RegExp(`${MARKER}[a-z0-9]{${MARK_LENGTH}}`, 'g');
  for (const text of texts) for (const match of text.matchAll(pattern)) found.add(match[0]);
  return found;
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text; // deliberately malformed: search for it as sent
  }
}

/**
 * The marked values a request carries: in its URL path (logged by design, as `url`), and everywhere else
 * (query, headers, body: never to be logged).
 */
export function markedValues(request: FuzzRequest): { inPath: Set<string>; elsewhere: Set<string> } {
  const at = request.url.indexOf('?');
  const path = at < 0 ? request.url : request.url.slice(0, at);
  const query = at < 0 ? '' : request.url.slice(at + 1);
  return {
    inPath: marks([path, decoded(path)]),
    elsewhere: marks([query, decoded(query), request.body ?? '', ...Object.values(request.headers)]),
  };
}
