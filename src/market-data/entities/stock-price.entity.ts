import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { Stock } from './stock.entity.js';

/** One daily bar. Prices and volume are exact numerics, never rounded. */
@Entity({ name: 'stock_prices' })
export class StockPrice {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  ticker!: string;

  /** The trading date in America/New_York. */
  @PrimaryColumn({ type: 'date' })
  date!: string;

  @Column({ type: 'numeric' })
  open!: string;

  @Column({ type: 'numeric' })
  high!: string;

  @Column({ type: 'numeric' })
  low!: string;

  @Column({ type: 'numeric' })
  close!: string;

  @Column({ type: 'numeric' })
  volume!: string;

  @Column({ type: 'numeric', nullable: true })
  vwap!: string | null;

  @Column({ type: 'bigint', nullable: true })
  trades!: string | null;

  /** Split-adjusted as of fetched_at (Polygon adjusted=true), or as traded. */
  @Column({ type: 'boolean' })
  adjusted!: boolean;

  /** 'polygon' or 'import'. */
  @Column({ type: 'varchar', length: 16 })
  source!: string;

  /** The writing transaction's start (writers leave it to this default). */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  fetchedAt!: Date;

  @ManyToOne(() => Stock, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticker' })
  stock?: Relation<Stock>;
}
