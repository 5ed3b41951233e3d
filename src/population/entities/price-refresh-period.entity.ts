import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per scheduled refresh occurrence served: the key that makes a firing run once per period. */
@Entity({ name: 'price_refresh_periods' })
export class PriceRefreshPeriod {
  /** The cron occurrence (the scheduled instant) the refresh ran for. */
  @PrimaryColumn({ type: 'timestamptz' })
  period!: Date;

  /** The refresh job that served it (an already running identical job, when there was one). */
  @Column({ type: 'uuid' })
  jobId!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
