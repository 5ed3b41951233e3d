import build from 'fast-json-stringify';
import { addDays } from '../common/time/calendar-date.js';
import { dtoJsonSchema } from '../common/json/dto-json-schema.js';
import { randomBars } from '../../test/support/random-bars.js';
import { mulberry32, type Random } from '../../test/support/seeded-random.js';
import { calculateReturns } from './calculators/index.js';
import type {
  CashDividend,
  CostBasisMethod,
  DividendMode,
  OpeningHolding,
  PriceBar,
  ReturnsInput,
  ReturnsResult,
  StockSplit,
  Trade,
} from './calculators/types.js';
import { ReturnsResponse } from './dto/returns.response.js';
import { toReturnsResponse } from './returns.mapper.js';
import { serializeReturnsResponse } from './returns-response.serializer.js';
import type { ReturnsRequest } from './returns.service.js';

/**
 * The compiled serializer of the returns response writes exactly the text JSON.stringify writes (same
 * keys, order, nulls, absent fields and number text), on results of the calculator itself: random
 * portfolios with splits, dividends (some in another currency), fees, fifo or average, dividends excluded,
 * benchmarks with and without data, late listings, stale prices and lots without a price.
 */
const RUNS = 300;
const TODAY = '2030-01-01';

const integer = (random: Random, min: number, max: number): number =>
  min + Math.floor(random() * (max - min + 1));
const pick = <T>(random: Random, items: readonly T[]): T => items[integer(random, 0, items.length - 1)];

interface Case {
  request: ReturnsRequest;
  input: ReturnsInput;
}

function randomCase(random: Random): Case {
  const start = addDays('2018-01-01', integer(random, 0, 1500));
  const end = addDays(start, integer(random, 1, 400));
  const history = addDays(start, -integer(random, 7, 60));
  const tickers = ['AAA', 'BBB', 'CCC', 'DDD', 'EEE'].slice(0, integer(random, 0, 5));
  const bars = new Map<string, PriceBar[]>();
  for (const ticker of tickers) {
    // Some listed only inside the window (no start price), some delisted before its end (stale closes).
    const from = random() < 0.15 ? addDays(start, integer(random, 1, 10)) : history;
    const until = random() < 0.15 ? addDays(end, -integer(random, 0, 30)) : end;
    const week = addDays(from, 7);
    bars.set(ticker, randomBars(random, from, until < week ? week : until));
  }
  const opening: OpeningHolding[] = [];
  const trades: Trade[] = [];
  for (const ticker of tickers) {
    const first = bars.get(ticker)![0].date;
    if (first <= start && random() < 0.7)
      opening.push({
        ticker,
        quantity: integer(random, 1, 300) / (random() < 0.3 ? 7 : 1),
        // Now and then before the first bar: a lot without a price (unknown cost basis).
        ...(random() < 0.8 && { asOf: random() < 0.1 ? addDays(first, -3) : history }),
      });
    for (let i = integer(random, 0, 6); i > 0; i--) {
      const tradeDate = addDays(first, integer(random, 0, 300));
      if (tradeDate > end) continue;
      trades.push({
        ticker,
        type: 'BUY',
        quantity: integer(random, 1, 100) / (random() < 0.2 ? 3 : 1),
        tradeDate,
        price: random() < 0.5 ? null : 5 + random() * 400,
        ...(random() < 0.5 && { fee: Math.round(random() * 1000) / 100 }),
      });
    }
  }
  // Now and then a holding without any stored close: missing prices (the service answers 422 instead).
  if (random() < 0.05) opening.push({ ticker: 'ZZZ', quantity: 5 });
  const splits = new Map<string, StockSplit[]>();
  const dividends = new Map<string, CashDividend[]>();
  const benchmark = pick(random, [undefined, 'SPY', 'NEW']);
  for (const ticker of [...tickers, ...(benchmark ? [benchmark] : [])]) {
    if (random() < 0.3)
      splits.set(ticker, [
        {
          executionDate: addDays(start, integer(random, 0, 60)),
          splitFrom: 1,
          splitTo: pick(random, [2, 3, 4]),
        },
      ]);
    if (random() < 0.5)
      dividends.set(
        ticker,
        Array.from({ length: integer(random, 1, 4) }, () => ({
          exDividendDate: addDays(start, integer(random, 1, 300)),
          payDate: null,
          cashAmount: Math.round(random() * 300) / 100,
          currency: random() < 0.15 ? 'CAD' : random() < 0.5 ? null : 'USD',
        })),
      );
  }
  const dividendMode: DividendMode = random() < 0.5 ? 'include' : 'exclude';
  const costBasis: CostBasisMethod = random() < 0.5 ? 'average' : 'fifo';
  return {
    request: {
      customerId: '3f1c1a5e-8a4b-4c1e-9a53-0d3f6c1d2b7a',
      start,
      end,
      ...(benchmark && { benchmark }),
      dividends: dividendMode,
      costBasis,
    },
    input: {
      start,
      end,
      opening,
      trades,
      bars,
      // NEW: listed after the window's start, so the benchmark has no data (null and a warning).
      ...(benchmark && {
        benchmark: {
          ticker: benchmark,
          bars: randomBars(random, benchmark === 'NEW' ? addDays(start, 3) : history, end),
        },
      }),
      newestStoredBars: new Map([...bars].map(([ticker, series]) => [ticker, series.at(-1)!.date])),
      accounting: { splits, dividends, options: { dividends: dividendMode, costBasis }, today: TODAY },
    },
  };
}

