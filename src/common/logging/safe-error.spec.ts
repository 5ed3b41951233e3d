import { QueryFailedError } from 'typeorm';
import { safeError, serializeError, stripQuotedValues } from './safe-error.js';

/** A pg DatabaseError as the driver builds it (severity, code, detail, table, constraint). */
function pgError(fields: Record<string, unknown>): Error {
  return Object.assign(new Error(String(fields.message)), { severity: 'ERROR', ...fields });
}

describe('safeError', () => {
  it('keeps class, SQLSTATE and identifiers of a QueryFailedError; drops SQL, parameters and detail', () => {
    const driver = pgError({
      message: 'new row for relation "customers" violates check constraint "name_check"',
      code: '23514',
      detail: 'Failing row contains (1, Ada Lovelace, 12 St James Square, ada@example.com).',
      table: 'customers',
      constraint: 'name_check',
    });
    const error = new QueryFailedError(
      'INSERT INTO customers (name, address, email) VALUES ($1, $2, $3)',
      ['Ada Lovelace', '12 St James Square', 'ada@example.com'],
      driver,
    );
    const safe = safeError(error);
    expect(safe).toMatchObject({
      type: 'QueryFailedError',
      sqlstate: '23514',
      table: 'customers',
      constraint: 'name_check',
    });
    const text = JSON.stringify(safe);
    expect(text).not.toMatch(/Ada Lovelace|St James|example\.com|INSERT/);
    expect(safe.stack).toMatch(/^QueryFailedError: .*\n\s+at /);
  });

  it('strips quoted values and key details from messages', () => {
    expect(stripQuotedValues('invalid input syntax for type uuid: "ada@example.com"')).toBe(
      'invalid input syntax for type uuid: "…"',
    );
    expect(stripQuotedValues('Key (email)=(ada@example.com) already exists')).toBe(
      'Key (email)=(…) already exists',
    );
    expect(stripQuotedValues('line\nbreak\u0000')).toBe('line break ');
  });

  it('does not take a Node system error code for a SQLSTATE', () => {
    const error = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
    expect(safeError(error)).toMatchObject({ type: 'Error', code: 'EPIPE' });
    expect(safeError(error).sqlstate).toBeUndefined();
  });

  it('as a pino serializer, passes non-errors through', () => {
    expect(serializeError({ a: 1 })).toEqual({ a: 1 });
    expect(serializeError(new TypeError('x'))).toMatchObject({ type: 'TypeError', message: 'x' });
  });
});
