import type { IsoDate } from '../../common/time/calendar-date.js';
import { calculateReturns } from './portfolio-returns.calculator.js';
import type {
  CashDividend,
  CostBasisMethod,
  DividendMode,
  PriceBar,
  ReturnsInput,
  ReturnsResult,
  StockSplit,
} from './types.js';

/**
 * Cases E–I of accounting-cases.md: every figure of every column, to the contract's tolerance
 * (relative 1e-9, absolute 1e-9 near zero).
 */
function expectClose(actual: unknown, expected: number, label: string): void {
  if (typeof actual !== 'number') throw new Error(`${label}: expected a number, got ${String(actual)}`);
  const gap = Math.abs(actual - expected);
  if (gap > Math.max(1e-9, 1e-9 * Math.abs(expected)))
    throw new Error(`${label}: expected ${expected}, got ${actual} (gap ${gap})`);
}

function expectFigure(actual: unknown, expected: number | string | null, label: string): void {
  if (typeof expected === 'number') expectClose(actual, expected, label);
  else expect({ [label]: actual }).toEqual({ [label]: expected });
}

function bars(entries: Array<[IsoDate, number]>): PriceBar[] {
  return entries.map(([date, close]) => ({ date, close }));
}

function usd(exDividendDate: IsoDate, cashAmount: number, currency: string | null = 'USD'): CashDividend {
  return { exDividendDate, payDate: null, cashAmount, currency };
}

function split(executionDate: IsoDate, splitFrom: number, splitTo: number): StockSplit {
  return { executionDate, splitFrom, splitTo };
}

const ACCOUNTING_WARNINGS = new Set(['dividend_currency', 'unknown_cost_basis']);

type Figures = Record<string, number | string | null>;

/** One column of a case's table. */
interface Column {
  name: string;
  costBasis: CostBasisMethod;
  dividends: DividendMode;
  total: Figures;
  holdings: Record<string, Figures>;
  warnings: Array<{ code: string; ticker: string; date?: IsoDate; currency?: string }>;
}

function run(input: ReturnsInput, column: Column): ReturnsResult {
  return calculateReturns({
    ...input,
    accounting: {
      ...input.accounting,
      options: { costBasis: column.costBasis, dividends: column.dividends },
    },
  });
}

function checkColumn(input: ReturnsInput, column: Column): void {
  const result = run(input, column);
  expect(result.missing_prices).toEqual([]);
  for (const [key, expected] of Object.entries(column.total)) {
    const actual =
      key === 'benchmark_return'
        ? result.benchmark?.benchmark_return
        : (result as unknown as Record<string, unknown>)[key];
    expectFigure(actual, expected, `${column.name} ${key}`);
  }
  expect(result.holdings.map((holding) => holding.ticker)).toEqual(Object.keys(column.holdings).sort());
  for (const [ticker, figures] of Object.entries(column.holdings)) {
    const holding = result.holdings.find((entry) => entry.ticker === ticker) as unknown as Record<
      string,
      unknown
    >;
    for (const [key, expected] of Object.entries(figures))
      expectFigure(holding[key], expected, `${column.name} ${ticker} ${key}`);
    expectFigure(holding.quantity, figures.end_quantity, `${column.name} ${ticker} quantity`);
    expectFigure(holding.return, figures.profit, `${column.name} ${ticker} return`);
  }
  // The tables list the accounting warnings; case I's sparse bars also draw the price-data warnings
  // (stale_price, end_after_last_bar) of the returns contract, which are not the subject here.
  expect(
    result.warnings
      .filter((warning) => ACCOUNTING_WARNINGS.has(warning.code))
      .map(({ code, ticker, date, currency }) => ({
        code,
        ticker,
        ...(date !== undefined && { date }),
        ...(currency !== undefined && { currency }),
      })),
  ).toEqual(column.warnings);
}

