import fc from 'fast-check';
import { addDays, daysBetween, type IsoDate } from '../../common/time/calendar-date.js';
import { calculateReturns } from './portfolio-returns.calculator.js';
import { SplitFactors } from './split-factors.js';
import type {
  CashDividend,
  HoldingReturns,
  OpeningHolding,
  PriceBar,
  ReturnsInput,
  ReturnsResult,
  StockSplit,
  Trade,
} from './types.js';
import { closeAsOf, randomBars } from '../../../test/support/random-bars.js';
import { expectFigure } from '../../../test/support/expect-figure.js';
import { mulberry32, type Random } from '../../../test/support/seeded-random.js';

/** fast-check draws a seed; a seeded generator builds the portfolio from it, so a failure replays. */
const RUNS = { seed: 20261201, numRuns: 150 };

function integer(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[integer(random, 0, items.length - 1)];
}

interface Options {
  tickers?: number;
  /** Opening holdings as of `start` and every trade inside the window. */
  lotsFromStart?: boolean;
  /** Only SELLs after the opening holding (a single lot per ticker). */
  sellsOnly?: boolean;
  splits?: boolean;
}

/**
 * A portfolio in a world without splits (prices, quantities, dividends per share all in one basis), plus
 * splits to apply to it. Positions never go negative; trades carry fees; some dividends are foreign.
 */
interface Portfolio {
  start: IsoDate;
  end: IsoDate;
  opening: OpeningHolding[];
  trades: Trade[];
  bars: Map<string, PriceBar[]>;
  splits: Map<string, StockSplit[]>;
  dividends: Map<string, CashDividend[]>;
}

function randomPortfolio(random: Random, options: Options = {}): Portfolio {
  const start = addDays('2018-01-01', integer(random, 0, 1500));
  const end = addDays(start, integer(random, 1, 120));
  const historyStart = addDays(start, -integer(random, 7, 30));
  const tickers = ['AAA', 'BBB', 'CCC'].slice(0, options.tickers ?? integer(random, 1, 3));
  const bars = new Map([...tickers, 'IDX'].map((ticker) => [ticker, randomBars(random, historyStart, end)]));
  const splits = new Map<string, StockSplit[]>();
  const dividends = new Map<string, CashDividend[]>();
  for (const ticker of [...tickers, 'IDX']) {
    if (options.splits !== false)
      splits.set(
        ticker,
        Array.from({ length: integer(random, 0, 2) }, () => {
          const [splitFrom, splitTo] = pick(random, [
            [1, 2],
            [1, 4],
            [2, 3],
            [10, 1],
            [1, 20],
          ]);
          const executionDate = addDays(
            historyStart,
            integer(random, 1, daysBetween(historyStart, end) + 10),
          );
          return { executionDate, splitFrom, splitTo };
        }),
      );
    dividends.set(
      ticker,
      Array.from({ length: integer(random, 0, 3) }, () => ({
        exDividendDate: addDays(historyStart, integer(random, 1, daysBetween(historyStart, end))),
        payDate: null,
        cashAmount: Math.round(random() * 200) / 100,
        currency: pick(random, ['USD', 'USD', 'USD', null, 'CAD']),
      })),
    );
  }
  const opening: OpeningHolding[] = tickers
    .filter(() => options.sellsOnly || random() < 0.7)
    .map((ticker) => ({
      ticker,
      quantity: integer(random, 1, 200) / (random() < 0.3 ? 8 : 1),
      asOf: options.lotsFromStart
        ? start
        : addDays(historyStart, integer(random, 0, daysBetween(historyStart, start))),
    }));
  const held = new Map(opening.map((holding) => [holding.ticker, holding.quantity]));
  const dates = Array.from({ length: integer(random, 0, 20) }, () =>
    options.lotsFromStart
      ? addDays(start, integer(random, 1, daysBetween(start, end)))
      : addDays(historyStart, integer(random, 7, daysBetween(historyStart, end))),
  );
  const trades: Trade[] = [];
  for (const tradeDate of dates.sort()) {
    const ticker = pick(random, tickers);
    const close = closeAsOf(bars.get(ticker) ?? [], tradeDate);
    if (Number.isNaN(close)) continue;
    const shares = held.get(ticker) ?? 0;
    const sell = options.sellsOnly || (shares > 0 && random() < 0.4);
    if (sell && shares <= 0) continue;
    const quantity = sell ? shares * (random() < 0.2 ? 1 : random()) : integer(random, 1, 100);
    if (quantity <= 0) continue;
    const price = random() < 0.5 ? null : close * (0.9 + random() * 0.2);
    const fee = random() < 0.5 ? 0 : Math.round(random() * 500) / 100;
    trades.push({ ticker, type: sell ? 'SELL' : 'BUY', quantity, tradeDate, price, fee });
    held.set(ticker, shares + (sell ? -quantity : quantity));
  }
  return { start, end, opening, trades, bars, splits, dividends };
}

