import type { IsoDate } from '../../common/time/calendar-date.js';
import { calculateReturns } from './portfolio-returns.calculator.js';
import type {
  HoldingReturns,
  PriceBar,
  ReturnsInput,
  ReturnsResult,
  ReturnsWarning,
  ReturnsWarningCode,
} from './types.js';

/** The contract's tolerance: relative 1e-9, absolute 1e-9 near zero. */
function expectClose(actual: number | null | undefined, expected: number): void {
  expect(typeof actual).toBe('number');
  const gap = Math.abs((actual as number) - expected);
  if (gap > Math.max(1e-9, 1e-9 * Math.abs(expected))) expect(actual).toBe(expected);
}

function bars(entries: Array<[IsoDate, number]>): PriceBar[] {
  return entries.map(([date, close]) => ({ date, close }));
}

function warningsOf(result: ReturnsResult, code: ReturnsWarningCode): ReturnsWarning[] {
  return result.warnings.filter((warning) => warning.code === code);
}

function holding(result: ReturnsResult, ticker: string): HoldingReturns {
  const found = result.holdings.find((entry) => entry.ticker === ticker);
  if (!found) throw new Error(`no holding ${ticker}`);
  return found;
}

const caseA: ReturnsInput = {
  start: '2024-01-01',
  end: '2024-01-31',
  opening: [
    { ticker: 'AAPL', quantity: 10 },
    { ticker: 'MSFT', quantity: 5 },
  ],
  trades: [],
  bars: new Map([
    [
      'AAPL',
      bars([
        ['2023-12-28', 193.58],
        ['2023-12-29', 192.53],
        ['2024-01-02', 185.64],
        ['2024-01-03', 184.25],
        ['2024-01-31', 184.4],
      ]),
    ],
    [
      'MSFT',
      bars([
        ['2023-12-28', 375.28],
        ['2023-12-29', 376.04],
        ['2024-01-02', 370.87],
        ['2024-01-03', 370.6],
        ['2024-01-31', 397.58],
      ]),
    ],
  ]),
};

const caseB: ReturnsInput = {
  start: '2024-03-01',
  end: '2024-03-07',
  opening: [{ ticker: 'ABC', quantity: 3 }],
  trades: [
    { ticker: 'XYZ', type: 'SELL', quantity: 5, tradeDate: '2024-03-06', price: 120 },
    { ticker: 'XYZ', type: 'BUY', quantity: 10, tradeDate: '2024-03-01', price: null },
    { ticker: 'XYZ', type: 'BUY', quantity: 10, tradeDate: '2024-03-05', price: 99 },
  ],
  bars: new Map([
    [
      'XYZ',
      bars([
        ['2024-03-01', 100],
        ['2024-03-04', 110],
        ['2024-03-05', 99],
        ['2024-03-06', 120],
        ['2024-03-07', 125],
      ]),
    ],
    [
      'ABC',
      bars([
        ['2024-03-01', 50],
        ['2024-03-04', 50],
        ['2024-03-05', 55],
        ['2024-03-06', 52],
        ['2024-03-07', 60],
      ]),
    ],
  ]),
};

const caseC: ReturnsInput = {
  start: '2010-01-01',
  end: '2011-01-01',
  opening: [{ ticker: 'X', quantity: 1 }],
  trades: [{ ticker: 'X', type: 'BUY', quantity: 1, tradeDate: '2010-07-01', price: null }],
  bars: new Map([
    [
      'X',
      bars([
        ['2010-01-01', 200],
        ['2010-07-01', 190],
        ['2011-01-01', 210],
      ]),
    ],
  ]),
};

