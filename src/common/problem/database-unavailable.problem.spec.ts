import { QueryFailedError } from 'typeorm';
import { mapErrorToProblem } from './problem-mapper.js';

describe('database unavailable → 503 problem', () => {
  it.each([
    [
      'a refused connection',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:55432'), { code: 'ECONNREFUSED' }),
    ],
    ['a client-side query timeout', new QueryFailedError('SELECT 1', [], new Error('Query read timeout'))],
    ['a pool acquire timeout', new Error('timeout exceeded when trying to connect')],
    ['an admin shutdown', Object.assign(new Error('terminating connection'), { code: '57P01' })],
  ])('%s is a 503 with Retry-After that names no address', (_, error) => {
    const { problem, headers, unexpected } = mapErrorToProblem(error);
    expect(problem).toEqual({
      type: '/problems/service-unavailable',
      title: 'Service unavailable',
      status: 503,
      detail: 'The database is unavailable; retry later',
    });
    expect(headers).toEqual({ 'retry-after': '5' });
    expect(unexpected).toBe(false);
  });

  it('a statement timeout says the database did not answer in time', () => {
    const error = new QueryFailedError(
      'SELECT pg_sleep(60)',
      [],
      Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }),
    );
    expect(mapErrorToProblem(error).problem).toMatchObject({
      status: 503,
      detail: 'The database did not answer in time; retry later',
    });
  });

  it('other database errors keep their mapping (a unique violation is still a 409)', () => {
    const error = new QueryFailedError(
      'INSERT',
      [],
      Object.assign(new Error('duplicate'), { code: '23505', detail: 'Key (x)=(1) already exists.' }),
    );
    expect(mapErrorToProblem(error).problem.status).toBe(409);
  });
});
