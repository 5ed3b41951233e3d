import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import {
  deepJson,
  encodeText,
  HOSTILE_PATH_SEGMENTS,
  hostileJsonValue,
  hostileText,
  MALFORMED_JSON_BODIES,
  markedString,
  SHRINK_ACROSS,
} from './hostile-values.js';
import { idKind, type Operation, type Parameter } from './openapi-operations.js';
import { type FuzzContext, fuzzValue, hostileDate, hostileValue, validValue } from './schema-arbitraries.js';

/** One HTTP request, exactly as sent (the URL already encoded, or deliberately mis-encoded). */
export interface FuzzRequest {
  /** The operation it was generated for (`GET /api/v1/customers/{id}`), or `off-spec`. */
  operation: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** How many identical copies are sent at once (races: unique keys, replaced holdings, deletions). */
  copies?: number;
}

/** The credentials a request may carry; the spec fills them in after seeding. */
export interface Credentials {
  admin: string;
  read: string;
  customer: string;
}

const uuid = (): fc.Arbitrary<string> => fc.uuid().map((id) => id);

/** Authorization headers: mostly valid keys, sometimes none, malformed, or unknown. */
function authorization(operation: Operation, credentials: Credentials): fc.Arbitrary<string | undefined> {
  const bad = fc.oneof(
    SHRINK_ACROSS,
    fc.constant(undefined),
    fc.constantFrom(
      'Bearer',
      'Bearer ',
      'Basic YWRtaW46eA==',
      `bearer ${credentials.admin}`,
      `Bearer  ${credentials.admin}`,
    ),
    fc.constant(`Bearer pr_${'A'.repeat(43)}`),
    markedString().map((text) => `Bearer ${text}`),
    fc.constant(`Bearer ${'x'.repeat(10_000)}`),
  );
  // Mostly the admin key, so that most requests pass the guard and reach validation and deeper.
  const good = fc.oneof(
    SHRINK_ACROSS,
    { weight: 8, arbitrary: fc.constant(`Bearer ${credentials.admin}`) },
    { weight: 1, arbitrary: fc.constant(`Bearer ${credentials.read}`) },
    { weight: 1, arbitrary: fc.constant(`Bearer ${credentials.customer}`) },
  );
  return operation.secured
    ? fc.oneof(SHRINK_ACROSS, { weight: 8, arbitrary: good }, { weight: 1, arbitrary: bad })
    : fc.oneof(
        SHRINK_ACROSS,
        { weight: 4, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: good },
        { weight: 1, arbitrary: bad },
      );
}

function known(context: FuzzContext, method: string, kind: string): string[] {
  return context.pools[`${method} ${kind}`] ?? context.pools[kind] ?? [];
}

/** A path segment: a seeded id, a valid-looking value, an unknown uuid, hostile text, or a raw malformed segment. */
function pathValue(operation: Operation, parameter: Parameter, context: FuzzContext): fc.Arbitrary<string> {
  const ids = known(context, operation.method, idKind(operation.path, parameter.name));
  const encoded = (arbitrary: fc.Arbitrary<unknown>) => arbitrary.map((value) => encodeText(String(value)));
  return fc.oneof(
    SHRINK_ACROSS,
    {
      weight: ids.length ? 12 : 0,
      arbitrary: fc.constantFrom(...(ids.length ? ids : ['-'])).map(encodeText),
    },
    { weight: 2, arbitrary: encoded(validValue(parameter.schema, context, parameter.name)) },
    { weight: 2, arbitrary: uuid() },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_PATH_SEGMENTS) },
    { weight: 1, arbitrary: encoded(hostileText()) },
  );
}

/** A query or header value as text: valid, hostile, or raw malformed percent-encoding. */
function textValue(parameter: Parameter, context: FuzzContext): fc.Arbitrary<string> {
  const asText = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));
  const dates = parameter.schema.format === 'date';
  return fc.oneof(
    SHRINK_ACROSS,
    { weight: 4, arbitrary: validValue(parameter.schema, context, parameter.name).map(asText) },
    {
      weight: 2,
      arbitrary: (dates ? hostileDate(context) : hostileValue(parameter.schema, context)).map(asText),
    },
  );
}

function queryString(operation: Operation, context: FuzzContext): fc.Arbitrary<string> {
  const parameters = operation.parameters.filter((p) => p.in === 'query');
  const pairs = parameters.map((parameter) => {
    const value = textValue(parameter, context).map((text) => `${parameter.name}=${encodeText(text)}`);
    return parameter.required
      ? fc.oneof(SHRINK_ACROSS, { weight: 12, arbitrary: value }, { weight: 1, arbitrary: fc.constant('') })
      : fc.option(value, { nil: '', freq: 2 });
  });
  const extras = fc.oneof(
    SHRINK_ACROSS,
    { weight: 10, arbitrary: fc.constant('') },
    // The same parameter twice (Fastify then hands over an array), raw bad encodings, prototype keys.
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(...(parameters.length ? parameters : [{ name: 'x' }]))
        .map((p) => `${p.name}=1&${p.name}=2`),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '%',
        '%ZZ=1',
        'a=%',
        '__proto__[x]=1',
        'constructor=1',
        'a[b]=1',
        '&&&',
        '=',
        'a=1=2',
      ),
    },
    { weight: 1, arbitrary: markedString().map((text) => `${text}=${text}`) },
  );
  return fc
    .tuple(fc.tuple(...pairs), extras)
    .map(([values, extra]) => [...values, extra].filter(Boolean).join('&'));
}

