import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { Stock } from './stock.entity.js';

/**
 * Every stored close of one ticker, packed: rewritten from stock_prices in the transaction of each write
 * that changes its bars, so a cold read costs one row per ticker instead of one per bar.
 */
@Entity({ name: 'stock_close_series' })
export class StockCloseSeries {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  ticker!: string;

  /** The bars' dates, ascending, comma-joined ISO dates. */
  @Column({ type: 'text' })
  dates!: string;

  /** The closes in the same order, comma-joined numeric text, exact as stored. */
  @Column({ type: 'text' })
  closes!: string;

  @OneToOne(() => Stock, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticker' })
  stock?: Relation<Stock>;
}
