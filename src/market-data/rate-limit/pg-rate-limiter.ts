import type { DataSource } from 'typeorm';
import { abortableSleep } from '../providers/abortable-sleep.js';

/**
 * A request-spacing limiter shared by every worker of every instance: each caller reserves the next free
 * slot in one atomic upsert (the row lock serialises callers) and sleeps until it. Slots are spaced
 * 60 s / requestsPerMinute apart by the database clock, so the rate holds across the whole deployment.
 */
export class PgRateLimiter {
  private readonly intervalMs: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly name: string,
    requestsPerMinute: number,
  ) {
    this.intervalMs = requestsPerMinute > 0 ? 60_000 / requestsPerMinute : 0;
  }

  async acquire(signal?: AbortSignal): Promise<void> {
    if (this.intervalMs === 0) return;
    const [row] = await this.dataSource.query(
      `INSERT INTO rate_limits (name, next_at)
       VALUES ($1, clock_timestamp() + make_interval(secs => $2 / 1000.0))
       ON CONFLICT (name) DO UPDATE
         SET next_at = GREATEST(rate_limits.next_at, clock_timestamp()) + make_interval(secs => $2 / 1000.0)
       RETURNING GREATEST(0, EXTRACT(EPOCH FROM (next_at - clock_timestamp())) * 1000 - $2) AS wait_ms`,
      [this.name, this.intervalMs],
    );
    await abortableSleep(Number(row.wait_ms), signal);
  }
}
