import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { Report } from './report.entity.js';

export type ReportPartState = 'queued' | 'running' | 'succeeded' | 'failed';

/** One chunk of a report: the customers one queue job computes, and how far it got. */
@Entity({ name: 'report_parts' })
export class ReportPart {
  @PrimaryColumn({ type: 'uuid' })
  reportId!: string;

  /** 0-based, in customer id order. */
  @PrimaryColumn({ type: 'int' })
  part!: number;

  @Column({ type: 'varchar', length: 16 })
  state!: ReportPartState;

  /** The part's customers, fixed when the report was requested. */
  @Column({ type: 'uuid', array: true })
  customerIds!: string[];

  /** Customers with a stored line (figures or a per-customer error). */
  @Column({ type: 'int', default: 0 })
  customersDone!: number;

  /** Of those, the lines that carry an error instead of figures (e.g. missing prices). */
  @Column({ type: 'int', default: 0 })
  customersFailed!: number;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @ManyToOne(() => Report, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  report?: Relation<Report>;
}
