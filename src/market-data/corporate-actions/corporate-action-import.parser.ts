import { plainDecimal } from '../../common/decimal/plain-decimal.js';
import type { FieldError } from '../../common/problem/problem-details.js';
import { isCalendarDate } from '../../common/time/calendar-date.js';
import type { DividendRecord, SplitRecord } from './corporate-action.records.js';

const DECIMAL = /^\d{1,20}(\.\d{1,20})?$/;
const CURRENCY = /^[A-Za-z]{3}$/;
const MAX_ROWS = 10_000;
const EARLIEST_DATE = '1970-01-01';
/** Polygon's dividend types: regular, special, long- and short-term capital gains (LC/LT/ST). */
export const DIVIDEND_TYPES = ['CD', 'SC', 'LC', 'LT', 'ST'] as const;
/** Imported dividends without a currency are USD (as Polygon items without one are). */
export const DEFAULT_CURRENCY = 'USD';

export const SPLIT_COLUMNS = ['execution_date', 'split_from', 'split_to'] as const;
export const DIVIDEND_COLUMNS = [
  'ex_dividend_date',
  'cash_amount',
  'currency',
  'pay_date',
  'record_date',
  'dividend_type',
] as const;

export type ParseResult<T> = { rows: T[]; errors: [] } | { rows: []; errors: FieldError[] };

interface RawRow {
  /** `rows[i]`, the name of the row in errors; CSV rows also say their line. */
  name: string;
  line?: number;
  values: Record<string, unknown>;
}

/** A field of a row is wrong: the message, or null when the row is fine. */
type RowCheck<T> = (row: Record<string, unknown>) => { field: string; message: string } | { record: T };

/** Splits from a JSON array or CSV with the header `execution_date,split_from,split_to` (any order). */
export function parseSplitsImport(body: unknown, csv: boolean): ParseResult<SplitRecord> {
  return parseImport(body, csv, SPLIT_COLUMNS, SPLIT_COLUMNS, 'execution_date', checkSplit);
}

/** Dividends from a JSON array or CSV with `ex_dividend_date,cash_amount` and any optional columns. */
export function parseDividendsImport(body: unknown, csv: boolean): ParseResult<DividendRecord> {
  return parseImport(
    body,
    csv,
    DIVIDEND_COLUMNS,
    ['ex_dividend_date', 'cash_amount'],
    'ex_dividend_date',
    checkDividend,
  );
}

function parseImport<T>(
  body: unknown,
  csv: boolean,
  columns: readonly string[],
  required: readonly string[],
  dateColumn: string,
  check: RowCheck<T>,
): ParseResult<T> {
  const raw = csv ? csvRows(String(body ?? ''), columns, required) : jsonRows(body);
  if ('errors' in raw) return fail(raw.errors);
  if (raw.rows.length === 0) return fail([{ field: 'body', message: 'no rows to import' }]);
  if (raw.rows.length > MAX_ROWS)
    return fail([{ field: 'body', message: `at most ${MAX_ROWS} rows per import` }]);
  const errors: FieldError[] = [];
  const records: T[] = [];
  const seen = new Map<string, string>();
  for (const row of raw.rows) {
    const where = row.line === undefined ? row.name : `${row.name} (line ${row.line})`;
    const unknown = Object.keys(row.values).filter((key) => !columns.includes(key));
    const outcome: ReturnType<RowCheck<T>> =
      unknown.length > 0
        ? { field: unknown[0], message: `unknown field (expected ${columns.join(', ')})` }
        : check(row.values);
    if ('record' in outcome) {
      const date = String(row.values[dateColumn]);
      const first = seen.get(date);
      if (first === undefined) {
        seen.set(date, row.name);
        records.push(outcome.record);
        continue;
      }
      errors.push(fieldError(row.name, where, dateColumn, `${date} appears more than once (also ${first})`));
      continue;
    }
    errors.push(fieldError(row.name, where, outcome.field, outcome.message));
  }
  if (errors.length > 0) return fail(errors.slice(0, 50));
  return { rows: records, errors: [] };
}

function fieldError(name: string, where: string, field: string, message: string): FieldError {
  return { field: `${name}.${field}`, message: `${where}.${field}: ${message}` };
}

function jsonRows(body: unknown): { rows: RawRow[] } | { errors: FieldError[] } {
  if (!Array.isArray(body)) return { errors: [{ field: 'body', message: 'the body must be a JSON array' }] };
  const rows: RawRow[] = [];
  const errors: FieldError[] = [];
  body.forEach((item, index) => {
    const name = `rows[${index}]`;
    if (typeof item === 'object' && item !== null && !Array.isArray(item)) {
      rows.push({ name, values: item as Record<string, unknown> });
    } else {
      errors.push({ field: name, message: `${name}: each row must be an object` });
    }
  });
  return errors.length > 0 ? { errors } : { rows };
}