interface Body {
  contentType?: string;
  body?: string;
  contentLength?: string;
}

/** A CSV document with the documented header, from rows generated for the JSON variant of the same body. */
function csvOf(rows: unknown): string {
  const list = Array.isArray(rows) ? rows : [rows];
  const header = 'date,open,high,low,close,volume';
  const cell = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value ?? ''));
  const lines = list.map((row) =>
    row && typeof row === 'object'
      ? ['date', 'open', 'high', 'low', 'close', 'volume']
          .map((k) => cell((row as Record<string, unknown>)[k]))
          .join(',')
      : cell(row),
  );
  return [header, ...lines].join('\n') + '\n';
}

function schemaBody(operation: Operation, context: FuzzContext): fc.Arbitrary<Body> {
  const contents = Object.entries(operation.body?.contents ?? {});
  return fc.oneof(
    SHRINK_ACROSS,
    ...contents.map(([type, schema]) => {
      // A body documented as "CSV text or an array of row objects": rows are what get fuzzed.
      const rowSchema = schema.oneOf?.find((option) => option.type === 'array') ?? schema;
      return fuzzValue(rowSchema, context).map((value) => ({
        contentType: type,
        body: type === 'text/csv' ? csvOf(value) : JSON.stringify(value),
      }));
    }),
  );
}

const WRONG_CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'application/xml',
  'multipart/form-data; boundary=x',
  'text/csv',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'APPLICATION/JSON',
  'application/jsonx',
  'application/*',
  '*/*',
  ';',
];

/** Whole-body attacks: malformed JSON, deep nesting, wrong content types, missing or oversized bodies. */
function hostileBody(operation: Operation, context: FuzzContext): fc.Arbitrary<Body> {
  const valid = operation.body ? schemaBody(operation, context).map((b) => b.body) : fc.constant('{}');
  return fc.oneof(
    SHRINK_ACROSS,
    fc.constantFrom(...MALFORMED_JSON_BODIES).map((body) => ({ contentType: 'application/json', body })),
    fc
      .tuple(
        fc.constantFrom(64, 1_000, 5_000, 20_000),
        fc.constantFrom<'array' | 'object'>('array', 'object'),
      )
      .map(([depth, kind]) => ({ contentType: 'application/json', body: deepJson(depth, kind) })),
    fc
      .tuple(fc.constantFrom(...WRONG_CONTENT_TYPES), valid)
      .map(([contentType, body]) => ({ contentType, body })),
    fc.constant<Body>({}),
    fc.constant<Body>({ contentType: 'application/json' }),
    valid.map((body) => ({ body })),
    fc.constant<Body>({ contentType: 'application/json', body: `[${'"x",'.repeat(300_000)}"x"]` }),
    fc
      .tuple(valid, fc.constantFrom('0', '1', '999999', '-1', 'abc'))
      .map(([body, contentLength]) => ({ contentType: 'application/json', body, contentLength })),
    hostileJsonValue().map((value) => ({ contentType: 'application/json', body: JSON.stringify(value) })),
  );
}

function body(operation: Operation, context: FuzzContext): fc.Arbitrary<Body> {
  if (operation.body) {
    return fc.oneof(
      SHRINK_ACROSS,
      { weight: 8, arbitrary: schemaBody(operation, context) },
      { weight: 2, arbitrary: hostileBody(operation, context) },
    );
  }
  return fc.oneof(
    SHRINK_ACROSS,
    { weight: 10, arbitrary: fc.constant<Body>({}) },
    { weight: 1, arbitrary: hostileBody(operation, context) },
  );
}

/** X-Request-Id: usually absent; else well-formed or not (never marked: a well-formed one is logged by design). */
const requestId = (): fc.Arbitrary<string | undefined> =>
  fc.oneof(
    SHRINK_ACROSS,
    { weight: 6, arbitrary: fc.constant(undefined) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('req-1', 'a'.repeat(128), 'a'.repeat(129), 'a b', '', '../x', '😀'),
    },
  );

