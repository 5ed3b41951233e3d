import { classifyDatabaseError } from '../database-failure.js';
import { type MappedProblem, problemType } from './problem-details.js';

/** What a client is told to wait before retrying when the database is unreachable or too slow. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/**
 * A database that cannot be reached, or did not answer in time, is a 503 with Retry-After, not a 500:
 * the request was fine and may succeed shortly. The body names no host, port or driver message. Not
 * logged here: the database's outage tracker logs each outage once.
 */
export function mapDatabaseUnavailable(error: unknown): MappedProblem | undefined {
  const failure = classifyDatabaseError(error);
  if (!failure) return undefined;
  return {
    problem: {
      type: problemType('service-unavailable'),
      title: 'Service unavailable',
      status: 503,
      detail:
        failure.kind === 'timeout'
          ? 'The database did not answer in time; retry later'
          : 'The database is unavailable; retry later',
    },
    headers: { 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) },
    unexpected: false,
  };
}
