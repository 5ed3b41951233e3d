import type { Type } from '@nestjs/common';
import { DECORATORS } from '@nestjs/swagger';

/**
 * A JSON Schema that fast-json-stringify compiles into a serializer: only what shapes the output (types,
 * property order, the leading required properties). Every value may also be null: for a type without `null`, fast-json-stringify
 * would print a null as 0, "" or {}, where JSON.stringify prints null.
 */
export type SerializerSchema =
  | { type: ['string' | 'number' | 'boolean', 'null'] }
  | { type: ['array', 'null']; items: SerializerSchema }
  | { type: ['object', 'null']; properties: Record<string, SerializerSchema>; required: string[] };

/** What @ApiProperty stores per property (the fields that matter here). */
interface PropertyMetadata {
  type?: unknown;
  isArray?: boolean;
  required?: boolean;
  [option: string]: unknown;
}

/** Options that describe a shape this builder does not map: the DTO gets no compiled serializer. */
const UNSUPPORTED = ['items', 'properties', 'additionalProperties', 'allOf', 'oneOf', 'anyOf', 'not'];

const SCALARS = new Map<unknown, 'string' | 'number' | 'boolean'>([
  [String, 'string'],
  [Number, 'number'],
  [Boolean, 'boolean'],
  ['string', 'string'],
  ['number', 'number'],
  // An integer prints as any number does; fast-json-stringify would round a non-integer.
  ['integer', 'number'],
  ['boolean', 'boolean'],
]);

/**
 * The serializer schema of a response DTO, read from its @ApiProperty metadata (the OpenAPI document's
 * source): properties in declaration order (a parent class's first), which is the order they are written
 * in. Throws, naming the property, for a type it cannot describe exactly.
 */
export function dtoJsonSchema(dto: Type<unknown>): SerializerSchema {
  const names = propertyNames(dto);
  if (names === undefined) throw new Error(`${dto.name} has no @ApiProperty`);
  const properties: Record<string, SerializerSchema> = {};
  const required: string[] = [];
  for (const name of names) {
    const metadata = Reflect.getMetadata(
      DECORATORS.API_MODEL_PROPERTIES,
      dto.prototype,
      name,
    ) as PropertyMetadata;
    properties[name] = propertySchema(metadata, `${dto.name}.${name}`);
    // fast-json-stringify writes required properties before the others: only those declared before the
    // first optional one are marked so. An absent property is left out either way, as JSON.stringify does.
    if (metadata.required !== false && required.length === Object.keys(properties).length - 1)
      required.push(name);
  }
  return { type: ['object', 'null'], properties, required };
}

function propertyNames(dto: Type<unknown>): string[] | undefined {
  const keys = Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES_ARRAY, dto.prototype) as
    string[] | undefined;
  return keys?.map((key) => key.slice(1));
}

function propertySchema(metadata: PropertyMetadata, where: string): SerializerSchema {
  const unsupported = UNSUPPORTED.find((option) => metadata[option] !== undefined);
  if (unsupported !== undefined) throw new Error(`${where}: ${unsupported} is not supported`);
  const item = itemSchema(metadata.type, where);
  return metadata.isArray ? { type: ['array', 'null'], items: item } : item;
}

function itemSchema(type: unknown, where: string): SerializerSchema {
  const scalar = SCALARS.get(type);
  if (scalar) return { type: [scalar, 'null'] };
  if (typeof type === 'function') {
    const dto = type as Type<unknown>;
    // A class with its own @ApiProperty metadata; otherwise a thunk (`type: () => Dto`) that returns one.
    if (dto.prototype === undefined) return itemSchema((type as () => unknown)(), where);
    if (propertyNames(dto) !== undefined) return dtoJsonSchema(dto);
  }
  throw new Error(`${where}: type ${String(type)} is not supported`);
}
