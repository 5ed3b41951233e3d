import {
  QueryFailedError,
  QueryRunnerAlreadyReleasedError,
  QueryRunnerProviderAlreadyReleasedError,
} from 'typeorm';
import { classifyDatabaseError } from './database-failure.js';

const withCode = (code: string, message = 'boom') => Object.assign(new Error(message), { code });

describe('classifyDatabaseError', () => {
  it.each([
    [withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:55432'), 'ECONNREFUSED'],
    [withCode('ECONNRESET'), 'ECONNRESET'],
    [withCode('08006'), '08006'],
    [withCode('57P01', 'terminating connection due to administrator command'), '57P01'],
    [withCode('57P03', 'the database system is starting up'), '57P03'],
    [withCode('53300', 'sorry, too many clients already'), '53300'],
    [withCode('3D000', 'database "x" does not exist'), '3D000'],
    [new Error('Connection terminated unexpectedly'), 'connection-terminated'],
    [new Error('Query read timeout'), 'query-timeout'],
    [new Error('timeout exceeded when trying to connect'), 'pool-timeout'],
    [new Error('Connection terminated due to connection timeout'), 'connect-timeout'],
    [new Error('Client has encountered a connection error and is not queryable'), 'connection-lost'],
    [new QueryRunnerAlreadyReleasedError(), 'connection-lost'],
    [new QueryRunnerProviderAlreadyReleasedError(), 'connection-lost'],
  ])('%s → unreachable (%s)', (error, code) => {
    expect(classifyDatabaseError(error)).toEqual({ kind: 'unreachable', code });
  });

  it.each([
    [withCode('57014', 'canceling statement due to statement timeout'), '57014'],
    [withCode('55P03', 'canceling statement due to lock timeout'), '55P03'],
  ])('%s → timeout (%s): the server answered by cancelling', (error, code) => {
    expect(classifyDatabaseError(error)).toEqual({ kind: 'timeout', code });
  });

  it("looks through TypeORM's QueryFailedError to the driver's error", () => {
    const wrapped = new QueryFailedError('SELECT 1', [], new Error('Query read timeout'));
    expect(classifyDatabaseError(wrapped)).toEqual({ kind: 'unreachable', code: 'query-timeout' });
  });

  it.each([
    ['a unique violation', withCode('23505')],
    ['a syntax error', withCode('42601')],
    ['a plain error', new Error('something else')],
    ['an axios socket error (Polygon, not the database)', { isAxiosError: true, code: 'ECONNREFUSED' }],
    ['a string', 'ECONNREFUSED'],
    ['null', null],
  ])('%s is not a database availability error', (_, error) => {
    expect(classifyDatabaseError(error)).toBeUndefined();
  });
});
