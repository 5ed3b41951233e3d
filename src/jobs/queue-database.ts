import type { ConstructorOptions } from 'pg-boss';

/** How the queue reaches the database; provided by the app module, so jobs/ never imports database/. */
export const QUEUE_DATABASE = Symbol('QUEUE_DATABASE');

export interface QueueDatabase {
  connectionString: string;
  /** The same TLS as the app's pool, CA bundle included (RDS forces SSL). */
  ssl: ConstructorOptions['ssl'];
  /** True when the error is part of a database outage that is already logged once (not per polling cycle). */
  isOutage(error: Error): boolean;
}
