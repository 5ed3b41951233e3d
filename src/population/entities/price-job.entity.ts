import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export type PriceJobState =
  'queued' | 'running' | 'succeeded' | 'partially_succeeded' | 'failed' | 'cancelled';

/** A populate request and its overall state; its tickers are in price_job_tickers. */
@Entity({ name: 'price_jobs' })
@Index('IDX_price_jobs_active_dedupe', ['dedupeKey'], {
  unique: true,
  where: `"state" IN ('queued', 'running')`,
})
@Index('IDX_price_jobs_created', ['createdAt'])
export class PriceJob {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'varchar', length: 32 })
  type!: string;

  @Column({ type: 'varchar', length: 24 })
  state!: PriceJobState;

  /** Identical requests share a key; while one is queued or running, a repeat returns it. */
  @Column({ type: 'varchar', length: 64 })
  dedupeKey!: string;

  @Column({ type: 'jsonb' })
  request!: Record<string, unknown>;

  @Column({ type: 'int' })
  tickersTotal!: number;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
