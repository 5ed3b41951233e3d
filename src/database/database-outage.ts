import { classifyDatabaseError, type DatabaseFailure } from '../common/database-failure.js';

export interface OutageLog {
  warn(message: string): void;
  log(message: string): void; // info level (Nest's Logger.log)
}

/** How long after the last successful call a failure without a token is taken for a straggler. */
const STRAGGLER_GRACE_MS = 2_000;

/**
 * Whether the database is reachable, told by the outcomes of real calls (queries, connects, health pings,
 * pg-boss's errors), and logged once per change: one warn line when it goes down (with the error code),
 * one info line when it answers again, never one per failed request.
 *
 * Each call takes a token (`begin()`) when it starts; its outcome counts only if no change happened
 * since, so the stragglers of one state (a query sent before the outage that fails after the recovery,
 * or the reverse) cannot flip the state back and forth. Failures reported without a token (pg-boss's
 * errors, an idle pooled connection's) cannot be placed in time: they start an outage only when no call
 * has succeeded for STRAGGLER_GRACE_MS, so a poll that failed during the last outage and is reported
 * after the recovery does not open a new one.
 */
export class DatabaseOutage {
  private generation = 0;
  private downSince?: { code: string; at: number };
  private lastSuccessAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly logger: OutageLog,
    private readonly now: () => number = Date.now,
  ) {}

  isDown(): boolean {
    return this.downSince !== undefined;
  }

  /** A token for a call starting now. */
  begin(): number {
    return this.generation;
  }

  /** The server answered (an SQL error counts: the server is there). */
  succeeded(token: number): void {
    if (token === this.generation) this.lastSuccessAt = this.now();
    if (!this.downSince || token !== this.generation) return;
    const { code, at } = this.downSince;
    this.downSince = undefined;
    this.generation++;
    this.logger.log(`Database reachable again after ${this.now() - at} ms (outage began with ${code})`);
  }

  /**
   * Records a call's failure. Returns true when it was about availability (the caller then need not log
   * it). A statement or lock timeout is such an error but no outage (the server answered), and so is any
   * other error carrying a SQLSTATE; errors of another kind say nothing about the server.
   */
  failed(error: unknown, token?: number): boolean {
    const failure = classifyDatabaseError(error);
    if (!failure || failure.kind === 'timeout') {
      if (hasSqlState(error)) this.succeeded(token ?? this.generation);
      return failure !== undefined;
    }
    if (token !== undefined || this.now() - this.lastSuccessAt >= STRAGGLER_GRACE_MS) {
      this.unreachable(failure, token ?? this.generation);
    }
    return true;
  }

  /** The database could not be reached (or did not answer) on a call that began with `token`. */
  unreachable(failure: DatabaseFailure, token = this.generation): void {
    if (this.downSince || token !== this.generation) return;
    this.downSince = { code: failure.code, at: this.now() };
    this.generation++;
    this.logger.warn(`Database unavailable (${failure.code}); requests get 503 until it answers again`);
  }
}

/** A SQLSTATE (no PostgreSQL class starts with E, unlike Node's socket codes such as EPIPE). */
function hasSqlState(error: unknown): boolean {
  const shape = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = shape?.driverError?.code ?? shape?.code;
  return typeof code === 'string' && /^[0-9A-DF-Z][0-9A-Z]{4}$/.test(code);
}
