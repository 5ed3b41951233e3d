import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One of a limiter's `limit` chains (PgRateLimiter): the instant last reserved on it. Reservations on
 * one chain are more than a window apart, so `limit` chains allow at most `limit` in any window.
 */
@Entity({ name: 'rate_limit_slots' })
@Index('IDX_rate_limit_slots_next', ['name', 'at'])
export class RateLimitSlot {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  name!: string;

  @PrimaryColumn({ type: 'int' })
  slot!: number;

  @Column({ type: 'timestamptz' })
  at!: Date;

  /** Reservations taken on this chain, ever (for operators and tests). */
  @Column({ type: 'bigint', default: 0 })
  taken!: string;
}
