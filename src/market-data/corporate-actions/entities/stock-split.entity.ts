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

/** A stock split: from its execution date on, `split_from` shares became `split_to` (ratio k = to / from). */
@Entity({ name: 'stock_splits' })
@Check('CHK_stock_splits_ratio_positive', '"split_from" > 0 AND "split_to" > 0')
export class StockSplit {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  ticker!: string;

  @PrimaryColumn({ type: 'date' })
  executionDate!: string;

  @Column({ type: 'numeric' })
  splitFrom!: string;

  @Column({ type: 'numeric' })
  splitTo!: string;

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