/** The rows shared by average and fifo, with the cost-basis rows of each. */
function columns(
  shared: Omit<Column, 'name' | 'costBasis' | 'dividends'>,
  costRows: Record<CostBasisMethod, Record<string, Figures>>,
): Column[] {
  return (['average', 'fifo'] as const).map((method) => ({
    name: method,
    costBasis: method,
    dividends: 'include',
    total: { ...shared.total, ...costRows[method].total },
    holdings: Object.fromEntries(
      Object.entries(shared.holdings).map(([ticker, figures]) => [
        ticker,
        { ...figures, ...costRows[method][ticker] },
      ]),
    ),
    warnings: shared.warnings,
  }));
}

function gains(realized: number | null, cost: number | null, unrealized: number | null): Figures {
  return { realized_gain: realized, cost_basis: cost, unrealized_gain: unrealized };
}

// ---------------------------------------------------------------- Case E
const caseE: ReturnsInput = {
  start: '2024-06-03',
  end: '2024-06-07',
  opening: [{ ticker: 'SPL', quantity: 10, asOf: '2024-05-31' }],
  trades: [
    { ticker: 'SPL', type: 'BUY', quantity: 5, tradeDate: '2024-06-04', price: null },
    { ticker: 'SPL', type: 'SELL', quantity: 20, tradeDate: '2024-06-07', price: 110 },
  ],
  bars: new Map([
    [
      'SPL',
      bars([
        ['2024-05-31', 95],
        ['2024-06-03', 100],
        ['2024-06-04', 102.5],
        ['2024-06-05', 105],
        ['2024-06-06', 107.5],
        ['2024-06-07', 110],
      ]),
    ],
  ]),
  accounting: { splits: new Map([['SPL', [split('2024-06-06', 1, 4)]]]) },
};

const caseEColumns = columns(
  {
    total: {
      start_value: 4000,
      end_value: 4400,
      total_inflows: 2050,
      total_outflows: 2200,
      dividend_income: 0,
      capital_gain: 550,
      total_return: 550,
      return_percentage: 9.090909091,
      time_weighted_return: 0.1,
      money_weighted_return: 0.09965390864,
      annualized_time_weighted_return: null,
      annualized_money_weighted_return: null,
      volatility: 0.01191644402,
      max_drawdown: 0,
      total_fees: 0,
    },
    holdings: {
      SPL: {
        start_quantity: 10,
        end_quantity: 40,
        start_price: 400,
        end_price: 110,
        start_price_date: '2024-06-03',
        end_price_date: '2024-06-07',
        start_value: 4000,
        end_value: 4400,
        dividend_income: 0,
        capital_gain: 550,
        profit: 550,
        return_percentage: 9.090909091,
        time_weighted_return: 0.1,
        total_fees: 0,
      },
    },
    warnings: [],
  },
  {
    average: { total: gains(250, 3900, 500), SPL: gains(250, 3900, 500) },
    fifo: { total: gains(300, 3950, 450), SPL: gains(300, 3950, 450) },
  },
);

// ---------------------------------------------------------------- Case F
const caseF: ReturnsInput = {
  start: '2024-03-01',
  end: '2024-03-08',
  opening: [
    { ticker: 'DVA', quantity: 100, asOf: '2024-03-01' },
    { ticker: 'DVB', quantity: 40, asOf: '2024-03-01' },
  ],
  trades: [
    { ticker: 'DVA', type: 'BUY', quantity: 50, tradeDate: '2024-03-05', price: null },
    { ticker: 'DVB', type: 'SELL', quantity: 40, tradeDate: '2024-03-07', price: null },
  ],
  bars: new Map([
    [
      'DVA',
      bars([
        ['2024-03-01', 50],
        ['2024-03-04', 50],
        ['2024-03-05', 50],
        ['2024-03-06', 49],
        ['2024-03-07', 49],
        ['2024-03-08', 50],
      ]),
    ],
    [
      'DVB',
      bars([
        ['2024-03-01', 20],
        ['2024-03-04', 21],
        ['2024-03-05', 21],
        ['2024-03-06', 22],
        ['2024-03-07', 21.5],
        ['2024-03-08', 22],
      ]),
    ],
  ]),
  benchmark: {
    ticker: 'BMK',
    bars: bars([
      ['2024-03-01', 100],
      ['2024-03-04', 100],
      ['2024-03-05', 102],
      ['2024-03-06', 102],
      ['2024-03-07', 99],
      ['2024-03-08', 100],
    ]),
  },
  accounting: {
    dividends: new Map([
      ['DVA', [usd('2024-03-06', 1)]],
      ['DVB', [usd('2024-03-07', 0.5, 'CAD')]],
      ['BMK', [usd('2024-03-07', 2)]],
    ]),
  },
};

