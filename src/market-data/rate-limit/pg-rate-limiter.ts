import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import { abortableSleep } from '../providers/abortable-sleep.js';
import type { RateLimiter } from '../providers/outbound-rate-limiter.js';

export interface PgRateLimiterOptions {
  /** The window the limit counts in; Polygon's is a minute. */
  windowMs?: number;
  /**
   * Extra spacing per chain: covers the time from a reserved instant to the request leaving (timer
   * lateness, the HTTP client's own work). A caller that wakes later than half of it reserves again
   * (not with 0, which counts reserved instants only).
   */
  marginMs?: number;
}

/**
 * At most `limit` requests in ANY window of `windowMs` (sliding, closed), for every worker of every
 * instance that shares the database.
 *
 * The limit is `limit` chains (rows of rate_limit_slots). acquire() takes the chain that frees first
 * and reserves on it the instant max(now, last + window + margin), by the database clock, in one
 * statement: the row lock serialises the takers of a chain and an UPDATE always computes from the
 * chain's latest committed value, so two instances can never both take one instant. Reservations on a
 * chain are thus at least window + margin apart, and any interval shorter than that holds at most one
 * reservation per chain: at most `limit` in all.
 *
 * What is counted is the reserved instant; acquire() returns after it, and the request leaves after
 * that. Guarantee: if every request leaves less than `marginMs` after its reserved instant, the
 * departures of any closed window of `windowMs` are at most `limit` (their reservations all lie in an
 * interval of length < window + margin). acquire() itself checks the half it can see: a caller woken
 * more than margin / 2 late (a stalled event loop) gives its reservation up, unused, and reserves again.
 * Giving up hands the chain back (its previous instant restored, when nobody reserved after it), so a
 * loaded machine does not burn a chain's whole window on every late wake-up.
 */
interface Reservation {
  slot: number;
  /** The reserved instant and the chain's instant before it, as Postgres text (exact to the microsecond). */
  at: string;
  previous: string;
  waitMs: number;
}

export class PgRateLimiter implements RateLimiter {
  private readonly windowMs: number;
  private readonly marginMs: number;
  private chainsReady?: Promise<void>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly name: string,
    private readonly limit: number,
    options: PgRateLimiterOptions = {},
  ) {
    if (!Number.isInteger(limit) || limit < 0) throw new RangeError('limit must be an integer >= 0');
    this.windowMs = options.windowMs ?? 60_000;
    this.marginMs = options.marginMs ?? 1_000;
  }

  async acquire(signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    if (this.limit === 0) return;
    this.chainsReady ??= this.createChains().catch((error: unknown) => {
      this.chainsReady = undefined;
      throw error;
    });
    await this.chainsReady;
    for (;;) {
      const reservation = await this.reserve();
      // The reserved instant on this process's monotonic clock, as late as it can be: the statement
      // ran before its answer arrived, so lateness measured from here is never overstated by much.
      const reservedAt = performance.now() + reservation.waitMs;
      await abortableSleep(reservation.waitMs, signal);
      if (this.marginMs === 0 || performance.now() - reservedAt <= this.marginMs / 2) return;
      await this.release(reservation);
    }
  }

  /** Restores a chain's previous instant if this unused reservation is still its latest (compare-and-set). */
  private async release({ slot, at, previous }: Reservation): Promise<void> {
    await this.dataSource.query(
      `UPDATE rate_limit_slots SET at = $4::timestamptz, taken = taken - 1
        WHERE name = $1 AND slot = $2 AND at = $3::timestamptz`,
      [this.name, slot, at, previous],
    );
  }

  /** `limit` chains for this name, idle since forever; chains beyond a lowered limit are left unused. */
  private async createChains(): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO rate_limit_slots (name, slot, at)
       SELECT $1, s, '-infinity' FROM generate_series(0, $2 - 1) AS s
       ON CONFLICT (name, slot) DO NOTHING`,
      [this.name, this.limit],
    );
  }

  /** Reserves an instant on the chain that frees first: which chain, the instant, and how long until it. */
  private async reserve(): Promise<Reservation> {
    const spacing = this.windowMs + this.marginMs;
    // Another caller holding the earliest chain is skipped, not waited for; when every chain is held
    // at once, the second form waits for the earliest one.
    for (const lock of ['FOR UPDATE SKIP LOCKED', 'FOR UPDATE']) {
      const [rows] = await this.dataSource.query(
        `WITH chain AS (
           SELECT slot, at AS previous FROM rate_limit_slots WHERE name = $1 AND slot < $2
            ORDER BY at, slot LIMIT 1 ${lock}
         )
         UPDATE rate_limit_slots r
            SET at = GREATEST(clock_timestamp(), r.at + make_interval(secs => $3 / 1000.0)),
                taken = r.taken + 1
           FROM chain WHERE r.name = $1 AND r.slot = chain.slot
         RETURNING r.slot, r.at::text AS at, chain.previous::text AS previous,
                   GREATEST(0, EXTRACT(EPOCH FROM (r.at - clock_timestamp())) * 1000)::float8 AS wait_ms`,
        [this.name, this.limit, spacing],
      );
      if (rows.length > 0) {
        const [row] = rows as { slot: number; at: string; previous: string; wait_ms: number }[];
        return { slot: row.slot, at: row.at, previous: row.previous, waitMs: Number(row.wait_ms) };
      }
    }
    throw new Error(`Rate limiter "${this.name}" has no chains`);
  }
}
