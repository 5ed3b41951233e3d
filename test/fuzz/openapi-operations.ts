import { readFileSync } from 'node:fs';

/** A JSON schema as the committed OpenAPI document writes it, with every `$ref` resolved. */
export interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  nullable?: boolean;
  default?: unknown;
  example?: unknown;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  oneOf?: Schema[];
  allOf?: Schema[];
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: Schema;
}

export interface Operation {
  method: string;
  /** The OpenAPI template, e.g. /api/v1/customers/{id}. */
  path: string;
  parameters: Parameter[];
  /** Content type → schema; absent when the operation takes no body. */
  body?: { required: boolean; contents: Record<string, Schema> };
  /** Status → content type → the schema the document declares for that response. */
  responses: Record<string, Record<string, Schema>>;
  secured: boolean;
}

interface RawDocument {
  paths: Record<string, Record<string, RawOperation>>;
  components?: { schemas?: Record<string, unknown> };
  security?: Record<string, unknown>[];
}

interface RawOperation {
  parameters?: { name: string; in: string; required?: boolean; schema?: unknown }[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: unknown }> };
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
  security?: Record<string, unknown>[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

/** Replaces every `{"$ref": "#/components/schemas/X"}` by X itself (the document has no cycles). */
function resolve(node: unknown, document: RawDocument): unknown {
  if (Array.isArray(node)) return node.map((item) => resolve(item, document));
  if (node === null || typeof node !== 'object') return node;
  const ref = (node as { $ref?: unknown }).$ref;
  if (typeof ref === 'string') {
    const name = ref.replace('#/components/schemas/', '');
    return resolve(document.components?.schemas?.[name], document);
  }
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, resolve(value, document)]));
}

/** Every path × method of the committed document, read at run time (it is regenerated after merges). */
export function loadOperations(file = new URL('../../openapi/openapi.json', import.meta.url)): Operation[] {
  const document = JSON.parse(readFileSync(file, 'utf8')) as RawDocument;
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, raw] of Object.entries(item)) {
      if (!METHODS.includes(method)) continue;
      const security = raw.security ?? document.security ?? [];
      operations.push({
        method: method.toUpperCase(),
        path,
        parameters: (raw.parameters ?? [])
          .filter((p) => p.in === 'path' || p.in === 'query' || p.in === 'header')
          .map((p) => ({
            name: p.name,
            in: p.in as Parameter['in'],
            required: p.required === true,
            schema: (resolve(p.schema ?? {}, document) ?? {}) as Schema,
          })),
        body: raw.requestBody && {
          required: raw.requestBody.required === true,
          contents: Object.fromEntries(
            Object.entries(raw.requestBody.content).map(([type, media]) => [
              type,
              (resolve(media.schema ?? {}, document) ?? {}) as Schema,
            ]),
          ),
        },
        responses: Object.fromEntries(
          Object.entries(raw.responses ?? {}).map(([status, response]) => [
            status,
            Object.fromEntries(
              Object.entries(response.content ?? {}).map(([type, media]) => [
                type,
                (resolve(media.schema ?? {}, document) ?? {}) as Schema,
              ]),
            ),
          ]),
        ),
        secured: security.some((requirement) => Object.keys(requirement).length > 0),
      });
    }
  }
  return operations;
}

/** `GET /api/v1/customers/{id}` */
export const operationName = (operation: Pick<Operation, 'method' | 'path'>): string =>
  `${operation.method} ${operation.path}`;

/**
 * The kind of id a path parameter names: the segment before it plus its name, e.g. `customers/{id}`,
 * `transactions/{transaction_id}`, `stocks/{ticker}`; the seeded data set fills a pool per kind.
 */
export function idKind(path: string, parameter: string): string {
  const segments = path.split('/');
  const at = segments.indexOf(`{${parameter}}`);
  return `${segments[at - 1] ?? ''}/{${parameter}}`;
}
