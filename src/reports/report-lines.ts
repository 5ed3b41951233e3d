import type { HoldingReturnsResponse, ReturnsResponse } from '../returns/dto/returns.response.js';

/** A value of a line: numbers exactly as /returns gives them (JSON numbers), dates and ids as strings. */
type Value = string | number | null;

/** The headline figures of a customer line, in column order (names and values as /returns has them). */
export const CUSTOMER_FIELDS = [
  'start_value',
  'end_value',
  'total_inflows',
  'total_outflows',
  'total_return',
  'return_percentage',
  'time_weighted_return',
  'money_weighted_return',
  'annualized_time_weighted_return',
  'annualized_money_weighted_return',
  'volatility',
  'max_drawdown',
  'capital_gain',
  'dividend_income',
  'total_fees',
  'realized_gain',
  'cost_basis',
  'unrealized_gain',
  'benchmark_return',
] as const satisfies readonly (keyof ReturnsResponse)[];

/** A holding line's figures, in column order (as /returns' `holdings[]`). */
export const HOLDING_FIELDS = [
  'quantity',
  'start_quantity',
  'end_quantity',
  'start_price',
  'end_price',
  'start_price_date',
  'end_price_date',
  'start_value',
  'end_value',
  'profit',
  'return',
  'return_percentage',
  'time_weighted_return',
  'capital_gain',
  'dividend_income',
  'total_fees',
  'realized_gain',
  'cost_basis',
  'unrealized_gain',
] as const satisfies readonly (keyof HoldingReturnsResponse)[];

/**
 * One customer's line as kept between computing and rendering: its figures in CUSTOMER_FIELDS order
 * (empty when it failed) and each holding as `[ticker, …values in HOLDING_FIELDS order]`.
 */
export interface StoredLine {
  customer_id: string;
  start_date: string;
  end_date: string;
  figures: Value[];
  benchmark: string | null;
  warnings: string[];
  error: string | null;
  holdings: Value[][];
}

/** A customer's stored line from its /returns answer. */
export function storedLineOf(returns: ReturnsResponse): StoredLine {
  return {
    customer_id: returns.customer_id,
    start_date: returns.start_date,
    end_date: returns.end_date,
    figures: CUSTOMER_FIELDS.map((field) => (returns[field] as Value | undefined) ?? null),
    benchmark: returns.benchmark?.ticker ?? null,
    warnings: returns.warnings.map((warning) => warning.code),
    error: null,
    holdings: returns.holdings.map((holding) => [
      holding.ticker,
      ...HOLDING_FIELDS.map((field) => (holding[field] as Value | undefined) ?? null),
    ]),
  };
}

/** The stored line of a customer whose returns could not be computed (e.g. missing prices). */
export function failedLineOf(customerId: string, window: { start: string; end: string }, error: string) {
  return {
    customer_id: customerId,
    start_date: window.start,
    end_date: window.end,
    figures: [],
    benchmark: null,
    warnings: [],
    error,
    holdings: [],
  } satisfies StoredLine;
}

/** Marks a stored body in the packed form below (older reports stored a keyed object per line). */
const PACKED = 1;

/**
 * The stored text of a line (report_lines.body): a JSON array of values in column order,
 * `[1, customer_id, start_date, end_date, [figures…], benchmark, [warnings…], error, [[ticker, holding
 * figures…]…]]`. Half the bytes of a keyed object: less to send, compress and parse back.
 */
export function packLine(line: StoredLine): string {
  return JSON.stringify([
    PACKED,
    line.customer_id,
    line.start_date,
    line.end_date,
    line.figures,
    line.benchmark,
    line.warnings,
    line.error,
    line.holdings,
  ]);
}

type PackedLine = [
  typeof PACKED,
  string,
  string,
  string,
  Value[],
  string | null,
  string[],
  string | null,
  Value[][],
];

/** How an older release stored a line: figures and holdings keyed by field name. */
interface KeyedLine extends Omit<StoredLine, 'figures' | 'holdings'> {
  figures: Partial<Record<string, Value>>;
  holdings: Record<string, Value>[];
}

/** A stored body back as the line it was made from: the packed form, or an older report's keyed object. */
export function unpackLine(body: string): StoredLine {
  const parsed = JSON.parse(body) as PackedLine | KeyedLine;
  if (Array.isArray(parsed)) {
    const [, customer_id, start_date, end_date, figures, benchmark, warnings, error, holdings] = parsed;
    return { customer_id, start_date, end_date, figures, benchmark, warnings, error, holdings };
  }
  const keyed = parsed;
  return {
    ...keyed,
    figures: keyed.error === null ? CUSTOMER_FIELDS.map((field) => keyed.figures[field] ?? null) : [],
    holdings: keyed.holdings.map((holding) => [
      holding.ticker,
      ...HOLDING_FIELDS.map((field) => holding[field] ?? null),
    ]),
  };
}

