/** What job code reports to metrics; bound to the Prometheus MetricsService by the app module. */
export const JOB_METRICS = Symbol('JOB_METRICS');

export type JobOutcome = 'succeeded' | 'partially_succeeded' | 'failed' | 'cancelled';

export interface JobMetrics {
  jobFinished(type: string, outcome: JobOutcome, durationSeconds: number): void;
  barsUpserted(count: number): void;
}
