import type { RunningPostgres } from '../../src/database/embedded-postgres.js';

/** Stops the run's embedded PostgreSQL once (every tier that needs it names this teardown). */
export default async function globalTeardown(): Promise<void> {
  const holder = globalThis as { __TEST_PG__?: RunningPostgres };
  const server = holder.__TEST_PG__;
  holder.__TEST_PG__ = undefined;
  await server?.stop();
}
