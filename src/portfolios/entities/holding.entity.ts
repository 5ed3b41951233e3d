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
import { Portfolio } from './portfolio.entity.js';

/** An opening position: what the portfolio held before any recorded transaction. */
@Entity({ name: 'holdings' })
@Check('CHK_holdings_quantity_positive', '"quantity" > 0')
export class Holding {
  @PrimaryColumn({ type: 'uuid' })
  portfolioId!: string;

  @PrimaryColumn({ type: 'varchar', length: 10 })
  ticker!: string;

  /** Decimal string: exact, up to 8 decimals. */
  @Column({ type: 'numeric', precision: 28, scale: 8 })
  quantity!: string;

  /** The date on which `quantity` real shares were held (their split basis and cost date). */
  @Column({ type: 'date' })
  asOf!: string;

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
