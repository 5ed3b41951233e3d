import { mapErrorToProblem } from './problem-mapper.js';

const pg = (fields: Record<string, unknown>) => ({
  driverError: fields,
  query: 'INSERT …',
  parameters: ['x'],
});

describe('mapErrorToProblem: Postgres errors from input', () => {
  it('a unique violation is a 409 naming the columns, never the value', () => {
    const { problem, unexpected } = mapErrorToProblem(
      pg({ code: '23505', detail: 'Key (email)=(ada@example.com) already exists.' }),
    );
    expect(unexpected).toBe(false);
    expect(problem).toMatchObject({ status: 409, type: '/problems/conflict' });
    expect(problem.detail).toContain('email');
    expect(problem.detail).not.toContain('ada@example.com');
  });

  it('a not-null violation is a 400 naming the column', () => {
    const { problem } = mapErrorToProblem(pg({ code: '23502', column: 'name' }));
    expect(problem).toMatchObject({
      status: 400,
      errors: [{ field: 'name', message: 'name must not be null' }],
    });
  });

  it.each(['22021', '22003', '22P02', '22001'])('a data exception (%s) is a 400', (code) => {
    const { problem, unexpected } = mapErrorToProblem(pg({ code, message: 'value "secret" is bad' }));
    expect(unexpected).toBe(false);
    expect(problem.status).toBe(400);
    expect(problem.detail).not.toContain('secret');
  });

  it('other database errors stay unexpected 500s', () => {
    expect(mapErrorToProblem(pg({ code: '42703' }))).toMatchObject({
      unexpected: true,
      problem: { status: 500 },
    });
  });
});

describe("mapErrorToProblem: Fastify's router errors", () => {
  it.each([
    ['FST_ERR_BAD_URL', 400, '/problems/bad-url'],
    ['FST_ERR_MAX_PARAM_LENGTH', 414, '/problems/uri-too-long'],
  ])('%s → %i', (code, status, type) => {
    const error = Object.assign(new Error("'/x/%zz' is not a valid url component"), {
      code,
      statusCode: status,
    });
    const { problem } = mapErrorToProblem(error);
    expect(problem).toMatchObject({ status, type });
    expect(problem.detail).not.toContain('%zz');
  });
});
