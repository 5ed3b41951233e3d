import { afterEach, beforeEach } from '@jest/globals';
import pg from 'pg';
import { eventually } from './eventually.js';

/**
 * Resolves once some statement of this database waits for a lock (pg_stat_activity), polled through `sql`:
 * a race test holds a row or table with `sql`, starts the call under test, waits here until it is blocked,
 * then commits its write, so the order is set by locks and never by timing.
 */
export async function untilBlockedOnLock(sql: pg.Client, what: string): Promise<void> {
  await eventually(
    async () =>
      (
        await sql.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE wait_event_type = 'Lock' AND datname = current_database()`,
        )
      ).rows[0].n,
    (waiting: number) => waiting > 0,
    { intervalMs: 10, what },
  );
}

/**
 * A second session for each test of the calling `describe` (connected before it, closed after it), handed
 * to `use`: the session a race test holds its locks and commits its write with.
 */
export function secondSessionPerTest(url: () => string, use: (client: pg.Client) => void): void {
  let client: pg.Client;
  beforeEach(async () => {
    client = new pg.Client({ connectionString: url() });
    await client.connect();
    use(client);
  });
  afterEach(() => client.end());
}
