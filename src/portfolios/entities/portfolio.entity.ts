import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A customer's portfolio: the ledger's root row (one per customer). */
@Entity({ name: 'portfolios' })
export class Portfolio {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  customerId!: string;

  /** Declared on this, the owning side only, by entity name: portfolios do not import customers. */
  @OneToOne('Customer', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  customer?: unknown;

  /** Bumped by every change to the holdings or transactions: returns are cached by it. */
  @Column({ type: 'int', default: 0 })
  ledgerVersion!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** Written by every ledger change (with ledger_version). */
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