const caseFShared = {
  start_value: 5800,
  end_value: 7500,
  total_inflows: 2500,
  total_outflows: 860,
  annualized_time_weighted_return: null,
  annualized_money_weighted_return: null,
  total_fees: 0,
};
const caseFHoldings = (dividends: boolean): Record<string, Figures> => ({
  DVA: {
    start_quantity: 100,
    end_quantity: 150,
    start_price: 50,
    end_price: 50,
    start_price_date: '2024-03-01',
    end_price_date: '2024-03-08',
    start_value: 5000,
    end_value: 7500,
    dividend_income: dividends ? 150 : 0,
    capital_gain: 0,
    profit: dividends ? 150 : 0,
    return_percentage: dividends ? 2 : 0,
    time_weighted_return: dividends ? 0.02040816327 : 0,
    total_fees: 0,
    ...gains(0, 7500, 0),
  },
  DVB: {
    start_quantity: 40,
    end_quantity: 0,
    start_price: 20,
    end_price: 22,
    start_price_date: '2024-03-01',
    end_price_date: '2024-03-08',
    start_value: 800,
    end_value: 0,
    dividend_income: 0,
    capital_gain: 60,
    profit: 60,
    return_percentage: 7.5,
    time_weighted_return: 0.075,
    total_fees: 0,
    ...gains(60, 0, 0),
  },
});
const caseFInclude = {
  total: {
    ...caseFShared,
    dividend_income: 150,
    capital_gain: 60,
    total_return: 210,
    return_percentage: 2.530120482,
    time_weighted_return: 0.02986445192,
    money_weighted_return: 0.03135094638,
    volatility: 0.1412950853,
    max_drawdown: 0.002430133657,
    benchmark_return: 0.0202020202,
    ...gains(60, 7500, 0),
  },
  holdings: caseFHoldings(true),
  warnings: [{ code: 'dividend_currency', ticker: 'DVB', date: '2024-03-07', currency: 'CAD' }],
};
const caseFColumns: Column[] = [
  ...columns(caseFInclude, { average: {}, fifo: {} }),
  {
    name: 'dividends=exclude',
    costBasis: 'average',
    dividends: 'exclude',
    total: {
      ...caseFShared,
      dividend_income: 0,
      capital_gain: 60,
      total_return: 60,
      return_percentage: 0.7228915663,
      time_weighted_return: 0.01143012402,
      money_weighted_return: 0.008893728144,
      volatility: 0.1970956463,
      max_drawdown: 0.01558752998,
      benchmark_return: 0,
      ...gains(60, 7500, 0),
    },
    holdings: caseFHoldings(false),
    warnings: [],
  },
];

// ---------------------------------------------------------------- Case G
const caseG: ReturnsInput = {
  start: '2024-04-01',
  end: '2024-04-05',
  opening: [],
  trades: [
    { ticker: 'FEE', type: 'BUY', quantity: 10, tradeDate: '2024-03-28', price: 98, fee: 4 },
    { ticker: 'FEE', type: 'BUY', quantity: 10, tradeDate: '2024-04-02', price: 102, fee: 5 },
    { ticker: 'FEE', type: 'SELL', quantity: 15, tradeDate: '2024-04-04', price: 105, fee: 7.5 },
  ],
  bars: new Map([
    [
      'FEE',
      bars([
        ['2024-03-28', 98],
        ['2024-04-01', 100],
        ['2024-04-02', 102],
        ['2024-04-03', 101],
        ['2024-04-04', 105],
        ['2024-04-05', 110],
      ]),
    ],
  ]),
  accounting: {},
};

