/**
 * SQL fragments for list routes whose response JSON the database builds in one query (a page is one
 * text value: no per-row parsing, mapping or serialising in Node). Each renders a value exactly as the
 * route's mapper would in JavaScript.
 */

/** A timestamptz as `Date.prototype.toISOString()` prints it (UTC, milliseconds truncated); null stays null. */
export function isoTimestampSql(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

/** A numeric as `Number(value)` would give it: the nearest double (JSON parses both to the same number). */
export function jsNumberSql(column: string): string {
  return `${column}::float8`;
}
