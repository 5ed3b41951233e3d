import { randomUUID } from 'node:crypto';
import { JobClaimsRepository } from '../../src/jobs/job-claims.repository.js';
import { createTestDataSource, type TestDataSource } from '../support/test-data-source.js';

describe('JobClaimsRepository (job_claims: which instance runs which queue job attempt)', () => {
  let db: TestDataSource;
  let claims: JobClaimsRepository;
  beforeAll(async () => {
    db = await createTestDataSource();
    claims = new JobClaimsRepository(db.dataSource);
  });
  afterAll(() => db.close());

  const byAttempt = (a: { attempt: number }, b: { attempt: number }) => a.attempt - b.attempt;

  it('hands an instance back exactly the claims it left, once, and leaves the others', async () => {
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    await claims.claim('one', 'queue-x', [
      { id: a, retryCount: 0 },
      { id: b, retryCount: 2 },
    ]);
    await claims.claim('two', 'queue-x', [{ id: c, retryCount: 1 }]);
    expect((await claims.takeAll('one')).sort(byAttempt)).toEqual([
      { jobId: a, queue: 'queue-x', attempt: 0 },
      { jobId: b, queue: 'queue-x', attempt: 2 },
    ]);
    expect(await claims.takeAll('one')).toEqual([]);
    expect(await claims.takeAll('two')).toEqual([{ jobId: c, queue: 'queue-x', attempt: 1 }]);
  });

  it('a newer claim of the same job by another instance wins; releasing only drops one’s own', async () => {
    const job = randomUUID();
    await claims.claim('one', 'queue-y', [{ id: job, retryCount: 0 }]);
    await claims.claim('two', 'queue-y', [{ id: job, retryCount: 1 }]);
    await claims.release('one', [job]);
    expect(await claims.takeAll('one')).toEqual([]);
    await claims.release('two', []);
    expect(await claims.takeAll('two')).toEqual([{ jobId: job, queue: 'queue-y', attempt: 1 }]);
  });

  it('drops claims older than a day, whoever left them', async () => {
    const stale = randomUUID();
    await claims.claim('gone', 'queue-z', [{ id: stale, retryCount: 0 }]);
    await db.dataSource.query(
      `UPDATE job_claims SET claimed_at = now() - interval '25 hours' WHERE job_id = $1`,
      [stale],
    );
    await claims.takeAll('someone-else');
    expect(await claims.takeAll('gone')).toEqual([]);
  });
});
