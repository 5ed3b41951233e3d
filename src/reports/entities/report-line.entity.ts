import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { Report } from './report.entity.js';

/**
 * One customer's result in a report, stored as its chunk completes and streamed by customer id when
 * downloaded. No foreign key to customers: the report keeps a customer deleted after it ran.
 */
@Entity({ name: 'report_lines' })
export class ReportLine {
  @PrimaryColumn({ type: 'uuid' })
  reportId!: string;

  @PrimaryColumn({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'int' })
  part!: number;

  /** The customer's figures and holdings (or its error) as JSON text, numbers as /returns gives them. */
  @Column({ type: 'text' })
  body!: string;

  @ManyToOne(() => Report, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  report?: Relation<Report>;
}
