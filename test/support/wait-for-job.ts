import type TestAgent from 'supertest/lib/agent.js';

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
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await http().get(`/api/v1/jobs/${id}`).expect(200);
    if (states.includes(res.body.state)) return res.body;
    if (Date.now() > deadline) throw new Error(`Job ${id} still ${res.body.state} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
