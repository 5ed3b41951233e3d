import type { RunningPostgres } from '../../src/database/embedded-postgres.js';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __TEST_PG__?: RunningPostgres }).__TEST_PG__?.stop();
}
