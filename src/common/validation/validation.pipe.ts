import { ValidationPipe } from '@nestjs/common';
import { validationExceptionFactory } from './validation-exception.factory.js';

/** Strict input: unknown fields are errors, payloads become DTO instances, every error names its field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: validationExceptionFactory,
  });
}