describe('calculateReturns: case A (opening holdings, no flows, window starts on a holiday)', () => {
  const result = calculateReturns(caseA);

  it('reproduces the portfolio figures', () => {
    expectClose(result.start_value, 3805.5);
    expectClose(result.end_value, 3831.9);
    expectClose(result.total_inflows, 0);
    expectClose(result.total_outflows, 0);
    expectClose(result.total_return, 26.4);
    expectClose(result.return_percentage, 0.6937327552);
    expectClose(result.time_weighted_return, 0.006937327552);
    expectClose(result.money_weighted_return, 0.006937327552);
    expect(result.annualized_time_weighted_return).toBeNull();
    expect(result.annualized_money_weighted_return).toBeNull();
    expectClose(result.volatility, 0.4992684419);
    expectClose(result.max_drawdown, 0.02890553147);
    expect(result.missing_prices).toEqual([]);
  });

  it('reproduces the AAPL figures', () => {
    const aapl = holding(result, 'AAPL');
    expect(aapl).toMatchObject({
      start_quantity: 10,
      end_quantity: 10,
      quantity: 10,
      start_price_date: '2023-12-29',
      end_price_date: '2024-01-31',
    });
    expectClose(aapl.start_price, 192.53);
    expectClose(aapl.end_price, 184.4);
    expectClose(aapl.start_value, 1925.3);
    expectClose(aapl.end_value, 1844);
    expectClose(aapl.profit, -81.3);
    expectClose(aapl.return, -81.3);
    expectClose(aapl.return_percentage, -4.222718537);
    expectClose(aapl.time_weighted_return, -0.04222718537);
  });

  it('reproduces the MSFT figures', () => {
    const msft = holding(result, 'MSFT');
    expect(msft).toMatchObject({
      start_quantity: 5,
      end_quantity: 5,
      start_price_date: '2023-12-29',
      end_price_date: '2024-01-31',
    });
    expectClose(msft.start_price, 376.04);
    expectClose(msft.end_price, 397.58);
    expectClose(msft.profit, 107.7);
    expectClose(msft.return_percentage, 5.72811403);
    expectClose(msft.time_weighted_return, 0.0572811403);
  });

  it('lists holdings by ticker and flags the closes of 01-03 still used on 01-12 as stale', () => {
    expect(result.holdings.map((entry) => entry.ticker)).toEqual(['AAPL', 'MSFT']);
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'stale_price', ticker: 'AAPL', date: '2024-01-12' }),
      expect.objectContaining({ code: 'stale_price', ticker: 'MSFT', date: '2024-01-12' }),
    ]);
  });
});

describe('calculateReturns: case B (buys and a sell inside the window)', () => {
  const result = calculateReturns(caseB);

  it('reproduces the portfolio figures', () => {
    expectClose(result.start_value, 1150);
    expectClose(result.end_value, 2055);
    expectClose(result.total_inflows, 990);
    expectClose(result.total_outflows, 600);
    expectClose(result.total_return, 515);
    expectClose(result.return_percentage, 24.06542056);
    expectClose(result.time_weighted_return, 0.2573629891);
    expectClose(result.money_weighted_return, 0.3791682318);
    expect(result.annualized_time_weighted_return).toBeNull();
    expect(result.annualized_money_weighted_return).toBeNull();
    expectClose(result.volatility, 1.753111912);
    expectClose(result.max_drawdown, 0.076);
  });

  it('reproduces the ABC figures', () => {
    const abc = holding(result, 'ABC');
    expect(abc).toMatchObject({ start_quantity: 3, end_quantity: 3, quantity: 3 });
    expectClose(abc.start_value, 150);
    expectClose(abc.end_value, 180);
    expectClose(abc.profit, 30);
    expectClose(abc.return_percentage, 20);
    expectClose(abc.time_weighted_return, 0.2);
  });

  it('reproduces the XYZ figures (the buy dated start is part of the starting position)', () => {
    const xyz = holding(result, 'XYZ');
    expect(xyz).toMatchObject({
      start_quantity: 10,
      end_quantity: 15,
      quantity: 15,
      start_price_date: '2024-03-01',
      end_price_date: '2024-03-07',
    });
    expectClose(xyz.start_price, 100);
    expectClose(xyz.end_price, 125);
    expectClose(xyz.start_value, 1000);
    expectClose(xyz.end_value, 1875);
    expectClose(xyz.profit, 485);
    expectClose(xyz.return, 485);
    expectClose(xyz.return_percentage, 24.3718593);
    expectClose(xyz.time_weighted_return, 0.25);
  });

  it('puts flows in the series on their days', () => {
    expect(result.series.map((point) => point.net_flow)).toEqual([0, 0, 0, 0, 990, -600, 0]);
    expectClose(result.series[4].drawdown, 0.076);
    expectClose(result.series[6].cumulative_return, 0.2573629891);
  });
});

