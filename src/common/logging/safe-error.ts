/**
 * What of an error may be logged: its class, codes, identifiers and stack frames; never the values it
 * carries. TypeORM's QueryFailedError holds the SQL and its bind parameters (customer names, addresses,
 * emails, key prefixes and hashes), and pg errors hold `detail` ("Failing row contains (...)"), `where`
 * and `hint`, which quote row values; none of those are copied.
 */
export interface SafeError {
  type: string;
  message: string;
  code?: string;
  sqlstate?: string;
  table?: string;
  column?: string;
  constraint?: string;
  stack?: string;
}

const MAX_MESSAGE = 300;

/** Postgres and our own messages quote values ('invalid input syntax for type uuid: "x"'): drop them. */
export function stripQuotedValues(message: string): string {
  const stripped = message
    .replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
    .replace(/'(?:[^'\\]|\\.)*'/g, "'…'")
    .replace(/=\(.*\)/g, '=(…)')
    // eslint-disable-next-line no-control-regex -- control characters would split or forge log lines
    .replace(/[\u0000-\u001f\u007f]/g, ' ');
  return stripped.length > MAX_MESSAGE ? `${stripped.slice(0, MAX_MESSAGE)}…` : stripped;
}

const identifier = (value: unknown): string | undefined =>
  typeof value === 'string' && /^[A-Za-z_][A-Za-z0-9_$.]{0,62}$/.test(value) ? value : undefined;

const codeOf = (value: unknown): string | undefined =>
  typeof value === 'string' && /^[A-Za-z0-9_]{1,64}$/.test(value) ? value : undefined;

export function safeError(error: unknown): SafeError {
  if (!(error instanceof Error)) {
    return { type: typeof error, message: stripQuotedValues(String(error)) };
  }
  const driver = (error as { driverError?: unknown }).driverError;
  const pg = (driver instanceof Error ? driver : error) as Error & Record<string, unknown>;
  const fromPostgres = driver instanceof Error || typeof pg.severity === 'string';
  const sqlstate = fromPostgres && isSqlState(pg.code) ? (pg.code as string) : undefined;
  const message = stripQuotedValues(error.message);
  const safe: SafeError = { type: error.constructor?.name || error.name || 'Error', message };
  const code = codeOf((error as { code?: unknown }).code);
  if (code && code !== sqlstate) safe.code = code;
  if (sqlstate) {
    safe.sqlstate = sqlstate;
    safe.table = identifier(pg.table);
    safe.column = identifier(pg.column);
    safe.constraint = identifier(pg.constraint);
  }
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  if (frames.length > 0) safe.stack = [`${safe.type}: ${message}`, ...frames].join('\n');
  return JSON.parse(JSON.stringify(safe)) as SafeError;
}

/** The pino serializer for `err`/`error`: whatever logs an error object gets the safe form. */
export function serializeError(value: unknown): unknown {
  return value instanceof Error ? safeError(value) : value;
}

function isSqlState(code: unknown): boolean {
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code);
}
