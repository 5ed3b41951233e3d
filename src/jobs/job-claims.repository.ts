import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface ClaimedAttempt {
  jobId: string;
  queue: string;
  /** The job's retry count when it was fetched. */
  attempt: number;
}

/** Owns `job_claims`: which instance runs which queue job attempt right now. */
@Injectable()
export class JobClaimsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async claim(
    instanceId: string,
    queue: string,
    attempts: { id: string; retryCount: number }[],
  ): Promise<void> {
    if (attempts.length === 0) return;
    await this.dataSource.query(
      `INSERT INTO job_claims (job_id, queue, attempt, instance_id)
       SELECT t.id, $1, t.attempt, $2 FROM unnest($3::uuid[], $4::int[]) AS t(id, attempt)
       ON CONFLICT (job_id) DO UPDATE
         SET queue = EXCLUDED.queue, attempt = EXCLUDED.attempt, instance_id = EXCLUDED.instance_id,
             claimed_at = now()`,
      [queue, instanceId, attempts.map((a) => a.id), attempts.map((a) => a.retryCount)],
    );
  }

  /** Drops this instance's claims on these jobs (settled); another instance's newer claim stays. */
  async release(instanceId: string, jobIds: string[]): Promise<void> {
    if (jobIds.length === 0) return;
    await this.dataSource.query(
      `DELETE FROM job_claims WHERE instance_id = $1 AND job_id = ANY($2::uuid[])`,
      [instanceId, jobIds],
    );
  }

  /**
   * Takes every claim this instance left behind: they are a previous life's, handed back once. Also
   * drops any instance's claims older than a day (no job runs that long; an instance that never came
   * back under its id leaves them, and its jobs were retried when their heartbeats lapsed).
   */
  async takeAll(instanceId: string): Promise<ClaimedAttempt[]> {
    await this.dataSource.query(`DELETE FROM job_claims WHERE claimed_at < now() - interval '1 day'`);
    // For DELETE, TypeORM's query() answers [rows, affectedCount].
    const [rows] = await this.dataSource.query(
      `DELETE FROM job_claims WHERE instance_id = $1 RETURNING job_id AS "jobId", queue, attempt`,
      [instanceId],
    );
    return rows;
  }
}
