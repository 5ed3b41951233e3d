import { DatabaseOutage } from './database-outage.js';

const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
const readTimeout = new Error('Query read timeout');
const statementTimeout = Object.assign(new Error('canceling statement'), { code: '57014' });
const uniqueViolation = Object.assign(new Error('duplicate key'), { code: '23505' });

function tracker() {
  const lines: string[] = [];
  let now = 1_000;
  const outage = new DatabaseOutage(
    { warn: (m) => lines.push(`warn ${m}`), log: (m) => lines.push(`info ${m}`) },
    () => now,
  );
  return { outage, lines, advance: (ms: number) => (now += ms) };
}

describe('DatabaseOutage', () => {
  it('logs one line when the database goes down and one when it answers again, whatever the traffic', () => {
    const { outage, lines, advance } = tracker();
    for (let i = 0; i < 50; i++)
      expect(outage.failed(i % 2 ? refused : readTimeout, outage.begin())).toBe(true);
    expect(outage.isDown()).toBe(true);
    advance(4_000);
    for (let i = 0; i < 50; i++) outage.succeeded(outage.begin());
    expect(outage.isDown()).toBe(false);
    expect(lines).toEqual([
      'warn Database unavailable (query-timeout); requests get 503 until it answers again',
      'info Database reachable again after 4000 ms (outage began with query-timeout)',
    ]);
    expect(lines.join('\n')).not.toContain('127.0.0.1');
  });

  it('ignores the outcome of calls that began before the last change (stragglers)', () => {
    const { outage, lines } = tracker();
    const beforeOutage = outage.begin();
    outage.failed(refused, outage.begin());
    outage.succeeded(beforeOutage); // answered just before the outage, settled after it: still down
    expect(outage.isDown()).toBe(true);
    const duringOutage = outage.begin();
    outage.succeeded(outage.begin());
    outage.failed(readTimeout, duringOutage); // sent into the outage, timed out after the recovery
    expect(outage.isDown()).toBe(false);
    expect(lines).toHaveLength(2);
  });

  it('a failure without a token (pg-boss, an idle connection) opens an outage only when nothing succeeded lately', () => {
    const { outage, lines, advance } = tracker();
    outage.succeeded(outage.begin());
    advance(500);
    expect(outage.failed(refused)).toBe(true); // a straggler of an earlier outage: no new one
    expect(outage.isDown()).toBe(false);
    advance(2_000);
    outage.failed(refused); // nothing has answered for 2.5 s: down
    expect(outage.isDown()).toBe(true);
    expect(lines).toEqual([
      'warn Database unavailable (ECONNREFUSED); requests get 503 until it answers again',
    ]);
  });

  it('a statement or lock timeout is an availability error but no outage: the server answered', () => {
    const { outage, lines } = tracker();
    expect(outage.failed(statementTimeout, outage.begin())).toBe(true);
    expect(outage.isDown()).toBe(false);
    outage.failed(refused, outage.begin());
    outage.failed(statementTimeout, outage.begin());
    expect(outage.isDown()).toBe(false);
    expect(lines).toHaveLength(2);
  });

  it('an SQL error is an answer (ends an outage); an error without a SQLSTATE says nothing', () => {
    const { outage } = tracker();
    outage.failed(refused, outage.begin());
    expect(outage.failed(new Error('not a database error'), outage.begin())).toBe(false);
    expect(outage.isDown()).toBe(true);
    expect(outage.failed(uniqueViolation, outage.begin())).toBe(false);
    expect(outage.isDown()).toBe(false);
  });
});