const caseGColumns = columns(
  {
    total: {
      start_value: 1000,
      end_value: 550,
      total_inflows: 1025,
      total_outflows: 1567.5,
      dividend_income: 0,
      capital_gain: 92.5,
      total_return: 92.5,
      return_percentage: 4.567901235,
      time_weighted_return: 0.09069852941,
      money_weighted_return: 0.0670246626,
      annualized_time_weighted_return: null,
      annualized_money_weighted_return: null,
      volatility: 0.4005142529,
      max_drawdown: 0.009803921569,
      total_fees: 12.5,
    },
    holdings: {
      FEE: {
        start_quantity: 10,
        end_quantity: 5,
        start_price: 100,
        end_price: 110,
        start_price_date: '2024-04-01',
        end_price_date: '2024-04-05',
        start_value: 1000,
        end_value: 550,
        dividend_income: 0,
        capital_gain: 92.5,
        profit: 92.5,
        return_percentage: 4.567901235,
        time_weighted_return: 0.09069852941,
        total_fees: 12.5,
      },
    },
    warnings: [],
  },
  {
    average: { total: gains(60.75, 502.25, 47.75), FEE: gains(60.75, 502.25, 47.75) },
    fifo: { total: gains(71, 512.5, 37.5), FEE: gains(71, 512.5, 37.5) },
  },
);

// ---------------------------------------------------------------- Case H
const caseH: ReturnsInput = {
  start: '2024-02-03',
  end: '2024-02-12',
  opening: [
    { ticker: 'CBA', quantity: 10, asOf: '2024-02-03' },
    { ticker: 'CBB', quantity: 8, asOf: '2024-01-31' },
  ],
  trades: [
    { ticker: 'CBA', type: 'BUY', quantity: 10, tradeDate: '2024-02-05', price: 21 },
    { ticker: 'CBA', type: 'SELL', quantity: 15, tradeDate: '2024-02-06', price: 22 },
    { ticker: 'CBA', type: 'BUY', quantity: 20, tradeDate: '2024-02-07', price: 24 },
    { ticker: 'CBA', type: 'SELL', quantity: 20, tradeDate: '2024-02-08', price: 23 },
    { ticker: 'CBA', type: 'BUY', quantity: 5, tradeDate: '2024-02-09', price: 25 },
  ],
  bars: new Map([
    [
      'CBA',
      bars([
        ['2024-02-02', 20],
        ['2024-02-05', 21],
        ['2024-02-06', 22],
        ['2024-02-07', 24],
        ['2024-02-08', 23],
        ['2024-02-09', 25],
        ['2024-02-12', 26],
      ]),
    ],
    [
      'CBB',
      bars([
        ['2024-02-01', 50],
        ['2024-02-02', 51],
        ['2024-02-12', 54],
      ]),
    ],
  ]),
  accounting: {},
};

const caseHColumns = columns(
  {
    total: {
      start_value: 608,
      end_value: 692,
      total_inflows: 815,
      total_outflows: 790,
      dividend_income: 0,
      capital_gain: 59,
      total_return: 59,
      return_percentage: 4.146170063,
      time_weighted_return: 0.1090555023,
      money_weighted_return: 0.09002125146,
      annualized_time_weighted_return: null,
      annualized_money_weighted_return: null,
      volatility: 0.3893802174,
      max_drawdown: 0.0248015873,
      total_fees: 0,
      ...gains(null, null, null),
    },
    holdings: {
      CBA: {
        start_quantity: 10,
        end_quantity: 10,
        start_price: 20,
        end_price: 26,
        start_price_date: '2024-02-02',
        end_price_date: '2024-02-12',
        start_value: 200,
        end_value: 260,
        dividend_income: 0,
        capital_gain: 35,
        profit: 35,
        return_percentage: 3.448275862,
        time_weighted_return: 0.3,
        total_fees: 0,
      },
      CBB: {
        start_quantity: 8,
        end_quantity: 8,
        start_price: 51,
        end_price: 54,
        start_price_date: '2024-02-02',
        end_price_date: '2024-02-12',
        start_value: 408,
        end_value: 432,
        dividend_income: 0,
        capital_gain: 24,
        profit: 24,
        return_percentage: 5.882352941,
        time_weighted_return: 0.05882352941,
        total_fees: 0,
        ...gains(null, null, null),
      },
    },
    warnings: [{ code: 'unknown_cost_basis', ticker: 'CBB' }],
  },
  {
    average: { CBA: gains(16.5, 241.5, 18.5) },
    fifo: { CBA: gains(20, 245, 15) },
  },
);