/** The portfolio in the world where nothing split: its own bars, quantities and dividends. */
function unsplitInput(portfolio: Portfolio): ReturnsInput {
  const { IDX: benchmarkBars, ...bars } = Object.fromEntries(portfolio.bars);
  return {
    start: portfolio.start,
    end: portfolio.end,
    opening: portfolio.opening,
    trades: portfolio.trades,
    bars: new Map(Object.entries(bars)),
    benchmark: { ticker: 'IDX', bars: benchmarkBars },
    accounting: { dividends: portfolio.dividends },
  };
}

/**
 * The same economy with the splits: after a k-for-1 split every real share is k shares at 1/k of the
 * price, so trades, opening quantities and dividends per share are restated in the shares of their date
 * (G(d) = Π k of the splits executed on or before d), and the stored bars are in the newest basis.
 */
function splitInput(portfolio: Portfolio): ReturnsInput {
  const growth = (ticker: string) => {
    const factors = new SplitFactors(portfolio.splits.get(ticker));
    const total = factors.factorOn('0000-01-01');
    return { at: (date: IsoDate) => total / factors.factorOn(date), total };
  };
  const adjust = (ticker: string, bars: PriceBar[]): PriceBar[] => {
    const { total } = growth(ticker);
    return bars.map((bar) => ({ date: bar.date, close: bar.close / total }));
  };
  const { IDX: benchmarkBars, ...bars } = Object.fromEntries(portfolio.bars);
  return {
    start: portfolio.start,
    end: portfolio.end,
    opening: portfolio.opening.map((holding) => ({
      ...holding,
      quantity: holding.quantity * growth(holding.ticker).at(holding.asOf as IsoDate),
    })),
    trades: portfolio.trades.map((trade) => {
      const g = growth(trade.ticker).at(trade.tradeDate);
      return { ...trade, quantity: trade.quantity * g, price: trade.price === null ? null : trade.price / g };
    }),
    bars: new Map(Object.entries(bars).map(([ticker, list]) => [ticker, adjust(ticker, list)])),
    benchmark: { ticker: 'IDX', bars: adjust('IDX', benchmarkBars) },
    accounting: {
      splits: portfolio.splits,
      dividends: new Map(
        [...portfolio.dividends].map(([ticker, list]) => [
          ticker,
          list.map((dividend) => ({
            ...dividend,
            cashAmount: dividend.cashAmount / growth(ticker).at(addDays(dividend.exDividendDate, -1)),
          })),
        ]),
      ),
    },
  };
}

/** The accounting figures, in total and per holding. */
const ACCOUNTING_FIGURES = [
  'capital_gain',
  'dividend_income',
  'total_fees',
  'realized_gain',
  'cost_basis',
  'unrealized_gain',
] as const;

const MONEY_FIGURES = [
  'start_value',
  'end_value',
  'total_inflows',
  'total_outflows',
  'total_return',
  'return_percentage',
  'time_weighted_return',
  'money_weighted_return',
  'volatility',
  'max_drawdown',
  ...ACCOUNTING_FIGURES,
] as const;

const HOLDING_FIGURES = [
  'start_value',
  'end_value',
  'profit',
  'return_percentage',
  'time_weighted_return',
  ...ACCOUNTING_FIGURES,
] as const;

function property(check: (random: Random) => void): void {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => check(mulberry32(seed))),
    RUNS,
  );
}