describe('calculateReturns: case C (a full year, one buy halfway)', () => {
  const result = calculateReturns(caseC);

  it('reproduces the figures, annualized over T = 365', () => {
    expectClose(result.start_value, 200);
    expectClose(result.end_value, 420);
    expectClose(result.total_inflows, 190);
    expectClose(result.total_return, 30);
    expectClose(result.return_percentage, 7.692307692);
    expectClose(result.time_weighted_return, 0.05);
    expectClose(result.annualized_time_weighted_return, 0.05);
    expectClose(result.money_weighted_return, 0.1022252696);
    expectClose(result.annualized_money_weighted_return, 0.1022252696);
    expectClose(result.volatility, 1.742824625);
    expectClose(result.max_drawdown, 0.05);
  });

  it('reports the single holding with the same formulas', () => {
    const x = holding(result, 'X');
    expect(x).toMatchObject({ start_quantity: 1, end_quantity: 2 });
    expectClose(x.profit, 30);
    expectClose(x.return_percentage, 7.692307692);
    expectClose(x.time_weighted_return, 0.05);
  });

  it('has one series point per calendar day, start included', () => {
    expect(result.series).toHaveLength(366);
    expect(result.series[0]).toEqual({
      date: '2010-01-01',
      value: 200,
      net_flow: 0,
      cumulative_return: 0,
      drawdown: 0,
    });
    expect(result.series[365].date).toBe('2011-01-01');
  });
});

describe('calculateReturns: case D (missing prices)', () => {
  it.each(['2024-01-01', '2023-06-15'])('lists NOPE as needed from the start %s', (start) => {
    const result = calculateReturns({
      start,
      end: '2024-02-01',
      opening: [{ ticker: 'NOPE', quantity: 1 }],
      trades: [],
      bars: new Map(),
    });
    expect(result.missing_prices).toEqual([{ ticker: 'NOPE', needed_from: start }]);
    expect(result.holdings).toEqual([]);
  });

  it('needs a ticker first bought inside the window from its first trade date', () => {
    const result = calculateReturns({
      start: '2024-01-01',
      end: '2024-01-31',
      opening: [],
      trades: [
        { ticker: 'NEW', type: 'BUY', quantity: 1, tradeDate: '2024-01-20', price: 10 },
        { ticker: 'NEW', type: 'BUY', quantity: 1, tradeDate: '2024-01-10', price: 10 },
      ],
      bars: new Map([['NEW', bars([['2024-01-15', 10]])]]),
    });
    expect(result.missing_prices).toEqual([{ ticker: 'NEW', needed_from: '2024-01-10' }]);
  });

  it('ignores a ticker sold out before the window and not traded in it', () => {
    const result = calculateReturns({
      start: '2024-01-01',
      end: '2024-01-31',
      opening: [{ ticker: 'GONE', quantity: 2 }],
      trades: [{ ticker: 'GONE', type: 'SELL', quantity: 2, tradeDate: '2023-05-01', price: 7 }],
      bars: new Map(),
    });
    expect(result.missing_prices).toEqual([]);
    expect(result.holdings).toEqual([]);
  });
});

