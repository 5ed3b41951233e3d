/**
 * Cases E–I of the accounting contract (splits, dividends, fees, cost basis), written once as plain data:
 * the calculator spec maps a case to a ReturnsInput, the e2e spec loads it through the API. Quantities,
 * prices and cash amounts are real ones as traded; closes are stored bars (newest split basis).
 */
import type { Figure } from './expect-figure.js';

export type Figures = Record<string, Figure>;
export type CostBasisMethod = 'average' | 'fifo';

export interface AccountingWarning {
  code: string;
  ticker: string;
  date?: string;
  currency?: string;
}

/** One column of a case's table: the query options it is computed with and every figure it lists. */
export interface AccountingColumn {
  name: string;
  costBasis: CostBasisMethod;
  dividends: 'include' | 'exclude';
  total: Figures;
  holdings: Record<string, Figures>;
  warnings: AccountingWarning[];
}

export interface AccountingCase {
  name: string;
  start: string;
  end: string;
  benchmark?: string;
  opening: Array<{ ticker: string; quantity: number; asOf: string }>;
  /** Without a price, the trade is at the real close of its date. */
  trades: Array<{
    ticker: string;
    type: 'BUY' | 'SELL';
    quantity: number;
    tradeDate: string;
    price?: number;
    fee?: number;
  }>;
  /** Per ticker (the benchmark's too): [date, close]. */
  closes: Record<string, Array<[string, number]>>;
  splits: Array<{ ticker: string; executionDate: string; splitFrom: number; splitTo: number }>;
  dividends: Array<{ ticker: string; exDividendDate: string; cashAmount: number; currency: string }>;
  columns: AccountingColumn[];
}

function gains(realized: Figure, cost: Figure, unrealized: Figure): Figures {
  return { realized_gain: realized, cost_basis: cost, unrealized_gain: unrealized };
}

/** The same figure names for two values: a table's "a / b" row. */
function pair(names: string, a: Figure, b: Figure): Figures {
  const [first, second] = names.split('/');
  return { [first]: a, [second]: b };
}

/** The rows every holding lists about its position: real quantities and prices, their dates, the values. */
function position(
  quantities: [number, number],
  prices: [number, number],
  dates: [string, string],
  values: [number, number],
): Figures {
  return {
    ...pair('start_quantity/end_quantity', ...quantities),
    ...pair('start_price/end_price', ...prices),
    ...pair('start_price_date/end_price_date', ...dates),
    ...pair('start_value/end_value', ...values),
  };
}

