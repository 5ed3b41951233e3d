import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export type ReportState = 'queued' | 'running' | 'succeeded' | 'failed';

/** A report over every customer, split into parts (report_parts) that any instance's worker computes. */
@Entity({ name: 'reports' })
export class Report {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** What the report computes ('returns'). */
  @Column({ type: 'varchar', length: 32 })
  type!: string;

  @Column({ type: 'varchar', length: 16 })
  state!: ReportState;

  /** The normalized request (window, benchmark, accounting options). */
  @Column({ type: 'jsonb' })
  request!: Record<string, unknown>;

  /** Customers that existed when the report was requested (each part lists its own). */
  @Column({ type: 'int' })
  customersTotal!: number;

  @Column({ type: 'int' })
  partsTotal!: number;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
