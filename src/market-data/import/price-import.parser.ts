import { plainDecimal } from '../../common/decimal/plain-decimal.js';
import type { FieldError } from '../../common/problem/problem-details.js';
import { isCalendarDate } from '../../common/time/calendar-date.js';
import type { StoredBar } from '../price-bar.js';

export const CSV_HEADER = ['date', 'open', 'high', 'low', 'close', 'volume'] as const;
const DECIMAL = /^\d{1,20}(\.\d{1,20})?$/;
const MAX_ROWS = 100_000;

export type ImportResult = { bars: StoredBar[]; errors: [] } | { bars: []; errors: FieldError[] };

interface RawRow {
  /** How to name the row in an error: "line 3" (CSV) or "[2]" (JSON). */
  where: string;
  values: Record<string, unknown>;
}

/** Parses `date,open,high,low,close,volume` CSV; every bad row is reported by its line number. */
export function parseCsvBars(text: string): ImportResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split(',').map((cell) => cell.trim().toLowerCase());
  if (header.join(',') !== CSV_HEADER.join(',')) {
    return fail([{ field: 'line 1', message: `the header must be exactly ${CSV_HEADER.join(',')}` }]);
  }
  const rows: RawRow[] = [];
  lines.slice(1).forEach((line, index) => {
    if (line.trim() === '') return;
    const cells = line.split(',').map((cell) => cell.trim());
    const values = Object.fromEntries(CSV_HEADER.map((column, i) => [column, cells[i]]));
    rows.push({
      where: `line ${index + 2}`,
      values: cells.length === CSV_HEADER.length ? values : { arity: cells.length },
    });
  });
  return validateRows(rows);
}

/** Parses a JSON array of `{date, open, high, low, close, volume}` objects (numbers or decimal strings). */
export function parseJsonBars(body: unknown): ImportResult {
  if (!Array.isArray(body))
    return fail([{ field: 'body', message: 'the body must be a JSON array of bars' }]);
  return validateRows(
    body.map((item, index) => ({
      where: `[${index}]`,
      values:
        typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : { notAnObject: true },
    })),
  );
}

function validateRows(rows: RawRow[]): ImportResult {
  if (rows.length === 0) return fail([{ field: 'body', message: 'no bars to import' }]);
  if (rows.length > MAX_ROWS)
    return fail([{ field: 'body', message: `at most ${MAX_ROWS} bars per import` }]);
  const errors: FieldError[] = [];
  const bars: StoredBar[] = [];
  const seen = new Set<string>();
  for (const { where, values } of rows) {
    const problem = rowProblem(values, seen);
    if (problem) {
      errors.push({ field: where, message: `${where}: ${problem}` });
      continue;
    }
    seen.add(String(values.date));
    bars.push({
      date: String(values.date),
      open: decimal(values.open)!,
      high: decimal(values.high)!,
      low: decimal(values.low)!,
      close: decimal(values.close)!,
      volume: decimal(values.volume)!,
      vwap: null,
      trades: null,
    });
  }
  if (errors.length > 0) return fail(errors.slice(0, 50));
  return { bars: bars.sort((a, b) => a.date.localeCompare(b.date)), errors: [] };
}

function rowProblem(values: Record<string, unknown>, seen: Set<string>): string | null {
  if ('arity' in values) return `expected ${CSV_HEADER.length} columns, found ${values.arity}`;
  if ('notAnObject' in values) return 'each bar must be an object';
  const unknown = Object.keys(values).filter((key) => !(CSV_HEADER as readonly string[]).includes(key));
  if (unknown.length > 0) return `unknown field ${unknown.join(', ')}`;
  const date = values.date;
  if (typeof date !== 'string' || !isCalendarDate(date)) return 'date must be a real date in YYYY-MM-DD form';
  if (seen.has(date)) return `date ${date} appears more than once`;
  for (const column of ['open', 'high', 'low', 'close'] as const) {
    const value = decimal(values[column]);
    if (value === null || !/[1-9]/.test(value)) return `${column} must be a number greater than 0`;
  }
  if (decimal(values.volume) === null) return 'volume must be a number >= 0';
  if (Number(values.low) > Number(values.high)) return 'low must not exceed high';
  return null;
}

function decimal(value: unknown): string | null {
  const text = typeof value === 'number' && Number.isFinite(value) ? plainDecimal(value) : value;
  return typeof text === 'string' && DECIMAL.test(text) ? text : null;
}

function fail(errors: FieldError[]): ImportResult {
  return { bars: [], errors };
}
