import type { Type } from '@nestjs/common';
import build from 'fast-json-stringify';
import { dtoJsonSchema } from './dto-json-schema.js';

/**
 * A function that writes a response DTO as JSON text, exactly as JSON.stringify would, but compiled from
 * the DTO's schema (fast-json-stringify: several times faster on a large response of numbers). A value
 * the schema cannot write exactly (NaN, a missing required property, a value of another type) makes the
 * compiled function throw: that value is written by JSON.stringify instead. Properties the DTO does not
 * declare are left out, so the value must have exactly the DTO's properties, in its order.
 */
export function compileDtoSerializer<T>(dto: Type<T>): (value: T) => string {
  const compiled = build(dtoJsonSchema(dto) as build.AnySchema) as (value: T) => string;
  return (value) => {
    try {
      return compiled(value);
    } catch {
      return JSON.stringify(value);
    }
  };
}