function hasNaN(value: unknown): boolean {
  if (typeof value === 'number') return Number.isNaN(value);
  return typeof value === 'object' && value !== null && Object.values(value).some(hasNaN);
}

describe('serializeReturnsResponse', () => {
  // Without the JSON.stringify fallback: the compiled code itself must write every one of these.
  const compiled = build(dtoJsonSchema(ReturnsResponse) as build.AnySchema) as (value: unknown) => string;
  const results: Array<{ request: ReturnsRequest; result: ReturnsResult }> = [];
  const random = mulberry32(20261201);
  for (let run = 0; run < RUNS; run++) {
    const { request, input } = randomCase(random);
    results.push({ request, result: calculateReturns(input) });
  }

  it('writes the text JSON.stringify writes, on random results of the calculator', () => {
    let compiledRuns = 0;
    for (const { request, result } of results) {
      const response = toReturnsResponse(request, result);
      const expected = JSON.stringify(response);
      expect(serializeReturnsResponse(response)).toBe(expected);
      // A NaN figure (an annualized return of a TWR below −100 %) is written by the fallback, as null.
      if (hasNaN(response)) expect(() => compiled(response)).toThrow('NaN');
      else {
        expect(compiled(response)).toBe(expected);
        compiledRuns++;
      }
    }
    expect(compiledRuns).toBeGreaterThan(0.9 * RUNS);
  });

  it('met every shape of the response in those results', () => {
    const responses = results.map(({ request, result }) => toReturnsResponse(request, result));
    const holdings = responses.flatMap((response) => response.holdings);
    const warnings = new Set(responses.flatMap((response) => response.warnings.map((w) => w.code)));
    expect([...warnings].sort()).toEqual([
      'benchmark_no_data',
      'dividend_currency',
      'end_after_last_bar',
      'stale_price',
      'unknown_cost_basis',
    ]);
    expect(responses.some((response) => response.holdings.length === 0)).toBe(true);
    expect(responses.some((response) => !('benchmark' in response))).toBe(true);
    expect(responses.some((response) => response.benchmark === null)).toBe(true);
    expect(responses.some((response) => typeof response.benchmark?.benchmark_return === 'number')).toBe(true);
    expect(responses.some((response) => response.realized_gain === null)).toBe(true);
    expect(responses.some((response) => response.volatility === null)).toBe(true);
    expect(holdings.some((holding) => holding.start_price === null)).toBe(true);
    expect(holdings.some((holding) => holding.cost_basis === null)).toBe(true);
    expect(holdings.some((holding) => !Number.isInteger(holding.quantity))).toBe(true);
    expect(results.some(({ result }) => result.missing_prices.length > 0)).toBe(true);
  });

  it('falls back to JSON.stringify for what the schema cannot write exactly', () => {
    const { request, result } = results.find(({ result }) => result.holdings.length > 0)!;
    const response = toReturnsResponse(request, result);
    const odd = [
      { ...response, total_return: Number.NaN },
      { ...response, holdings: [{ ...response.holdings[0], profit: Number.NaN }] },
      { ...response, capital_gain: undefined },
      { ...response, max_drawdown: null },
      { ...response, benchmark: null, benchmark_return: Number.POSITIVE_INFINITY },
      { ...response, customer_id: 'quote " backslash \\ control \u0001 lone \ud800 emoji 😀 é' },
    ] as unknown as ReturnsResponse[];
    for (const value of odd) expect(serializeReturnsResponse(value)).toBe(JSON.stringify(value));
  });
});
