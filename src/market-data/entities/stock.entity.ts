import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A ticker the service knows; created on demand when a portfolio first names it. */
@Entity({ name: 'stocks' })
export class Stock {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  ticker!: string;

  @Column({ type: 'varchar', length: 255, nullable: true })
  name!: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  exchange!: string | null;

  /** When the whole stored range was last fetched; a split after it forces a full re-fetch. */
  @Column({ type: 'timestamptz', nullable: true })
  fullFetchAt!: Date | null;

  /** Bumped whenever this ticker's stored bars change: readers cache price series by it. */
  @Column({ type: 'timestamptz', nullable: true })
  pricesUpdatedAt!: Date | null;

  /** When name and exchange were last asked of the provider (asked once per ticker). */
  @Column({ type: 'timestamptz', nullable: true })
  detailsFetchedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
