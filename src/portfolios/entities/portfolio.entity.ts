import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  OneToMany,
  OneToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import { Customer } from '../../customers/entities/customer.entity.js';
import { Holding } from './holding.entity.js';

@Entity({ name: 'portfolios' })
export class Portfolio {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  customerId!: string;

  @OneToOne(() => Customer, (customer) => customer.portfolio, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  customer?: Relation<Customer>;

  @OneToMany(() => Holding, (holding) => holding.portfolio)
  holdings?: Relation<Holding>[];

  /** Bumped by every change to the holdings or transactions: returns are cached by it. */
  @Column({ type: 'int', default: 0 })
  ledgerVersion!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
