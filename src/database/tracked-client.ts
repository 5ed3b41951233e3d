import pg from 'pg';
import type { DatabaseOutage } from './database-outage.js';

type Callback = (error?: Error | null, ...rest: unknown[]) => void;
type Method = (this: pg.Client, ...args: unknown[]) => unknown;

/**
 * The pool's Client class (pg-pool's `Client` option): reports every connect and query outcome to the
 * outage tracker, and closes its connection when a query outlives `query_timeout`. Without that, pg
 * leaves the timed-out query active on the client and returns it to the pool, so the next request would
 * queue behind a query a frozen server never answers; closed, the pool drops it and opens a fresh one.
 */
export function trackedClientClass(outage: DatabaseOutage): typeof pg.Client {
  class TrackedClient extends pg.Client {}
  const prototype = TrackedClient.prototype as unknown as Record<'connect' | 'query', Method>;
  const connect = pg.Client.prototype.connect as Method;
  const query = pg.Client.prototype.query as Method;

  prototype.connect = function (this: pg.Client, ...args: unknown[]) {
    const token = outage.begin();
    const settle = (error?: Error | null) => (error ? outage.failed(error, token) : outage.succeeded(token));
    const callback = args[0] as Callback | undefined;
    if (typeof callback === 'function') {
      return connect.call(this, (error?: Error | null) => {
        settle(error);
        callback(error);
      });
    }
    const result = connect.apply(this, args) as Promise<void>;
    result.then(() => settle(), settle);
    return result;
  };

  prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const token = outage.begin();
    const result = query.apply(this, args);
    // Only the promise form (what TypeORM uses); callback and submittable forms pass through untouched.
    if (result instanceof Promise) {
      result.then(
        () => outage.succeeded(token),
        (error: unknown) => {
          outage.failed(error, token);
          if ((error as Error | undefined)?.message === 'Query read timeout') void this.end().catch(() => {});
        },
      );
    }
    return result;
  };

  return TrackedClient;
}
