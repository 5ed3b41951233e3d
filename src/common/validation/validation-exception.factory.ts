import type { ValidationError } from 'class-validator';
import type { FieldError } from '../problem/problem-details.js';
import { ValidationProblem } from '../problem/problem.exception.js';

/** Flattens class-validator's error tree into `errors[]` with dotted field paths (stocks[0].quantity). */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = /^\d+$/.test(error.property)
      ? `${parent}[${error.property}]`
      : parent
        ? `${parent}.${error.property}`
        : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: message.startsWith('property ') ? `${field} is not an allowed field` : message,
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

export function validationExceptionFactory(errors: ValidationError[]): ValidationProblem {
  return new ValidationProblem(flattenValidationErrors(errors));
}
