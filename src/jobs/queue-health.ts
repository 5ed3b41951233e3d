/** What health checks need to know about the job queue, without depending on pg-boss. */
export const QUEUE_HEALTH = Symbol('QUEUE_HEALTH');

export interface QueueHealth {
  /** True while the queue is started and its workers poll. */
  isRunning(): boolean;
}