/** Requests for one operation of the document: parameters, headers and body, each valid or hostile. */
export function operationRequests(
  operation: Operation,
  shared: FuzzContext,
  credentials: Credentials,
): fc.Arbitrary<FuzzRequest> {
  // Centuries-wide windows stay off (unless FUZZ_WIDE_WINDOWS) only where a window is computed day by day.
  const windowed = ['start_date', 'end_date'].every((name) =>
    operation.parameters.some((p) => p.in === 'query' && p.name === name && p.required),
  );
  const context = { ...shared, wideWindows: shared.wideWindows || !windowed };
  const pathParameters = operation.parameters.filter((p) => p.in === 'path');
  const headerParameters = operation.parameters.filter((p) => p.in === 'header');
  // The document names some headers twice in different case (cache-control, Cache-Control): send each once.
  const headerNames = [...new Set(headerParameters.map((p) => p.name.toLowerCase()))];
  return fc
    .record({
      path: fc.tuple(...pathParameters.map((p) => pathValue(operation, p, context))),
      query: queryString(operation, context),
      headers: fc.tuple(
        ...headerNames.map((name) =>
          fc.option(
            textValue(
              headerParameters.find((p) => p.name.toLowerCase() === name)!,
              context,
            ),
            { freq: 2 },
          ),
        ),
      ),
      authorization: authorization(operation, credentials),
      requestId: requestId(),
      body: body(operation, context),
      copies: fc.oneof(
        SHRINK_ACROSS,
        { weight: 15, arbitrary: fc.constant(1) },
        { weight: 1, arbitrary: fc.constantFrom(2, 4) },
      ),
      // GET routes answer HEAD too (Fastify adds it); the document does not list it.
      head:
        operation.method === 'GET'
          ? fc.oneof(
              SHRINK_ACROSS,
              { weight: 10, arbitrary: fc.constant(false) },
              { weight: 1, arbitrary: fc.constant(true) },
            )
          : fc.constant(false),
    })
    .map((parts) => {
      let path = operation.path;
      pathParameters.forEach((parameter, i) => (path = path.replace(`{${parameter.name}}`, parts.path[i])));
      const headers: Record<string, string> = {};
      headerNames.forEach((name, i) => {
        const value = parts.headers[i];
        if (value !== null) headers[name] = value;
      });
      if (parts.authorization !== undefined) headers.authorization = parts.authorization;
      if (parts.requestId !== undefined) headers['x-request-id'] = parts.requestId;
      if (parts.body.contentType !== undefined) headers['content-type'] = parts.body.contentType;
      if (parts.body.contentLength !== undefined) headers['content-length'] = parts.body.contentLength;
      return {
        operation: `${operation.method} ${operation.path}`,
        method: parts.head ? 'HEAD' : operation.method,
        url: parts.query ? `${path}?${parts.query}` : path,
        headers,
        body: parts.body.body,
        ...(parts.copies > 1 ? { copies: parts.copies } : {}),
      };
    });
}

/** Requests the document does not describe: undeclared methods on its paths, unknown and malformed URLs. */
export function offSpecRequests(
  operations: Operation[],
  context: FuzzContext,
  credentials: Credentials,
): fc.Arbitrary<FuzzRequest> {
  const paths = [...new Set(operations.map((o) => o.path))];
  const declared = new Set(operations.map((o) => `${o.method} ${o.path}`));
  const fill = (path: string) =>
    path.replace(
      /\{([^}]+)\}/g,
      (_, name: string) => known(context, 'GET', idKind(path, name))[0] ?? randomUUID(),
    );
  const undeclared = fc
    .tuple(
      fc.constantFrom(...paths),
      fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'TRACE', 'PROPFIND'),
    )
    .filter(([path, method]) => !declared.has(`${method} ${path}`))
    .map(([path, method]) => ({ method, url: fill(path) }));
  const malformedUrls = fc.constantFrom(
    '/api/v1/nope',
    '/api/v2/customers',
    '/api/v1/customers/a/b/c/d',
    '//api/v1/customers',
    '/api/v1//customers',
    '/api/v1/customers/',
    '/api/v1/customers?%',
    '/api/v1/customers/%',
    '/api/v1/customers/%E0%A4%A',
    '/api/v1/stocks/%25/prices',
    '/api/v1/%2e%2e/health',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/api/v1/customers#fragment',
    `/api/v1/customers?${'a=1&'.repeat(2_000)}`,
    `/api/v1/${'x'.repeat(20_000)}`,
    `/api/v1/customers/${'%41'.repeat(3_000)}`,
    '/health/live?%',
    '/health/%',
    '/docs/%',
    '/openapi.json/%',
    '/metrics?%',
    '/\u0000',
    '*',
  );
  return fc
    .record({
      target: fc.oneof(
        SHRINK_ACROSS,
        undeclared,
        malformedUrls.map((url) => ({ method: 'GET', url })),
      ),
      authorization: fc.constantFrom(`Bearer ${credentials.admin}`, undefined),
      body: fc.option(hostileJsonValue(), { freq: 3 }),
    })
    .map(({ target, authorization: auth, body: payload }) => {
      const headers: Record<string, string> = {};
      if (auth) headers.authorization = auth;
      const withBody = payload !== null && target.method !== 'GET' && target.method !== 'HEAD';
      if (withBody) headers['content-type'] = 'application/json';
      return {
        operation: 'off-spec',
        method: target.method,
        url: target.url,
        headers,
        body: withBody ? JSON.stringify(payload) : undefined,
      };
    });
}