describe('calculateReturns: edge cases', () => {
  it('answers all zeros for an empty portfolio', () => {
    const result = calculateReturns({
      start: '2024-01-01',
      end: '2024-01-10',
      opening: [],
      trades: [],
      bars: new Map(),
    });
    expect(result).toMatchObject({
      start_value: 0,
      end_value: 0,
      total_inflows: 0,
      total_outflows: 0,
      total_return: 0,
      return_percentage: 0,
      time_weighted_return: 0,
      money_weighted_return: 0,
      annualized_time_weighted_return: null,
      annualized_money_weighted_return: null,
      volatility: null,
      max_drawdown: 0,
      holdings: [],
      missing_prices: [],
      warnings: [],
    });
    expect(result.series).toHaveLength(10);
    expect(result.series.every((point) => point.value === 0 && point.cumulative_return === 0)).toBe(true);
    expect(result).not.toHaveProperty('benchmark');
  });

  it('handles a one-day window (start = end)', () => {
    const result = calculateReturns({ ...caseA, end: caseA.start });
    expectClose(result.start_value, 3805.5);
    expectClose(result.end_value, 3805.5);
    expect(result.time_weighted_return).toBe(0);
    expect(result.money_weighted_return).toBe(0);
    expect(result.volatility).toBeNull();
    expect(result.series).toEqual([
      { date: '2024-01-01', value: 3805.5, net_flow: 0, cumulative_return: 0, drawdown: 0 },
    ]);
  });

  it('ignores trades after the window end', () => {
    const late = { ticker: 'ABC', type: 'BUY' as const, quantity: 100, tradeDate: '2024-03-08', price: 1 };
    expect(calculateReturns({ ...caseB, trades: [...caseB.trades, late] })).toEqual(calculateReturns(caseB));
  });

  it('prices a buy without price at the as-of close of its date, a weekend carrying Friday', () => {
    const result = calculateReturns({
      ...caseB,
      trades: [{ ticker: 'XYZ', type: 'BUY', quantity: 2, tradeDate: '2024-03-03', price: null }],
    });
    expectClose(result.total_inflows, 200);
    expect(holding(result, 'XYZ')).toMatchObject({ start_quantity: 0, end_quantity: 2, start_price: 100 });
  });

  it('gives a ticker bought inside the window, with no bar by the start, a null start price', () => {
    const result = calculateReturns({
      start: '2024-03-01',
      end: '2024-03-07',
      opening: [],
      trades: [{ ticker: 'NEW', type: 'BUY', quantity: 4, tradeDate: '2024-03-05', price: null }],
      bars: new Map([
        [
          'NEW',
          bars([
            ['2024-03-05', 10],
            ['2024-03-07', 12],
          ]),
        ],
      ]),
    });
    expect(holding(result, 'NEW')).toMatchObject({
      start_price: null,
      start_price_date: null,
      start_value: 0,
    });
    expectClose(result.time_weighted_return, 0.2);
    expectClose(result.total_return, 8);
    expectClose(result.return_percentage, 20);
    expectClose(result.money_weighted_return, (48 / 40) ** (6 / 2) - 1);
  });
});

describe('calculateReturns: volatility day set', () => {
  it('counts the days on which a ticker taking part in the day has a bar', () => {
    const weekdays = ['03-01', '03-04', '03-05', '03-06', '03-07', '03-08'];
    const result = calculateReturns({
      start: '2024-03-01',
      end: '2024-03-08',
      opening: [{ ticker: 'A', quantity: 1 }],
      trades: [{ ticker: 'B', type: 'BUY', quantity: 1, tradeDate: '2024-03-07', price: null }],
      bars: new Map([
        [
          'A',
          bars([
            ['2024-03-01', 10],
            ['2024-03-04', 11],
            ['2024-03-08', 12],
          ]),
        ],
        ['B', bars(weekdays.map((day) => [`2024-${day}`, 5]))],
      ]),
    });
    // A's bars on 03-04 and 03-08, B's from its buy on 03-07; B's bars of 03-05/06 (not yet held) do not count.
    const returns = [0.1, 0, 17 / 16 - 1];
    const mean = returns.reduce((sum, r) => sum + r, 0) / 3;
    const variance = returns.reduce((sum, r) => sum + (r - mean) ** 2, 0) / 2;
    expectClose(result.volatility, Math.sqrt(variance) * Math.sqrt(252));
  });
});

describe('calculateReturns: a holding sold out inside the window', () => {
  it('ends flat, with its profit and own chain up to the sale', () => {
    const result = calculateReturns({
      ...caseB,
      trades: [
        ...caseB.trades,
        { ticker: 'ABC', type: 'SELL', quantity: 3, tradeDate: '2024-03-05', price: null },
      ],
    });
    const abc = holding(result, 'ABC');
    expect(abc).toMatchObject({
      start_quantity: 3,
      end_quantity: 0,
      quantity: 0,
      end_value: 0,
      end_price: 60,
    });
    expectClose(abc.profit, 3 * 55 - 150);
    expectClose(abc.return_percentage, 10);
    expectClose(abc.time_weighted_return, 0.1);
    expectClose(result.total_outflows, 600 + 165);
  });
});

describe('calculateReturns: series', () => {
  it('carries value, cumulative return and drawdown per calendar day', () => {
    const { series } = calculateReturns(caseA);
    expect(series).toHaveLength(31);
    expect(series.map((point) => point.date)).toEqual(
      Array.from({ length: 31 }, (_, i) => `2024-01-${String(i + 1).padStart(2, '0')}`),
    );
    expect(series[0]).toEqual({
      date: '2024-01-01',
      value: 3805.5,
      net_flow: 0,
      cumulative_return: 0,
      drawdown: 0,
    });
    expectClose(series[1].value, 3710.75);
    expectClose(series[2].drawdown, 0.02890553147);
    expectClose(series[15].value, 3695.5); // carried forward over the gap
    expectClose(series[30].cumulative_return, 0.006937327552);
  });
});

