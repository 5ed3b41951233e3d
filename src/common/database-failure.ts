/**
 * Why a database call failed when the cause is the database's availability rather than the request:
 * `unreachable` (no connection, connection lost, no answer in time) or `timeout` (the server answered by
 * cancelling the statement: statement or lock timeout). `code` is short and safe to log or show: a
 * SQLSTATE, a socket error code or one of our names; never a message, host or port.
 */
export interface DatabaseFailure {
  kind: 'unreachable' | 'timeout';
  code: string;
}

/** Socket errors of a connection that cannot be opened or was lost. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** SQLSTATEs that mean "not now": admin shutdown, crash, starting up, no connection slots, out of resources. */
const UNREACHABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '57P05', '3D000']);

/** The server is up but cancelled the statement: statement_timeout (57014) or lock_timeout (55P03). */
const TIMEOUT_SQLSTATES = new Set(['57014', '55P03']);

/** node-postgres and pg-pool raise these as plain Errors, without a code. */
const DRIVER_MESSAGES: [RegExp, string][] = [
  [/^Query read timeout$/, 'query-timeout'],
  [/^Connection terminated due to connection timeout$/, 'connect-timeout'],
  [/^timeout exceeded when trying to connect$/, 'pool-timeout'],
  [/^Connection terminated/, 'connection-terminated'],
  [/is not queryable$/, 'connection-lost'],
  // TypeORM's, when the connection died mid-transaction: its 'error' event released the query runner
  // before the next statement, COMMIT or ROLLBACK could run on it (QueryRunnerAlreadyReleasedError from
  // the runner, QueryRunnerProviderAlreadyReleasedError from a manager bound to it).
  [/^Query runner already released/, 'connection-lost'],
  [/^Database connection provided by a query runner was already released/, 'connection-lost'],
];

interface ErrorShape {
  code?: unknown;
  message?: unknown;
  driverError?: unknown;
  isAxiosError?: unknown;
}

/**
 * Classifies an error (TypeORM's QueryFailedError included, through `driverError`); undefined otherwise.
 * An HTTP client's socket error (axios: Polygon unreachable) is not the database's.
 */
export function classifyDatabaseError(error: unknown): DatabaseFailure | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, message, driverError, isAxiosError } = error as ErrorShape;
  if (isAxiosError) return undefined;
  if (typeof driverError === 'object' && driverError !== null) return classifyDatabaseError(driverError);
  if (typeof code === 'string') {
    if (SOCKET_CODES.has(code)) return { kind: 'unreachable', code };
    // Class 08: connection exceptions; 28: authentication; 53: insufficient resources (53300 = too many
    // connections).
    if (/^(08|28|53)[0-9A-Z]{3}$/.test(code) || UNREACHABLE_SQLSTATES.has(code)) {
      return { kind: 'unreachable', code };
    }
    if (TIMEOUT_SQLSTATES.has(code)) return { kind: 'timeout', code };
  }
  if (typeof message === 'string') {
    const known = DRIVER_MESSAGES.find(([pattern]) => pattern.test(message));
    if (known) return { kind: 'unreachable', code: known[1] };
  }
  return undefined;
}
