import type { Schema } from './openapi-operations.js';

/**
 * Where a JSON value departs from a response schema of the document (first few places, as JSON paths);
 * empty when it conforms. Checks type, nullable, required, enum, items and properties; formats only `uuid`.
 */
export function schemaMismatches(value: unknown, schema: Schema, path = '$', found: string[] = []): string[] {
  if (found.length >= 3) return found;
  if (value === null && schema.nullable) return found;
  if (schema.oneOf?.length) {
    if (!schema.oneOf.some((option) => schemaMismatches(value, option, path).length === 0)) {
      found.push(`${path}: matches no oneOf option`);
    }
    return found;
  }
  if (schema.allOf?.length) {
    const { allOf, ...rest } = schema;
    for (const part of [rest, ...allOf]) schemaMismatches(value, part, path, found);
    return found;
  }
  if (value === null) {
    if (!schema.nullable && schema.type !== undefined) found.push(`${path}: null, not ${schema.type}`);
    return found;
  }
  if (schema.enum?.length && !schema.enum.includes(value))
    found.push(`${path}: ${JSON.stringify(value)} not in enum`);
  const kind = Array.isArray(value) ? 'array' : typeof value;
  switch (schema.type) {
    case 'integer':
      if (!Number.isInteger(value)) found.push(`${path}: ${JSON.stringify(value)}, not an integer`);
      break;
    case 'number':
      if (kind !== 'number') found.push(`${path}: ${kind}, not a number`);
      break;
    case 'string':
      if (kind !== 'string') found.push(`${path}: ${kind}, not a string`);
      else if (schema.format === 'uuid' && !/^[0-9a-f-]{36}$/i.test(value as string)) {
        found.push(`${path}: ${JSON.stringify(value)}, not a uuid`);
      }
      break;
    case 'boolean':
      if (kind !== 'boolean') found.push(`${path}: ${kind}, not a boolean`);
      break;
    case 'array':
      if (kind !== 'array') found.push(`${path}: ${kind}, not an array`);
      else if (schema.items) {
        (value as unknown[]).forEach((item, i) =>
          schemaMismatches(item, schema.items!, `${path}[${i}]`, found),
        );
      }
      break;
    case 'object':
      if (kind !== 'object') found.push(`${path}: ${kind}, not an object`);
      break;
  }
  if (schema.properties && kind === 'object') {
    const object = value as Record<string, unknown>;
    for (const name of schema.required ?? []) {
      if (!(name in object)) found.push(`${path}.${name}: missing`);
    }
    for (const [name, property] of Object.entries(schema.properties)) {
      if (name in object) schemaMismatches(object[name], property, `${path}.${name}`, found);
    }
  }
  return found;
}