describe('calculateReturns: without a series (series: false)', () => {
  const withAccounting = (input: ReturnsInput): ReturnsInput => ({
    ...input,
    accounting: { splits: new Map(), dividends: new Map(), today: '2025-12-31' },
  });
  const cases = [caseC, caseA, caseB, withAccounting(caseB), caseA];

  it('gives every figure of the default result, with an empty series, whatever ran before it', () => {
    // Windows of 365, 30 and 31 days in turn: the reused columns are cleared between calculations.
    for (const input of cases) {
      const full = calculateReturns(input);
      expect(calculateReturns({ ...input, series: false })).toEqual({ ...full, series: [] });
    }
  });

  it('leaves the series of a result computed with one intact, when read after other calculations', () => {
    const kept = cases.map((input) => calculateReturns(input));
    for (const input of cases) calculateReturns({ ...input, series: false });
    kept.forEach((result, i) => expect(result.series).toEqual(calculateReturns(cases[i]).series));
  });
});

describe('calculateReturns: benchmark', () => {
  const spy = bars([
    ['2023-12-29', 475.31],
    ['2024-01-02', 472.65],
    ['2024-01-31', 482.88],
  ]);

  it('returns the benchmark price return and its cumulative series', () => {
    const result = calculateReturns({ ...caseA, benchmark: { ticker: 'SPY', bars: spy } });
    expect(result.benchmark).toMatchObject({
      ticker: 'SPY',
      start_price: 475.31,
      end_price: 482.88,
      start_price_date: '2023-12-29',
      end_price_date: '2024-01-31',
    });
    expectClose(result.benchmark?.benchmark_return, 482.88 / 475.31 - 1);
    expect(result.series[0].benchmark_cumulative_return).toBe(0);
    expectClose(result.series[1].benchmark_cumulative_return, 472.65 / 475.31 - 1);
    expectClose(result.series[30].benchmark_cumulative_return, 482.88 / 475.31 - 1);
  });

  it('answers null with a benchmark_no_data warning when no bar precedes the start', () => {
    const result = calculateReturns({ ...caseA, benchmark: { ticker: 'SPY', bars: spy.slice(1) } });
    expect(result.benchmark).toBeNull();
    expect(result.series[1]).not.toHaveProperty('benchmark_cumulative_return');
    expect(warningsOf(result, 'benchmark_no_data')).toEqual([
      expect.objectContaining({ code: 'benchmark_no_data', ticker: 'SPY' }),
    ]);
  });
});

describe('calculateReturns: warnings', () => {
  it('flags a price older than 5 weekdays once per ticker, at its first use', () => {
    const result = calculateReturns({
      start: '2024-03-01', // Friday
      end: '2024-03-15',
      opening: [{ ticker: 'OLD', quantity: 1 }],
      trades: [],
      bars: new Map([
        [
          'OLD',
          bars([
            ['2024-03-01', 5],
            ['2024-03-15', 6],
          ]),
        ],
      ]),
    });
    // Weekdays strictly between Fri 03-01 and Mon 03-11: 03-04..03-08 = 5 (not stale); Tue 03-12: 6.
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'stale_price', ticker: 'OLD', date: '2024-03-12' }),
    ]);
  });

  it('flags an end after the newest bar of every held ticker', () => {
    const result = calculateReturns({ ...caseA, end: '2024-02-03' });
    expect(warningsOf(result, 'end_after_last_bar')).toEqual([
      expect.objectContaining({ code: 'end_after_last_bar', date: '2024-01-31' }),
    ]);
  });

  it('does not flag the end while one held ticker has a bar on it', () => {
    const withFeb = new Map(caseA.bars);
    withFeb.set('MSFT', [...(caseA.bars.get('MSFT') ?? []), { date: '2024-02-02', close: 411.22 }]);
    const result = calculateReturns({ ...caseA, end: '2024-02-02', bars: withFeb });
    expect(warningsOf(result, 'end_after_last_bar')).toEqual([]);
  });
});
