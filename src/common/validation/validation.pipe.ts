import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { ValidationProblem } from '../problem/problem.exception.js';
import { findControlCharacter } from './control-characters.js';
import { validationExceptionFactory } from './validation-exception.factory.js';

/**
 * class-validator, plus two checks it cannot make: no control characters in any string of a body,
 * query or path parameter (named by field), and a body that is a JSON object where a DTO is expected (Nest's
 * pipe turned `null` into `{}`, which made `POST /populate` with `null` queue every ticker).
 */
class StrictValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'body' && metadata.type !== 'query' && metadata.type !== 'param') {
      return super.transform(value, metadata);
    }
    if (metadata.type === 'body' && value !== undefined && !isObject(value) && isDto(metadata.metatype)) {
      throw new ValidationProblem([{ field: 'body', message: 'body must be a JSON object' }]);
    }
    const found = findControlCharacter(value, metadata.type === 'param' ? (metadata.data ?? '') : '');
    if (found) throw new ValidationProblem([found]);
    return super.transform(value, metadata);
  }
}

const isObject = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isDto = (metatype: ArgumentMetadata['metatype']): boolean =>
  typeof metatype === 'function' && ![Object, String, Number, Boolean, Array].includes(metatype as never);

/** Strict input: unknown fields are errors, payloads become DTO instances, every error names its field. */
export function createValidationPipe(): ValidationPipe {
  return new StrictValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: validationExceptionFactory,
  });
}
