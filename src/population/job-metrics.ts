/** What job code reports to metrics; bound to the Prometheus MetricsService by MetricsModule. */
export const JOB_METRICS = Symbol('JOB_METRICS');

/** Final states of a job (metrics start a zero series for each). */
export const JOB_OUTCOMES = ['succeeded', 'partially_succeeded', 'failed', 'cancelled'] as const;
export type JobOutcome = (typeof JOB_OUTCOMES)[number];

export interface JobMetrics {
  jobFinished(type: string, outcome: JobOutcome, durationSeconds: number): void;
  barsUpserted(count: number): void;
}
