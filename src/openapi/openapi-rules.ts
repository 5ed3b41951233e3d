/**
 * House rules for the OpenAPI document, beyond Redocly's recommended set: what breaks Swagger UI's
 * "Try it out" or misleads its reader. Pure: a document in, the list of violations out.
 *
 * - every parameter has a concrete scalar or array `type` (an empty-object schema makes Swagger UI
 *   demand JSON and never send the request);
 * - no two header parameters of an operation, nor two headers of a response, differ only in case
 *   (HTTP header names are case-insensitive, so one of them can never be sent or told apart);
 * - every problem+json error response has its own example, whose `status` is the response's code.
 */
type Json = Record<string, unknown>;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const CONCRETE_TYPES = new Set(['string', 'integer', 'number', 'boolean', 'array']);
const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Follows local `#/…` references (and a single-element allOf wrapping one). */
function resolve(document: Json, value: unknown, seen = new Set<string>()): Json | undefined {
  if (!isObject(value)) return undefined;
  const ref = value.$ref;
  if (typeof ref === 'string') {
    if (!ref.startsWith('#/') || seen.has(ref)) return undefined;
    seen.add(ref);
    const target = ref
      .slice(2)
      .split('/')
      .reduce<unknown>(
        (node, key) => (isObject(node) ? node[key.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined),
        document,
      );
    return resolve(document, target, seen);
  }
  if (Array.isArray(value.allOf) && value.allOf.length === 1 && value.type === undefined) {
    return resolve(document, value.allOf[0], seen);
  }
  return value;
}

function parameterTypeViolation(document: Json, where: string, parameter: Json): string | undefined {
  const schema = resolve(document, parameter.schema);
  if (!schema) return `${where}: parameter "${String(parameter.name)}" has no schema`;
  const type = schema.type;
  const types = Array.isArray(type) ? type.filter((t) => t !== 'null') : [type];
  if (types.length !== 1 || !CONCRETE_TYPES.has(String(types[0]))) {
    return `${where}: parameter "${String(parameter.name)}" (in ${String(parameter.in)}) has no concrete type (got ${JSON.stringify(type ?? null)})`;
  }
  return undefined;
}

function caseDuplicates(names: string[]): string[] {
  const byLower = new Map<string, string[]>();
  for (const name of names)
    byLower.set(name.toLowerCase(), [...(byLower.get(name.toLowerCase()) ?? []), name]);
  return [...byLower.values()].filter((group) => group.length > 1).map((group) => group.join('" and "'));
}

function responseViolations(document: Json, where: string, status: string, response: Json): string[] {
  const violations: string[] = [];
  const headers = isObject(response.headers) ? Object.keys(response.headers) : [];
  for (const group of caseDuplicates(headers)) {
    violations.push(`${where} ${status}: response headers "${group}" differ only in case`);
  }
  const code = Number(status);
  const media = isObject(response.content) ? response.content[PROBLEM_CONTENT_TYPE] : undefined;
  if (code >= 400 && isObject(media)) {
    const example = isObject(media.example) ? media.example : undefined;
    if (!example) violations.push(`${where} ${status}: the problem response has no example of its own`);
    else if (example.status !== code) {
      violations.push(`${where} ${status}: the problem example says status ${String(example.status)}`);
    }
  }
  return violations;
}

/** Every violation of the rules above, one line each naming the operation; empty when the document passes. */
export function openApiRuleViolations(document: Json): string[] {
  const violations: string[] = [];
  const paths = isObject(document.paths) ? document.paths : {};
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = resolve(document, rawItem) ?? {};
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const where = `${method.toUpperCase()} ${path}`;
      const own = Array.isArray(operation.parameters) ? operation.parameters : [];
      const parameters = [...shared, ...own]
        .map((parameter) => resolve(document, parameter))
        .filter((parameter): parameter is Json => parameter !== undefined);
      for (const parameter of parameters) {
        const violation = parameterTypeViolation(document, where, parameter);
        if (violation) violations.push(violation);
      }
      const headerNames = parameters.filter((p) => p.in === 'header').map((p) => String(p.name));
      for (const group of caseDuplicates(headerNames)) {
        violations.push(`${where}: header parameters "${group}" differ only in case`);
      }
      const responses = isObject(operation.responses) ? operation.responses : {};
      for (const [status, rawResponse] of Object.entries(responses)) {
        const response = resolve(document, rawResponse);
        if (response) violations.push(...responseViolations(document, where, status, response));
      }
    }
  }
  return violations;
}
