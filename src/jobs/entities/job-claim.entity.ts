import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Which instance is running which queue job attempt, so that an instance restarted after a crash can
 * give its own unfinished attempts back to the queue at once instead of waiting for their heartbeats
 * to lapse.
 */
@Entity({ name: 'job_claims' })
@Index('IDX_job_claims_instance', ['instanceId'])
export class JobClaim {
  /** pg-boss job id. */
  @PrimaryColumn({ type: 'uuid' })
  jobId!: string;

  @Column({ type: 'varchar', length: 64 })
  queue!: string;

  /** The job's retry count when this instance fetched it: identifies the attempt. */
  @Column({ type: 'int' })
  attempt!: number;

  @Column({ type: 'varchar', length: 128 })
  instanceId!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  claimedAt!: Date;
}
