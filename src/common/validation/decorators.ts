import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { Matches, registerDecorator, ValidationArguments } from 'class-validator';
import { plainDecimal } from '../decimal/plain-decimal.js';
import { isCalendarDate } from '../time/calendar-date.js';
import { ANY_CONTROL } from './control-characters.js';

export const TICKER_PATTERN = /^[A-Z][A-Z0-9.-]{0,9}$/;
const DECIMAL_8 = /^\d{1,20}(\.\d{1,8})?$/;
const DECIMAL_ANY = /^\d{1,20}(\.\d{1,20})?$/;

const upperTrim = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toUpperCase() : value;

/** A ticker: trimmed, upper-cased, then `^[A-Z][A-Z0-9.-]{0,9}$` (BRK.B is valid). */
export function IsTicker(): PropertyDecorator {
  return applyDecorators(
    Transform(upperTrim),
    Matches(TICKER_PATTERN, {
      message: ({ property }) =>
        `${property} must be a ticker of 1-10 characters: A-Z first, then A-Z, 0-9, '.' or '-'`,
    }) as PropertyDecorator,
  );
}

export function UpperCase(): PropertyDecorator {
  return Transform(upperTrim);
}

/** Numbers become decimal strings so that the value stays exact from the request to Postgres. */
const toDecimalString = ({ value }: { value: unknown }) =>
  typeof value === 'number' && Number.isFinite(value) ? plainDecimal(value) : value;

function positiveDecimal(pattern: RegExp, describe: string, allowZero = false): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    Transform(toDecimalString)(target, propertyName);
    registerDecorator({
      name: 'isPositiveDecimal',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && pattern.test(value) && (allowZero || /[1-9]/.test(value)),
        defaultMessage: (args?: ValidationArguments) => `${args?.property} must be ${describe}`,
      },
    });
  };
}

/** A quantity: a number or decimal string, > 0, with at most 8 decimals. */
export const IsQuantity = (): PropertyDecorator =>
  positiveDecimal(
    DECIMAL_8,
    'a number greater than 0 with at most 8 decimals (a number or a decimal string)',
  );

/** A fee: money, a number or decimal string, >= 0, with at most 8 decimals. */
export const IsFee = (): PropertyDecorator =>
  positiveDecimal(
    DECIMAL_8,
    'a number of 0 or more with at most 8 decimals (a number or a decimal string)',
    true,
  );

/** A price: a number or decimal string, > 0 (never rounded). */
export const IsPrice = (): PropertyDecorator =>
  positiveDecimal(DECIMAL_ANY, 'a number greater than 0 (a number or a decimal string)');

/** A real calendar date written YYYY-MM-DD (2024-02-30 is rejected), on or after `min` when given. */
export function IsCalendarDate(options: { min?: string } = {}): PropertyDecorator {
  const { min } = options;
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && isCalendarDate(value) && (min === undefined || value >= min),
        defaultMessage: (args?: ValidationArguments) =>
          min === undefined
            ? `${args?.property} must be a real date in YYYY-MM-DD form`
            : `${args?.property} must be a real date in YYYY-MM-DD form, on or after ${min}`,
      },
    });
}

/** This date may not come after the date in `other` (checked only when both are real dates). */
export function NotAfter(other: string): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'notAfter',
      target: target.constructor,
      propertyName: propertyName as string,
      constraints: [other],
      validator: {
        validate: (value: unknown, args?: ValidationArguments) => {
          const limit = (args?.object as Record<string, unknown>)[other];
          if (typeof value !== 'string' || typeof limit !== 'string') return true;
          if (!isCalendarDate(value) || !isCalendarDate(limit)) return true;
          return value <= limit;
        },
        defaultMessage: (args?: ValidationArguments) => `${args?.property} must not be after ${other}`,
      },
    });
}

/**
 * Free text: a string of 1..max characters that is not only whitespace. Single-line text (names)
 * takes no control characters at all; multi-line text may hold tab, line feed and carriage return
 * (the validation pipe refuses the other control characters in every string).
 */
export function IsText(options: { max: number; multiline?: boolean }): PropertyDecorator {
  const { max, multiline = false } = options;
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isText',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' &&
          value.trim().length > 0 &&
          value.length <= max &&
          (multiline || !ANY_CONTROL.test(value)),
        defaultMessage: (args?: ValidationArguments) => {
          const value = args?.value;
          const property = args?.property;
          if (typeof value !== 'string') return `${property} must be a string`;
          if (value.trim().length === 0) return `${property} must not be empty or only whitespace`;
          if (value.length > max) return `${property} must be at most ${max} characters`;
          return `${property} must be a single line without control characters`;
        },
      },
    });
}

/**
 * An integer query parameter within [min, max]: only plain digits are numbers ("1e20", "0x10",
 * " 5" are not), and the bounds keep it inside what Postgres takes for OFFSET/LIMIT.
 */
export function IsQueryInt(min: number, max: number): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : value,
    )(target, propertyName);
    registerDecorator({
      name: 'isQueryInt',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (value: unknown) =>
          typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max,
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property} must be an integer from ${min} to ${max}`,
      },
    });
  };
}

/** Rejects arrays where two items share a key (e.g. the same ticker twice). */
export function UniqueBy<T>(key: (item: T) => unknown, what: string): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'uniqueBy',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (value: unknown) => {
          if (!Array.isArray(value)) return true;
          const keys = value.map((item: T) => key(item));
          return new Set(keys).size === keys.length;
        },
        defaultMessage: (args?: ValidationArguments) => {
          const keys = (args?.value as T[]).map((item) => key(item));
          const duplicates = [...new Set(keys.filter((k, i) => keys.indexOf(k) !== i))];
          return `${args?.property} must not repeat a ${what}: ${duplicates.join(', ')} appears more than once`;
        },
      },
    });
}
