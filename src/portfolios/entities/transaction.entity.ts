import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import { Portfolio } from './portfolio.entity.js';

export type TransactionType = 'BUY' | 'SELL';

@Entity({ name: 'transactions' })
@Index('IDX_transactions_portfolio_date', ['portfolioId', 'tradeDate'])
@Check('CHK_transactions_quantity_positive', '"quantity" > 0')
@Check('CHK_transactions_price_positive', '"price" IS NULL OR "price" > 0')
@Check('CHK_transactions_type', `"type" IN ('BUY', 'SELL')`)
@Check('CHK_transactions_fee_not_negative', '"fee" >= 0')
export class Transaction {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  portfolioId!: string;

  @Column({ type: 'varchar', length: 10 })
  ticker!: string;

  @Column({ type: 'varchar', length: 4 })
  type!: TransactionType;

  @Column({ type: 'numeric', precision: 28, scale: 8 })
  quantity!: string;

  @Column({ type: 'date' })
  tradeDate!: string;

  /** Execution price per share; null means "at that day's close". */
  @Column({ type: 'numeric', nullable: true })
  price!: string | null;

  /** Money paid for the trade (a BUY costs q·p + fee, a SELL yields q·p − fee). */
  @Column({ type: 'numeric', precision: 28, scale: 8, default: 0 })
  fee!: string;

  @ManyToOne(() => Portfolio, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'portfolio_id' })
  portfolio?: Relation<Portfolio>;

  @ManyToOne('Stock', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'ticker' })
  stock?: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