// ---------------------------------------------------------------- Case I
const caseI: ReturnsInput = {
  start: '2023-01-01',
  end: '2024-03-31',
  opening: [
    { ticker: 'ALP', quantity: 20, asOf: '2022-12-30' },
    { ticker: 'BET', quantity: 50, asOf: '2023-01-01' },
  ],
  trades: [
    { ticker: 'ALP', type: 'BUY', quantity: 10, tradeDate: '2023-04-03', price: null, fee: 10 },
    { ticker: 'ALP', type: 'SELL', quantity: 30, tradeDate: '2023-09-01', price: 57.5, fee: 15 },
    { ticker: 'BET', type: 'BUY', quantity: 25, tradeDate: '2023-10-02', price: 41, fee: 5 },
    { ticker: 'BET', type: 'SELL', quantity: 60, tradeDate: '2023-12-29', price: 44, fee: 6 },
  ],
  bars: new Map([
    [
      'ALP',
      bars([
        ['2022-12-30', 50],
        ['2023-04-03', 55],
        ['2023-05-01', 54.5],
        ['2023-07-03', 60],
        ['2023-09-01', 57.5],
        ['2023-12-29', 65],
        ['2024-03-28', 70],
      ]),
    ],
    [
      'BET',
      bars([
        ['2022-12-30', 40],
        ['2023-04-03', 39],
        ['2023-07-03', 42],
        ['2023-10-02', 41],
        ['2023-12-29', 44],
        ['2024-03-28', 45],
      ]),
    ],
  ]),
  benchmark: {
    ticker: 'IDX',
    bars: bars([
      ['2022-12-30', 400],
      ['2023-06-01', 410],
      ['2023-12-29', 440],
      ['2024-03-28', 450],
    ]),
  },
  accounting: {
    splits: new Map([['ALP', [split('2023-07-03', 1, 2)]]]),
    dividends: new Map([
      ['ALP', [usd('2023-05-01', 1), usd('2023-09-01', 0.5)]],
      ['BET', [usd('2023-04-03', 1), usd('2023-10-02', 0.8, 'EUR')]],
      ['IDX', [usd('2023-06-01', 4)]],
    ]),
  },
};

