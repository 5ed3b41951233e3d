import type { AccountingColumn } from './accounting-cases.js';
import { expectFigure } from './expect-figure.js';

/**
 * The warnings the accounting tables list. Sparse bars (case I) also draw the price-data warnings of the
 * returns contract (stale_price, end_after_last_bar), which are not the subject here.
 */
const ACCOUNTING_WARNINGS = new Set(['dividend_currency', 'unknown_cost_basis']);

/** A returns answer of either tier: totals by name (benchmark_return among them), holdings, warnings. */
export interface ReturnsAnswer {
  [figure: string]: unknown;
  holdings: ReadonlyArray<{ ticker: string }>;
  warnings: ReadonlyArray<{ code: string; ticker?: string; date?: string; currency?: string }>;
}

/** Every figure of one column of an accounting case, the holdings listed and the accounting warnings. */
export function expectAccountingColumn(answer: ReturnsAnswer, column: AccountingColumn): void {
  for (const [key, expected] of Object.entries(column.total))
    expectFigure(answer[key], expected, `${column.name} ${key}`);
  expect(answer.holdings.map((holding) => holding.ticker)).toEqual(Object.keys(column.holdings).sort());
  for (const [ticker, figures] of Object.entries(column.holdings)) {
    const holding: Record<string, unknown> = answer.holdings.find((entry) => entry.ticker === ticker) ?? {};
    for (const [key, expected] of Object.entries(figures))
      expectFigure(holding[key], expected, `${column.name} ${ticker} ${key}`);
    // The original API's names for the same figures.
    expectFigure(holding.quantity, figures.end_quantity, `${column.name} ${ticker} quantity`);
    expectFigure(holding.return, figures.profit, `${column.name} ${ticker} return`);
  }
  expect(
    answer.warnings
      .filter((warning) => ACCOUNTING_WARNINGS.has(warning.code))
      .map(({ code, ticker, date, currency }) => ({
        code,
        ticker,
        ...(date !== undefined && { date }),
        ...(currency !== undefined && { currency }),
      })),
  ).toEqual(column.warnings);
}
