import {
  ACCOUNTING_CASES,
  accountingCase,
  type AccountingCase,
  type AccountingColumn,
} from '../../../test/support/accounting-cases.js';
import { expectAccountingColumn } from '../../../test/support/expect-accounting-column.js';
import { expectFigure } from '../../../test/support/expect-figure.js';
import { calculateReturns } from './portfolio-returns.calculator.js';
import type { CashDividend, PriceBar, ReturnsInput } from './types.js';

/**
 * Cases E–I of accounting-cases.md (test/support/accounting-cases.ts, shared with the e2e spec): every
 * figure of every column from the calculator, to the contract's tolerance.
 */
function byTicker<T extends { ticker: string }, U>(
  items: readonly T[],
  map: (item: T) => U,
): Map<string, U[]> {
  const grouped = new Map<string, U[]>();
  for (const item of items) grouped.set(item.ticker, [...(grouped.get(item.ticker) ?? []), map(item)]);
  return grouped;
}

function toReturnsInput(entry: AccountingCase): ReturnsInput {
  const bars = (ticker: string): PriceBar[] => entry.closes[ticker].map(([date, close]) => ({ date, close }));
  const held = Object.keys(entry.closes).filter((ticker) => ticker !== entry.benchmark);
  return {
    start: entry.start,
    end: entry.end,
    opening: entry.opening.map((holding) => ({ ...holding })),
    trades: entry.trades.map(({ price, ...trade }) => ({ ...trade, price: price ?? null })),
    bars: new Map(held.map((ticker) => [ticker, bars(ticker)])),
    ...(entry.benchmark && { benchmark: { ticker: entry.benchmark, bars: bars(entry.benchmark) } }),
    accounting: {
      ...(entry.splits.length > 0 && {
        splits: byTicker(entry.splits, ({ ticker: _ticker, ...split }) => split),
      }),
      ...(entry.dividends.length > 0 && {
        dividends: byTicker(entry.dividends, ({ ticker: _ticker, ...dividend }): CashDividend => ({
          ...dividend,
          payDate: null,
        })),
      }),
    },
  };
}

function checkColumn(input: ReturnsInput, column: AccountingColumn): void {
  const result = calculateReturns({
    ...input,
    accounting: {
      ...input.accounting,
      options: { costBasis: column.costBasis, dividends: column.dividends },
    },
  });
  expect(result.missing_prices).toEqual([]);
  expectAccountingColumn({ ...result, benchmark_return: result.benchmark?.benchmark_return }, column);
}

describe.each(ACCOUNTING_CASES.map((entry) => [entry.name, entry] as const))(
  'accounting case %s',
  (_name, entry) => {
    const input = toReturnsInput(entry);
    it.each(entry.columns.map((column) => [column.name, column] as const))(
      'reproduces every figure of the %s column',
      (_column, column) => checkColumn(input, column),
    );
  },
);

const caseF = toReturnsInput(accountingCase('F'));
const caseG = toReturnsInput(accountingCase('G'));
const usd = (exDividendDate: string, cashAmount: number, currency = 'USD'): CashDividend => ({
  exDividendDate,
  payDate: null,
  cashAmount,
  currency,
});

describe('accounting: series and shape', () => {
  it('adds each day’s dividend to the series (case F: 150 on DVA’s ex-date, nothing for the CAD one)', () => {
    const { series } = calculateReturns(caseF);
    expect(series.map((point) => [point.date, point.dividend])).toEqual([
      ['2024-03-01', 0],
      ['2024-03-02', 0],
      ['2024-03-03', 0],
      ['2024-03-04', 0],
      ['2024-03-05', 0],
      ['2024-03-06', 150],
      ['2024-03-07', 0],
      ['2024-03-08', 0],
    ]);
    expectFigure(series.at(-1)?.value, 7500, 'end value');
  });

  it('reinvests the benchmark dividend in its cumulative series (case F: 2.00 at 99)', () => {
    const { series } = calculateReturns(caseF);
    expectFigure(series[6].benchmark_cumulative_return, (99 + 2) / 100 - 1, '03-07');
    expectFigure(series[7].benchmark_cumulative_return, 2 / 99, '03-08');
  });

  it('leaves the shape of the original result when no accounting input is given', () => {
    const { accounting: _accounting, ...plain } = caseG;
    const result = calculateReturns(plain);
    expect(result).not.toHaveProperty('capital_gain');
    expect(result.holdings[0]).not.toHaveProperty('realized_gain');
    expect(result.series[0]).not.toHaveProperty('dividend');
    // Fees still count: they are part of the traded amounts.
    expectFigure(result.total_return, 92.5, 'total_return');
  });

  it('ignores a split executed after today and an ex-date after today', () => {
    const result = calculateReturns({
      ...caseF,
      accounting: {
        ...caseF.accounting,
        splits: new Map([['DVA', [{ executionDate: '2024-03-20', splitFrom: 1, splitTo: 2 }]]]),
        dividends: new Map([['DVA', [usd('2024-03-06', 1)]]]),
        today: '2024-03-05',
      },
    });
    expectFigure(result.dividend_income, 0, 'dividend_income');
    expectFigure(result.holdings[0].start_quantity, 100, 'start_quantity');
    expectFigure(result.holdings[0].end_value, 7500, 'end_value');
  });

  it('does not warn about a foreign dividend of a ticker not held the day before', () => {
    const result = calculateReturns({
      ...caseF,
      trades: [{ ticker: 'DVB', type: 'SELL', quantity: 40, tradeDate: '2024-03-06', price: null }],
    });
    expect(result.warnings.filter((warning) => warning.code === 'dividend_currency')).toEqual([]);
  });

  it('names a foreign benchmark dividend inside the window once', () => {
    const result = calculateReturns({
      ...caseF,
      accounting: {
        dividends: new Map([['BMK', [usd('2024-03-07', 2, 'GBP'), usd('2024-03-01', 2, 'GBP')]]]),
      },
    });
    expect(result.warnings).toEqual([
      expect.objectContaining({
        code: 'dividend_currency',
        ticker: 'BMK',
        date: '2024-03-07',
        currency: 'GBP',
      }),
    ]);
    expectFigure(result.benchmark?.benchmark_return, 0, 'benchmark_return');
  });
});
