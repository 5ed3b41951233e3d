import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { PriceJob } from './price-job.entity.js';

export type TickerTaskState = 'queued' | 'running' | 'succeeded' | 'no_data' | 'failed' | 'cancelled';

/** One ticker of a populate job: the range it fetches and how it went. */
@Entity({ name: 'price_job_tickers' })
export class PriceJobTicker {
  @PrimaryColumn({ type: 'uuid' })
  jobId!: string;

  @PrimaryColumn({ type: 'varchar', length: 10 })
  ticker!: string;

  @Column({ type: 'varchar', length: 16 })
  state!: TickerTaskState;

  /** Requested range; null means "decide at run time from what is stored" (incremental). */
  @Column({ type: 'date', nullable: true })
  fromDate!: string | null;

  @Column({ type: 'date', nullable: true })
  toDate!: string | null;

  @Column({ type: 'int', default: 0 })
  bars!: number;

  /** Split rows this ticker's load inserted or changed. */
  @Column({ type: 'int', default: 0 })
  splits!: number;

  /** Cash dividend rows this ticker's load inserted or changed. */
  @Column({ type: 'int', default: 0 })
  dividends!: number;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @ManyToOne(() => PriceJob, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id' })
  job?: Relation<PriceJob>;
}