const caseIShared = {
  start_value: 4000,
  end_value: 2775,
  total_inflows: 2140,
  total_outflows: 4344,
  capital_gain: 979,
  total_fees: 36,
};
const caseIHoldings = (dividends: boolean): Record<string, Figures> => ({
  ALP: {
    start_quantity: 20,
    end_quantity: 30,
    start_price: 100,
    end_price: 70,
    start_price_date: '2022-12-30',
    end_price_date: '2024-03-28',
    start_value: 2000,
    end_value: 2100,
    dividend_income: dividends ? 60 : 0,
    capital_gain: 700,
    profit: dividends ? 760 : 700,
    return_percentage: dividends ? 24.43729904 : 22.50803859,
    time_weighted_return: dividends ? 0.4125368967 : 0.3875770751,
    total_fees: 25,
  },
  BET: {
    start_quantity: 50,
    end_quantity: 15,
    start_price: 40,
    end_price: 45,
    start_price_date: '2022-12-30',
    end_price_date: '2024-03-28',
    start_value: 2000,
    end_value: 675,
    dividend_income: dividends ? 50 : 0,
    capital_gain: 279,
    profit: dividends ? 329 : 279,
    return_percentage: dividends ? 10.85808581 : 9.207920792,
    time_weighted_return: dividends ? 0.1489391097 : 0.1202156319,
    total_fees: 11,
  },
});
const caseIAverage = {
  total: gains(365, 2161, 614),
  ALP: gains(155, 1555, 545),
  BET: gains(210, 606, 69),
};
const caseIColumns: Column[] = [
  ...columns(
    {
      total: {
        ...caseIShared,
        dividend_income: 110,
        total_return: 1089,
        return_percentage: 17.73615635,
        time_weighted_return: 0.2785053031,
        money_weighted_return: 0.2765795354,
        annualized_time_weighted_return: 0.2178576769,
        annualized_money_weighted_return: 0.2163858928,
        volatility: 0.7827683628,
        max_drawdown: 0.03772273822,
        benchmark_return: 0.1359756098,
      },
      holdings: caseIHoldings(true),
      warnings: [{ code: 'dividend_currency', ticker: 'BET', date: '2023-10-02', currency: 'EUR' }],
    },
    {
      average: caseIAverage,
      fifo: { total: gains(432, 2228, 547), ALP: gains(210, 1610, 490), BET: gains(222, 618, 57) },
    },
  ),
  {
    name: 'dividends=exclude',
    costBasis: 'average',
    dividends: 'exclude',
    total: {
      ...caseIShared,
      dividend_income: 0,
      total_return: 979,
      return_percentage: 15.94462541,
      time_weighted_return: 0.2492590609,
      money_weighted_return: 0.2444087233,
      annualized_time_weighted_return: 0.1954582943,
      annualized_money_weighted_return: 0.1917334995,
      volatility: 0.8071849993,
      max_drawdown: 0.04291021672,
      benchmark_return: 0.125,
      ...caseIAverage.total,
    },
    holdings: Object.fromEntries(
      Object.entries(caseIHoldings(false)).map(([ticker, figures]) => [
        ticker,
        { ...figures, ...caseIAverage[ticker as 'ALP' | 'BET'] },
      ]),
    ),
    warnings: [],
  },
];

describe.each([
  ['E (a 4-for-1 split inside the window)', caseE, caseEColumns],
  ['F (dividends, a foreign one, a buy the day before and a sale on the ex-date)', caseF, caseFColumns],
  ['G (fees on buys and sells)', caseG, caseGColumns],
  ['H (cost basis; an opening holding without a price)', caseH, caseHColumns],
  ['I (everything together over 455 days)', caseI, caseIColumns],
])('accounting case %s', (_name, input, caseColumns) => {
  it.each(caseColumns.map((column) => [column.name, column] as const))(
    'reproduces every figure of the %s column',
    (_column, column) => checkColumn(input, column),
  );
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
    expectClose(series.at(-1)?.value, 7500, 'end value');
  });

  it('reinvests the benchmark dividend in its cumulative series (case F: 2.00 at 99)', () => {
    const { series } = calculateReturns(caseF);
    expectClose(series[6].benchmark_cumulative_return, (99 + 2) / 100 - 1, '03-07');
    expectClose(series[7].benchmark_cumulative_return, 2 / 99, '03-08');
  });

  it('leaves the shape of the original result when no accounting input is given', () => {
    const { accounting: _accounting, ...plain } = caseG;
    const result = calculateReturns(plain);
    expect(result).not.toHaveProperty('capital_gain');
    expect(result.holdings[0]).not.toHaveProperty('realized_gain');
    expect(result.series[0]).not.toHaveProperty('dividend');
    // Fees still count: they are part of the traded amounts.
    expectClose(result.total_return, 92.5, 'total_return');
  });

  it('ignores a split executed after today and an ex-date after today', () => {
    const result = calculateReturns({
      ...caseF,
      accounting: {
        ...caseF.accounting,
        splits: new Map([['DVA', [split('2024-03-20', 1, 2)]]]),
        dividends: new Map([['DVA', [usd('2024-03-06', 1)]]]),
        today: '2024-03-05',
      },
    });
    expectClose(result.dividend_income, 0, 'dividend_income');
    expectClose(result.holdings[0].start_quantity, 100, 'start_quantity');
    expectClose(result.holdings[0].end_value, 7500, 'end_value');
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
    expectClose(result.benchmark?.benchmark_return, 0, 'benchmark_return');
  });
});
