import { Check, Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A ticker the service knows; created on demand when a portfolio first names it. */
@Entity({ name: 'stocks' })
@Check('CHK_stocks_bar_count', '"bar_count" >= 0')
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

  /**
   * The stored bars' coverage, kept by the bar writers in the transaction that writes the bars (the stocks
   * list reads it instead of counting every bar).
   */
  @Column({ type: 'date', nullable: true })
  firstBarDate!: string | null;

  @Column({ type: 'date', nullable: true })
  lastBarDate!: string | null;

  @Column({ type: 'integer', default: 0 })
  barCount!: number;

  /** When name and exchange were last asked of the provider (asked once per ticker). */
  @Column({ type: 'timestamptz', nullable: true })
  detailsFetchedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
