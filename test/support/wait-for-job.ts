import type TestAgent from 'supertest/lib/agent.js';
import { eventually } from './eventually.js';

/** The job resource as the API returns it (loosely typed: tests assert its fields). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JobBody = Record<string, any>;

const FINAL = ['succeeded', 'partially_succeeded', 'failed', 'cancelled'];

/** Polls GET /api/v1/jobs/{id} until the job reaches a final state (or one of `states`). */
export async function waitForJob(
  http: () => TestAgent,
  id: string,
  states: string[] = FINAL,
  timeoutMs = 30_000,
): Promise<JobBody> {
  return eventually(
    async () => (await http().get(`/api/v1/jobs/${id}`).expect(200)).body as JobBody,
    (job) => states.includes(job.state),
    { timeoutMs, what: `job ${id} in ${states.join('|')}` },
  );
}