/** A value as JSON text (what JSON.stringify writes for it). */
function json(value: Value): string {
  if (value === null) return 'null';
  return typeof value === 'number' ? String(value) : JSON.stringify(value);
}

/** `,"name":` before each field of a customer line and of a holding line (ticker first). */
const CUSTOMER_KEYS = CUSTOMER_FIELDS.map((field) => `,"${field}":`);
const HOLDING_KEYS = ['ticker', ...HOLDING_FIELDS].map((field) => `,"${field}":`);

/**
 * The customer line and, when asked, one line per holding, as NDJSON objects (snake_case), written as
 * text: the same bytes JSON.stringify gives for the objects, without building them.
 */
export function ndjsonLines(line: StoredLine, withHoldings: boolean): string {
  const id = json(line.customer_id);
  let out = `{"type":"customer","customer_id":${id},"start_date":${json(line.start_date)},"end_date":${json(line.end_date)}`;
  for (let i = 0; i < CUSTOMER_KEYS.length; i++) out += CUSTOMER_KEYS[i] + json(line.figures[i] ?? null);
  out += `,"benchmark":${json(line.benchmark)},"holdings_count":${line.holdings.length}`;
  out += `,"warnings":${JSON.stringify(line.warnings)},"error":${json(line.error)}}\n`;
  if (withHoldings) {
    const prefix = `{"type":"holding","customer_id":${id}`;
    for (const holding of line.holdings) {
      out += prefix;
      for (let i = 0; i < HOLDING_KEYS.length; i++) out += HOLDING_KEYS[i] + json(holding[i] ?? null);
      out += '}\n';
    }
  }
  return out;
}

const CUSTOMER_COLUMNS = [
  'line_type',
  'customer_id',
  'start_date',
  'end_date',
  ...CUSTOMER_FIELDS,
  'benchmark',
  'holdings_count',
  'warnings',
  'error',
];
const HOLDING_ONLY = HOLDING_FIELDS.filter(
  (field) => !(CUSTOMER_FIELDS as readonly string[]).includes(field),
);
/**
 * Where each customer column and each holding-only column sits in a holding's values (0, the ticker's
 * place, when the holding has no such column).
 */
const HOLDING_AT_CUSTOMER_COLUMN = CUSTOMER_FIELDS.map(
  (field) => (HOLDING_FIELDS as readonly string[]).indexOf(field) + 1,
);
const HOLDING_ONLY_AT = HOLDING_ONLY.map((field) => HOLDING_FIELDS.indexOf(field) + 1);

/** The CSV header: the customer columns, then (with holdings) `ticker` and the holding-only columns. */
export function csvHeader(withHoldings: boolean): string {
  return `${(withHoldings ? [...CUSTOMER_COLUMNS, 'ticker', ...HOLDING_ONLY] : CUSTOMER_COLUMNS).join(',')}\n`;
}

/**
 * The customer row and, when asked, a row per holding (`line_type` holding): a holding fills the columns
 * it shares with the customer (values, gains, its own returns) and its own; the rest stay empty.
 */
export function csvLines(line: StoredLine, withHoldings: boolean): string {
  const customer: Value[] = [
    'customer',
    line.customer_id,
    line.start_date,
    line.end_date,
    ...CUSTOMER_FIELDS.map((_, i) => line.figures[i] ?? null),
    line.benchmark,
    line.holdings.length,
    line.warnings.join('|'),
    line.error,
  ];
  if (!withHoldings) return csvRow(customer);
  let out = csvRow([...customer, null, ...HOLDING_ONLY.map(() => null)]);
  for (const holding of line.holdings) {
    out += csvRow([
      'holding',
      line.customer_id,
      line.start_date,
      line.end_date,
      ...HOLDING_AT_CUSTOMER_COLUMN.map((at) => (at === 0 ? null : (holding[at] ?? null))),
      null,
      null,
      null,
      null,
      holding[0],
      ...HOLDING_ONLY_AT.map((at) => holding[at] ?? null),
    ]);
  }
  return out;
}

function csvRow(values: Value[]): string {
  return `${values.map(csvValue).join(',')}\n`;
}

/** Numbers as JSON writes them (so they read back as the same double); text quoted when it must be. */
function csvValue(value: Value): string {
  if (value === null) return '';
  if (typeof value === 'number') return JSON.stringify(value);
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
