import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import { Stock } from '../../entities/stock.entity.js';

/** A cash dividend per real share held at the close before its ex-date (as Polygon reports it: never split-adjusted). */
@Entity({ name: 'cash_dividends' })
@Check('CHK_cash_dividends_amount_not_negative', '"cash_amount" >= 0')
export class CashDividend {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  ticker!: string;

  @PrimaryColumn({ type: 'date' })
  exDividendDate!: string;

  @Column({ type: 'date', nullable: true })
  payDate!: string | null;

  @Column({ type: 'date', nullable: true })
  recordDate!: string | null;

  @Column({ type: 'numeric' })
  cashAmount!: string;

  /** ISO 4217; null where the source gives none (older Polygon items: USD). */
  @Column({ type: 'varchar', length: 3, nullable: true })
  currency!: string | null;

  /** CD regular, SC special, LT/ST capital gains; null when absent. */
  @Column({ type: 'varchar', length: 8, nullable: true })
  dividendType!: string | null;

  /** 'polygon' or 'import'. */
  @Column({ type: 'varchar', length: 16 })
  source!: string;

  @ManyToOne(() => Stock, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticker' })
  stock?: Relation<Stock>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** Written by every upsert that changes the row. */
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