/** A header naming columns in any order; empty cells are absent values. Commas cannot be quoted (none needed). */
function csvRows(
  text: string,
  columns: readonly string[],
  required: readonly string[],
): { rows: RawRow[] } | { errors: FieldError[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split(',').map((cell) => cell.trim().toLowerCase());
  const wrong = header.find((name, i) => !columns.includes(name) || header.indexOf(name) !== i);
  const missing = required.filter((name) => !header.includes(name));
  if (wrong !== undefined || missing.length > 0) {
    const message = `line 1: the header must name ${required.join(', ')}${
      columns.length > required.length
        ? ` and optionally ${columns.filter((c) => !required.includes(c)).join(', ')}`
        : ''
    }, each once`;
    return { errors: [{ field: 'header', message }] };
  }
  const rows: RawRow[] = [];
  const errors: FieldError[] = [];
  lines.slice(1).forEach((line, index) => {
    if (line.trim() === '') return;
    const name = `rows[${rows.length + errors.length}]`;
    const cells = line.split(',').map((cell) => cell.trim());
    if (cells.length !== header.length) {
      errors.push({
        field: name,
        message: `${name} (line ${index + 2}): expected ${header.length} columns, found ${cells.length}`,
      });
      return;
    }
    const values = Object.fromEntries(
      header.flatMap((column, i) => (cells[i] === '' ? [] : [[column, cells[i]]])),
    );
    rows.push({ name, line: index + 2, values });
  });
  return errors.length > 0 ? { errors } : { rows };
}

const checkSplit: RowCheck<SplitRecord> = (row) => {
  const executionDate = date(row.execution_date);
  if (!executionDate) return dateProblem('execution_date', row.execution_date);
  const splitFrom = positive(row.split_from);
  if (!splitFrom) return { field: 'split_from', message: 'must be a decimal number greater than 0' };
  const splitTo = positive(row.split_to);
  if (!splitTo) return { field: 'split_to', message: 'must be a decimal number greater than 0' };
  return { record: { executionDate, splitFrom, splitTo } };
};

const checkDividend: RowCheck<DividendRecord> = (row) => {
  const exDividendDate = date(row.ex_dividend_date);
  if (!exDividendDate) return dateProblem('ex_dividend_date', row.ex_dividend_date);
  const cashAmount = decimal(row.cash_amount);
  if (!cashAmount) return { field: 'cash_amount', message: 'must be a decimal number >= 0' };
  const currency = absent(row.currency) ? DEFAULT_CURRENCY : row.currency;
  if (typeof currency !== 'string' || !CURRENCY.test(currency))
    return { field: 'currency', message: 'must be a 3-letter ISO 4217 code' };
  for (const field of ['pay_date', 'record_date'] as const) {
    if (!absent(row[field]) && !date(row[field])) return dateProblem(field, row[field]);
  }
  const type = row.dividend_type;
  if (!absent(type) && !(DIVIDEND_TYPES as readonly unknown[]).includes(type))
    return { field: 'dividend_type', message: `must be one of ${DIVIDEND_TYPES.join(', ')}` };
  return {
    record: {
      exDividendDate,
      cashAmount,
      currency: currency.toUpperCase(),
      payDate: absent(row.pay_date) ? null : String(row.pay_date),
      recordDate: absent(row.record_date) ? null : String(row.record_date),
      dividendType: absent(type) ? null : String(type),
    },
  };
};

function dateProblem(field: string, value: unknown): { field: string; message: string } {
  return {
    field,
    message:
      value === undefined || value === null
        ? 'is required'
        : `must be a real date in YYYY-MM-DD form, on or after ${EARLIEST_DATE}`,
  };
}

function absent(value: unknown): boolean {
  return value === undefined || value === null;
}

function date(value: unknown): string | null {
  return typeof value === 'string' && isCalendarDate(value) && value >= EARLIEST_DATE ? value : null;
}

/** A decimal kept exactly as written (JSON numbers are accepted in their plain form). */
function decimal(value: unknown): string | null {
  const text = typeof value === 'number' && Number.isFinite(value) ? plainDecimal(value) : value;
  return typeof text === 'string' && DECIMAL.test(text) ? text : null;
}

function positive(value: unknown): string | null {
  const text = decimal(value);
  return text !== null && /[1-9]/.test(text) ? text : null;
}

function fail<T>(errors: FieldError[]): ParseResult<T> {
  return { rows: [], errors };
}
