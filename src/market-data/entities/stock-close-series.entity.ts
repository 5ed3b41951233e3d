import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { Stock } from './stock.entity.js';

/**
 * Every stored close of one ticker, packed, so a cold read costs one row per ticker instead of one per bar.
 * Tagged with the price version it was packed at: a row whose version is not the ticker's current one
 * (bars written by a path that does not pack, or a corporate action that bumped the version) is repacked
 * by the next read, so a stale row is never served.
 */
@Entity({ name: 'stock_close_series' })
export class StockCloseSeries {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  ticker!: string;

  /** The bars' dates, ascending, comma-joined ISO dates. */
  @Column({ type: 'text' })
  dates!: string;

  /** md5 of `dates`: one key per calendar, so that a read sends the dates of a calendar once. */
  @Column({ type: 'text' })
  calendar!: string;

  /** The closes in the same order, comma-joined numeric text, exact as stored. */
  @Column({ type: 'text' })
  closes!: string;

  /** `stocks.prices_updated_at` as text when packed ('' when it was null). */
  @Column({ type: 'text' })
  version!: string;

  @OneToOne(() => Stock, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticker' })
  stock?: Relation<Stock>;
}
