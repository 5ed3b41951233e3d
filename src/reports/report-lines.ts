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

/** What is stored per customer (report_lines.body, as JSON): the customer line and its holdings. */
export interface StoredLine {
  customer_id: string;
  start_date: string;
  end_date: string;
  figures: Partial<Record<(typeof CUSTOMER_FIELDS)[number], Value>>;
  benchmark: string | null;
  warnings: string[];
  error: string | null;
  holdings: Record<string, Value>[];
}

/** A customer's stored line from its /returns answer. */
export function storedLineOf(returns: ReturnsResponse): StoredLine {
  const figures: StoredLine['figures'] = {};
  for (const field of CUSTOMER_FIELDS) figures[field] = (returns[field] as Value | undefined) ?? null;
  return {
    customer_id: returns.customer_id,
    start_date: returns.start_date,
    end_date: returns.end_date,
    figures,
    benchmark: returns.benchmark?.ticker ?? null,
    warnings: returns.warnings.map((warning) => warning.code),
    error: null,
    holdings: returns.holdings.map((holding) => {
      const line: Record<string, Value> = { ticker: holding.ticker };
      for (const field of HOLDING_FIELDS) line[field] = (holding[field] as Value | undefined) ?? null;
      return line;
    }),
  };
}

/** The stored line of a customer whose returns could not be computed (e.g. missing prices). */
export function failedLineOf(customerId: string, window: { start: string; end: string }, error: string) {
  return {
    customer_id: customerId,
    start_date: window.start,
    end_date: window.end,
    figures: {},
    benchmark: null,
    warnings: [],
    error,
    holdings: [],
  } satisfies StoredLine;
}

/** Marks a stored body in the packed form below (older reports stored the StoredLine object as is). */
const PACKED = 1;

/**
 * The stored text of a line (report_lines.body): a JSON array of values in the fields' column order,
 * `[1, customer_id, start_date, end_date, [figures…], benchmark, [warnings…], error, [[ticker,
 * holding figures…]…]]`. Half the bytes of the keyed object: less to send, compress and parse back.
 */
export function packLine(stored: StoredLine): string {
  const figures = stored.error === null ? CUSTOMER_FIELDS.map((field) => stored.figures[field] ?? null) : [];
  const holdings = stored.holdings.map((holding) => [
    holding.ticker,
    ...HOLDING_FIELDS.map((field) => holding[field] ?? null),
  ]);
  return JSON.stringify([
    PACKED,
    stored.customer_id,
    stored.start_date,
    stored.end_date,
    figures,
    stored.benchmark,
    stored.warnings,
    stored.error,
    holdings,
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

/** A stored body back as the line it was made from: the packed form, or an older report's object. */
export function unpackLine(body: string): StoredLine {
  const parsed = JSON.parse(body) as PackedLine | StoredLine;
  if (!Array.isArray(parsed)) return parsed;
  const [, customer_id, start_date, end_date, values, benchmark, warnings, error, packedHoldings] = parsed;
  const figures: StoredLine['figures'] = {};
  values.forEach((value, i) => (figures[CUSTOMER_FIELDS[i]] = value));
  const holdings = packedHoldings.map(([ticker, ...rest]) => {
    const holding: Record<string, Value> = { ticker };
    rest.forEach((value, i) => (holding[HOLDING_FIELDS[i]] = value));
    return holding;
  });
  return { customer_id, start_date, end_date, figures, benchmark, warnings, error, holdings };
}

/** The customer line and, when asked, one line per holding, as NDJSON objects (snake_case). */
export function ndjsonLines(stored: StoredLine, withHoldings: boolean): string {
  const customer: Record<string, unknown> = {
    type: 'customer',
    customer_id: stored.customer_id,
    start_date: stored.start_date,
    end_date: stored.end_date,
  };
  for (const field of CUSTOMER_FIELDS) customer[field] = stored.figures[field] ?? null;
  customer.benchmark = stored.benchmark;
  customer.holdings_count = stored.holdings.length;
  customer.warnings = stored.warnings;
  customer.error = stored.error;
  let out = `${JSON.stringify(customer)}\n`;
  if (withHoldings) {
    for (const holding of stored.holdings)
      out += `${JSON.stringify({ type: 'holding', customer_id: stored.customer_id, ...holding })}\n`;
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

/** The CSV header: the customer columns, then (with holdings) `ticker` and the holding-only columns. */
export function csvHeader(withHoldings: boolean): string {
  return `${(withHoldings ? [...CUSTOMER_COLUMNS, 'ticker', ...HOLDING_ONLY] : CUSTOMER_COLUMNS).join(',')}\n`;
}

/**
 * The customer row and, when asked, a row per holding (`line_type` holding): a holding fills the columns
 * it shares with the customer (values, gains, its own returns) and its own; the rest stay empty.
 */
export function csvLines(stored: StoredLine, withHoldings: boolean): string {
  const customer: Value[] = [
    'customer',
    stored.customer_id,
    stored.start_date,
    stored.end_date,
    ...CUSTOMER_FIELDS.map((field) => stored.figures[field] ?? null),
    stored.benchmark,
    stored.holdings.length,
    stored.warnings.join('|'),
    stored.error,
  ];
  if (!withHoldings) return csvRow(customer);
  let out = csvRow([...customer, null, ...HOLDING_ONLY.map(() => null)]);
  for (const holding of stored.holdings) {
    out += csvRow([
      'holding',
      stored.customer_id,
      stored.start_date,
      stored.end_date,
      ...CUSTOMER_FIELDS.map((field) => holding[field] ?? null),
      null,
      null,
      null,
      null,
      holding.ticker,
      ...HOLDING_ONLY.map((field) => holding[field] ?? null),
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