describe('calculateReturns with accounting: properties', () => {
  it('re-basing invariance: a split with adjusted prices gives the money figures of no split with real prices', () => {
    property((random) => {
      const portfolio = randomPortfolio(random);
      const split = calculateReturns(splitInput(portfolio));
      const plain = calculateReturns(unsplitInput(portfolio));
      expect(split.missing_prices).toEqual(plain.missing_prices);
      for (const key of MONEY_FIGURES) expectFigure(split[key], plain[key], key);
      expectFigure(split.benchmark?.benchmark_return, plain.benchmark?.benchmark_return, 'benchmark_return');
      expect(split.holdings.map((holding) => holding.ticker)).toEqual(
        plain.holdings.map((holding) => holding.ticker),
      );
      split.holdings.forEach((holding, i) => {
        for (const key of HOLDING_FIGURES)
          expectFigure(holding[key], plain.holdings[i][key], `${holding.ticker} ${key}`);
        // Real quantities and prices differ by the splits, their products do not.
        expectFigure(holding.end_quantity * holding.end_price, holding.end_value, `${holding.ticker} end`);
        if (holding.start_price !== null)
          expectFigure(
            holding.start_quantity * holding.start_price,
            holding.start_value,
            `${holding.ticker} start`,
          );
      });
      split.series.forEach((point, i) =>
        expectFigure(point.dividend, plain.series[i].dividend, `dividend ${point.date}`),
      );
      expect(split.warnings.map((warning) => warning.code)).toEqual(
        plain.warnings.map((warning) => warning.code),
      );
    });
  });

  it('dividends=exclude is the answer without dividends, and without splits the price-only answer of before', () => {
    property((random) => {
      const portfolio = randomPortfolio(random, { splits: false });
      const input = unsplitInput(portfolio);
      const excluded = calculateReturns({
        ...input,
        accounting: { ...input.accounting, options: { dividends: 'exclude' } },
      });
      const none = calculateReturns({ ...input, accounting: {} });
      expect(excluded).toEqual(none);
      expect(excluded.dividend_income).toBe(0);
      const { accounting: _accounting, ...original } = input;
      expect(withoutAccounting(excluded)).toEqual(calculateReturns(original));
    });
  });

  it('FIFO and average agree with one lot', () => {
    property((random) => {
      const input = splitInput(randomPortfolio(random, { sellsOnly: true }));
      const average = calculateReturns(input);
      const fifo = calculateReturns({
        ...input,
        accounting: { ...input.accounting, options: { costBasis: 'fifo' } },
      });
      for (const key of ['realized_gain', 'cost_basis', 'unrealized_gain'] as const) {
        expectFigure(fifo[key], average[key], key);
        fifo.holdings.forEach((holding, i) =>
          expectFigure(holding[key], average.holdings[i][key], `${holding.ticker} ${key}`),
        );
      }
    });
  });

  it('capital_gain + dividend_income = total_return, in total and per holding', () => {
    property((random) => {
      const result = calculateReturns(splitInput(randomPortfolio(random)));
      expectSum(result, ['capital_gain', 'dividend_income'], 'total_return', 'total');
      for (const holding of result.holdings)
        expectSum(holding, ['capital_gain', 'dividend_income'], 'profit', holding.ticker);
      expectFigure(
        sum(result.holdings, (holding) => holding.dividend_income ?? NaN),
        result.dividend_income,
        'dividends',
      );
      expectFigure(
        sum(result.series, (point) => point.dividend ?? NaN),
        result.dividend_income,
        'series dividends',
      );
    });
  });

  it('realized_gain + unrealized_gain = capital_gain when the lots start at the window (opening lots priced at start)', () => {
    property((random) => {
      const result = calculateReturns(splitInput(randomPortfolio(random, { lotsFromStart: true })));
      expectSum(result, ['realized_gain', 'unrealized_gain'], 'capital_gain', 'total');
      for (const holding of result.holdings)
        expectSum(holding, ['realized_gain', 'unrealized_gain'], 'capital_gain', holding.ticker);
    });
  });

  it('does not depend on the order of trades, splits or dividends', () => {
    property((random) => {
      const input = splitInput(randomPortfolio(random));
      const reversed: ReturnsInput = {
        ...input,
        trades: [...input.trades].reverse(),
        accounting: {
          ...input.accounting,
          splits: new Map(
            [...(input.accounting?.splits ?? [])].map(([ticker, list]) => [ticker, [...list].reverse()]),
          ),
          dividends: new Map(
            [...(input.accounting?.dividends ?? [])].map(([ticker, list]) => [ticker, [...list].reverse()]),
          ),
        },
      };
      expect(calculateReturns(reversed)).toEqual(calculateReturns(input));
    });
  });
});

/** figures[a] + figures[b] = figures[total]; a missing or null part fails (NaN). */
function expectSum<T extends object>(
  figures: T,
  [a, b]: [keyof T, keyof T],
  total: keyof T,
  label: string,
): void {
  const figure = (key: keyof T) => figures[key] as number | null | undefined;
  expectFigure((figure(a) ?? NaN) + (figure(b) ?? NaN), figure(total), label);
}

function sum<T>(items: readonly T[], pick: (item: T) => number): number {
  return items.reduce((total, item) => total + pick(item), 0);
}

/** The result without the accounting fields, as the original calculator gave it. */
function withoutAccounting(result: ReturnsResult): ReturnsResult {
  const strip = <T extends object>(item: T): T => {
    const copy = { ...item } as Record<string, unknown>;
    for (const key of [...ACCOUNTING_FIGURES, 'dividend']) delete copy[key];
    return copy as T;
  };
  return {
    ...strip(result),
    holdings: result.holdings.map((holding: HoldingReturns) => strip(holding)),
    series: result.series.map((point) => strip(point)),
    warnings: result.warnings.filter((warning) => warning.code !== 'unknown_cost_basis'),
  };
}