/** The average and fifo columns from the rows they share and the cost-basis rows of each. */
function costBasisColumns(
  shared: Pick<AccountingColumn, 'total' | 'holdings' | 'warnings'>,
  costRows: Record<CostBasisMethod, Record<string, Figures>>,
): AccountingColumn[] {
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

function excludeColumn(total: Figures, holdings: Record<string, Figures>): AccountingColumn {
  return {
    name: 'dividends=exclude',
    costBasis: 'average',
    dividends: 'exclude',
    total,
    holdings,
    warnings: [],
  };
}

const caseE: AccountingCase = {
  name: 'E (a 4-for-1 split inside the window)',
  start: '2024-06-03',
  end: '2024-06-07',
  opening: [{ ticker: 'SPL', quantity: 10, asOf: '2024-05-31' }],
  trades: [
    { ticker: 'SPL', type: 'BUY', quantity: 5, tradeDate: '2024-06-04' },
    // 20 real shares after the split: more than the 15 bought before it, fine in the newest basis (60).
    { ticker: 'SPL', type: 'SELL', quantity: 20, tradeDate: '2024-06-07', price: 110 },
  ],
  closes: {
    SPL: [
      ['2024-05-31', 95],
      ['2024-06-03', 100],
      ['2024-06-04', 102.5],
      ['2024-06-05', 105],
      ['2024-06-06', 107.5],
      ['2024-06-07', 110],
    ],
  },
  splits: [{ ticker: 'SPL', executionDate: '2024-06-06', splitFrom: 1, splitTo: 4 }],
  dividends: [],
  columns: costBasisColumns(
    {
      total: {
        ...pair('start_value/end_value', 4000, 4400),
        ...pair('total_inflows/total_outflows', 2050, 2200),
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
          ...position([10, 40], [400, 110], ['2024-06-03', '2024-06-07'], [4000, 4400]),
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
  ),
};

const caseFShared = {
  ...pair('start_value/end_value', 5800, 7500),
  ...pair('total_inflows/total_outflows', 2500, 860),
  annualized_time_weighted_return: null,
  annualized_money_weighted_return: null,
  total_fees: 0,
  ...gains(60, 7500, 0),
};
const caseFHoldings = (dividends: boolean): Record<string, Figures> => ({
  DVA: {
    ...position([100, 150], [50, 50], ['2024-03-01', '2024-03-08'], [5000, 7500]),
    dividend_income: dividends ? 150 : 0,
    capital_gain: 0,
    profit: dividends ? 150 : 0,
    return_percentage: dividends ? 2 : 0,
    time_weighted_return: dividends ? 0.02040816327 : 0,
    total_fees: 0,
    ...gains(0, 7500, 0),
  },
  DVB: {
    ...position([40, 0], [20, 22], ['2024-03-01', '2024-03-08'], [800, 0]),
    dividend_income: 0,
    capital_gain: 60,
    profit: 60,
    return_percentage: 7.5,
    time_weighted_return: 0.075,
    total_fees: 0,
    ...gains(60, 0, 0),
  },
});
const caseF: AccountingCase = {
  name: 'F (dividends, a foreign one, a buy the day before and a sale on the ex-date)',
  start: '2024-03-01',
  end: '2024-03-08',
  benchmark: 'BMK',
  opening: [
    { ticker: 'DVA', quantity: 100, asOf: '2024-03-01' },
    { ticker: 'DVB', quantity: 40, asOf: '2024-03-01' },
  ],
  trades: [
    { ticker: 'DVA', type: 'BUY', quantity: 50, tradeDate: '2024-03-05' },
    { ticker: 'DVB', type: 'SELL', quantity: 40, tradeDate: '2024-03-07' },
  ],
  closes: {
    DVA: [
      ['2024-03-01', 50],
      ['2024-03-04', 50],
      ['2024-03-05', 50],
      ['2024-03-06', 49],
      ['2024-03-07', 49],
      ['2024-03-08', 50],
    ],
    DVB: [
      ['2024-03-01', 20],
      ['2024-03-04', 21],
      ['2024-03-05', 21],
      ['2024-03-06', 22],
      ['2024-03-07', 21.5],
      ['2024-03-08', 22],
    ],
    BMK: [
      ['2024-03-01', 100],
      ['2024-03-04', 100],
      ['2024-03-05', 102],
      ['2024-03-06', 102],
      ['2024-03-07', 99],
      ['2024-03-08', 100],
    ],
  },
  splits: [],
  dividends: [
    { ticker: 'DVA', exDividendDate: '2024-03-06', cashAmount: 1, currency: 'USD' },
    { ticker: 'DVB', exDividendDate: '2024-03-07', cashAmount: 0.5, currency: 'CAD' },
    { ticker: 'BMK', exDividendDate: '2024-03-07', cashAmount: 2, currency: 'USD' },
  ],
  columns: [
    ...costBasisColumns(
      {
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
        },
        holdings: caseFHoldings(true),
        warnings: [{ code: 'dividend_currency', ticker: 'DVB', date: '2024-03-07', currency: 'CAD' }],
      },
      { average: {}, fifo: {} },
    ),
    excludeColumn(
      {
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
      },
      caseFHoldings(false),
    ),
  ],
};

const caseGFigures = {
  ...pair('start_value/end_value', 1000, 550),
  dividend_income: 0,
  capital_gain: 92.5,
  return_percentage: 4.567901235,
  time_weighted_return: 0.09069852941,
  total_fees: 12.5,
};
const caseG: AccountingCase = {
  name: 'G (fees on buys and sells)',
  start: '2024-04-01',
  end: '2024-04-05',
  opening: [],
  trades: [
    { ticker: 'FEE', type: 'BUY', quantity: 10, tradeDate: '2024-03-28', price: 98, fee: 4 },
    { ticker: 'FEE', type: 'BUY', quantity: 10, tradeDate: '2024-04-02', price: 102, fee: 5 },
    { ticker: 'FEE', type: 'SELL', quantity: 15, tradeDate: '2024-04-04', price: 105, fee: 7.5 },
  ],
  closes: {
    FEE: [
      ['2024-03-28', 98],
      ['2024-04-01', 100],
      ['2024-04-02', 102],
      ['2024-04-03', 101],
      ['2024-04-04', 105],
      ['2024-04-05', 110],
    ],
  },
  splits: [],
  dividends: [],
  columns: costBasisColumns(
    {
      total: {
        ...caseGFigures,
        ...pair('total_inflows/total_outflows', 1025, 1567.5),
        total_return: 92.5,
        money_weighted_return: 0.0670246626,
        annualized_time_weighted_return: null,
        annualized_money_weighted_return: null,
        volatility: 0.4005142529,
        max_drawdown: 0.009803921569,
      },
      holdings: {
        FEE: {
          ...caseGFigures,
          ...position([10, 5], [100, 110], ['2024-04-01', '2024-04-05'], [1000, 550]),
          profit: 92.5,
        },
      },
      warnings: [],
    },
    {
      average: { total: gains(60.75, 502.25, 47.75), FEE: gains(60.75, 502.25, 47.75) },
      fifo: { total: gains(71, 512.5, 37.5), FEE: gains(71, 512.5, 37.5) },
    },
  ),
};

const caseH: AccountingCase = {
  name: 'H (cost basis; an opening holding without a price)',
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
  closes: {
    CBA: [
      ['2024-02-02', 20],
      ['2024-02-05', 21],
      ['2024-02-06', 22],
      ['2024-02-07', 24],
      ['2024-02-08', 23],
      ['2024-02-09', 25],
      ['2024-02-12', 26],
    ],
    CBB: [
      ['2024-02-01', 50],
      ['2024-02-02', 51],
      ['2024-02-12', 54],
    ],
  },
  splits: [],
  dividends: [],
  columns: costBasisColumns(
    {
      total: {
        ...pair('start_value/end_value', 608, 692),
        ...pair('total_inflows/total_outflows', 815, 790),
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
          ...position([10, 10], [20, 26], ['2024-02-02', '2024-02-12'], [200, 260]),
          dividend_income: 0,
          capital_gain: 35,
          profit: 35,
          return_percentage: 3.448275862,
          time_weighted_return: 0.3,
          total_fees: 0,
        },
        CBB: {
          ...position([8, 8], [51, 54], ['2024-02-02', '2024-02-12'], [408, 432]),
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
  ),
};

const caseIShared = {
  ...pair('start_value/end_value', 4000, 2775),
  ...pair('total_inflows/total_outflows', 2140, 4344),
  capital_gain: 979,
  total_fees: 36,
};
const caseIHoldings = (dividends: boolean): Record<string, Figures> => ({
  ALP: {
    ...position([20, 30], [100, 70], ['2022-12-30', '2024-03-28'], [2000, 2100]),
    dividend_income: dividends ? 60 : 0,
    capital_gain: 700,
    profit: dividends ? 760 : 700,
    return_percentage: dividends ? 24.43729904 : 22.50803859,
    time_weighted_return: dividends ? 0.4125368967 : 0.3875770751,
    total_fees: 25,
  },
  BET: {
    ...position([50, 15], [40, 45], ['2022-12-30', '2024-03-28'], [2000, 675]),
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
const caseI: AccountingCase = {
  name: 'I (everything together over 455 days)',
  start: '2023-01-01',
  end: '2024-03-31',
  benchmark: 'IDX',
  opening: [
    { ticker: 'ALP', quantity: 20, asOf: '2022-12-30' },
    { ticker: 'BET', quantity: 50, asOf: '2023-01-01' },
  ],
  trades: [
    { ticker: 'ALP', type: 'BUY', quantity: 10, tradeDate: '2023-04-03', fee: 10 },
    { ticker: 'ALP', type: 'SELL', quantity: 30, tradeDate: '2023-09-01', price: 57.5, fee: 15 },
    { ticker: 'BET', type: 'BUY', quantity: 25, tradeDate: '2023-10-02', price: 41, fee: 5 },
    { ticker: 'BET', type: 'SELL', quantity: 60, tradeDate: '2023-12-29', price: 44, fee: 6 },
  ],
  closes: {
    ALP: [
      ['2022-12-30', 50],
      ['2023-04-03', 55],
      ['2023-05-01', 54.5],
      ['2023-07-03', 60],
      ['2023-09-01', 57.5],
      ['2023-12-29', 65],
      ['2024-03-28', 70],
    ],
    BET: [
      ['2022-12-30', 40],
      ['2023-04-03', 39],
      ['2023-07-03', 42],
      ['2023-10-02', 41],
      ['2023-12-29', 44],
      ['2024-03-28', 45],
    ],
    IDX: [
      ['2022-12-30', 400],
      ['2023-06-01', 410],
      ['2023-12-29', 440],
      ['2024-03-28', 450],
    ],
  },
  splits: [{ ticker: 'ALP', executionDate: '2023-07-03', splitFrom: 1, splitTo: 2 }],
  dividends: [
    { ticker: 'ALP', exDividendDate: '2023-05-01', cashAmount: 1, currency: 'USD' },
    { ticker: 'ALP', exDividendDate: '2023-09-01', cashAmount: 0.5, currency: 'USD' },
    { ticker: 'BET', exDividendDate: '2023-04-03', cashAmount: 1, currency: 'USD' },
    { ticker: 'BET', exDividendDate: '2023-10-02', cashAmount: 0.8, currency: 'EUR' },
    { ticker: 'IDX', exDividendDate: '2023-06-01', cashAmount: 4, currency: 'USD' },
  ],
  columns: [
    ...costBasisColumns(
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
    excludeColumn(
      {
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
      Object.fromEntries(
        Object.entries(caseIHoldings(false)).map(([ticker, figures]) => [
          ticker,
          { ...figures, ...caseIAverage[ticker as 'ALP' | 'BET'] },
        ]),
      ),
    ),
  ],
};

export const ACCOUNTING_CASES: readonly AccountingCase[] = [caseE, caseF, caseG, caseH, caseI];

/** A case by its letter, for the specs that add checks of their own to one of them. */
export function accountingCase(letter: 'E' | 'F' | 'G' | 'H' | 'I'): AccountingCase {
  return ACCOUNTING_CASES.find((entry) => entry.name.startsWith(`${letter} `)) as AccountingCase;
}
