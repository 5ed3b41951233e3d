import { addDays, daysBetween, type IsoDate } from '../../common/time/calendar-date.js';
import { calculateReturns } from './portfolio-returns.calculator.js';
import type { OpeningHolding, ReturnsInput, ReturnsResult, Trade } from './types.js';
import { closeAsOf, randomBars } from '../../../test/support/random-bars.js';
import { mulberry32, type Random } from '../../../test/support/seeded-random.js';

const RUNS = 200;

function expectClose(actual: number | null | undefined, expected: number): void {
  expect(typeof actual).toBe('number');
  const gap = Math.abs((actual as number) - expected);
  if (gap > Math.max(1e-9, 1e-9 * Math.abs(expected))) expect(actual).toBe(expected);
}

function integer(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = integer(random, 0, i);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

interface Options {
  tickers?: number;
  /** Every trade at the close (price null or equal to it). */
  atClose?: boolean;
  /** Sells leave at least this fraction of the position (keeps a single ticker's chain unbroken). */
  keepFraction?: number;
}

/** A random portfolio: positions never go negative, trades are shuffled, some dated before the window. */
function randomPortfolio(random: Random, options: Options = {}): ReturnsInput {
  const start = addDays('2018-01-01', integer(random, 0, 1500));
  const end = addDays(start, integer(random, 1, 120));
  const historyStart = addDays(start, -integer(random, 7, 30));
  const tickers = ['AAA', 'BBB', 'CCC', 'DDD'].slice(0, options.tickers ?? integer(random, 1, 4));
  const bars = new Map(tickers.map((ticker) => [ticker, randomBars(random, historyStart, end)]));
  const opening: OpeningHolding[] = tickers
    .filter(() => options.keepFraction !== undefined || random() < 0.7)
    .map((ticker) => ({ ticker, quantity: integer(random, 1, 200) / (random() < 0.3 ? 7 : 1) }));
  const quantities = new Map(opening.map((holding) => [holding.ticker, holding.quantity]));
  const span = daysBetween(historyStart, end);
  const dates = Array.from({ length: integer(random, 0, 25) }, () =>
    addDays(historyStart, integer(random, 7, span)),
  );
  const trades: Trade[] = [];
  for (const tradeDate of dates.sort()) {
    const ticker = tickers[integer(random, 0, tickers.length - 1)];
    const held = quantities.get(ticker) ?? 0;
    const close = closeAsOf(bars.get(ticker) ?? [], tradeDate);
    if (Number.isNaN(close)) continue;
    const sell = held > 0 && random() < 0.4;
    const quantity = sell
      ? held * (1 - (options.keepFraction ?? 0)) * (random() < 0.2 ? 1 : random())
      : integer(random, 1, 100);
    if (quantity <= 0) continue;
    const price = options.atClose
      ? random() < 0.5
        ? null
        : close
      : random() < 0.5
        ? null
        : close * (0.9 + random() * 0.2);
    trades.push({ ticker, type: sell ? 'SELL' : 'BUY', quantity, tradeDate, price });
    quantities.set(ticker, held + (sell ? -quantity : quantity));
  }
  return { start, end, opening, trades: shuffled(random, trades), bars };
}

function dailyReturn(result: ReturnsResult, date: IsoDate): number {
  const index = result.series.findIndex((point) => point.date === date);
  return (1 + result.series[index].cumulative_return) / (1 + result.series[index - 1].cumulative_return) - 1;
}

function quantityBefore(input: ReturnsInput, ticker: string, date: IsoDate): number {
  let quantity = input.opening.find((holding) => holding.ticker === ticker)?.quantity ?? 0;
  for (const trade of input.trades)
    if (trade.ticker === ticker && trade.tradeDate < date)
      quantity += trade.type === 'BUY' ? trade.quantity : -trade.quantity;
  return quantity;
}

describe('calculateReturns: properties over random portfolios', () => {
  it('prices every generated portfolio (the generator is sound)', () => {
    const random = mulberry32(1);
    for (let run = 0; run < RUNS; run++)
      expect(calculateReturns(randomPortfolio(random)).missing_prices).toEqual([]);
  });

  it('without flows, TWR = MWR = the simple return', () => {
    const random = mulberry32(2);
    for (let run = 0; run < RUNS; run++) {
      const portfolio = randomPortfolio(random);
      const input = {
        ...portfolio,
        trades: portfolio.trades.filter((trade) => trade.tradeDate <= portfolio.start),
      };
      const result = calculateReturns(input);
      const simple = result.start_value === 0 ? 0 : result.end_value / result.start_value - 1;
      expectClose(result.time_weighted_return, simple);
      expectClose(result.money_weighted_return, simple);
      expectClose(result.return_percentage, 100 * simple);
    }
  });

  it('chains TWR across a split at any day: (1 + R1)(1 + R2) = 1 + R', () => {
    const random = mulberry32(3);
    for (let run = 0; run < RUNS; run++) {
      const input = randomPortfolio(random);
      const middle = addDays(input.start, integer(random, 0, daysBetween(input.start, input.end)));
      const whole = calculateReturns(input);
      const first = calculateReturns({ ...input, end: middle });
      const second = calculateReturns({ ...input, start: middle });
      expectClose(
        (1 + first.time_weighted_return) * (1 + second.time_weighted_return),
        1 + whole.time_weighted_return,
      );
      expectClose(second.start_value, first.end_value);
      for (const holding of whole.holdings) {
        const before = first.holdings.find((entry) => entry.ticker === holding.ticker);
        const after = second.holdings.find((entry) => entry.ticker === holding.ticker);
        const chained = (1 + (before?.time_weighted_return ?? 0)) * (1 + (after?.time_weighted_return ?? 0));
        expectClose(chained, 1 + holding.time_weighted_return);
      }
    }
  });

  it("leaves the day's return unchanged when buying or selling at the close", () => {
    const random = mulberry32(4);
    for (let run = 0; run < RUNS; run++) {
      const input = randomPortfolio(random);
      const date = addDays(input.start, integer(random, 1, daysBetween(input.start, input.end)));
      const ticker = [...input.bars.keys()][integer(random, 0, input.bars.size - 1)];
      const close = closeAsOf(input.bars.get(ticker) ?? [], date);
      const held = quantityBefore(input, ticker, date);
      const sell = held > 0 && random() < 0.5;
      const extra: Trade = {
        ticker,
        type: sell ? 'SELL' : 'BUY',
        quantity: sell ? held * random() : integer(random, 1, 50),
        tradeDate: date,
        price: random() < 0.5 ? null : close,
      };
      const without = calculateReturns(input);
      const withTrade = calculateReturns({ ...input, trades: [...input.trades, extra] });
      expectClose(dailyReturn(withTrade, date), dailyReturn(without, date));
      expectClose(
        calculateReturns({ ...input, trades: [...input.trades, extra], end: date }).time_weighted_return,
        calculateReturns({ ...input, end: date }).time_weighted_return,
      );
    }
  });

  it('earns exactly the price return for a single ticker traded only at closes', () => {
    const random = mulberry32(5);
    for (let run = 0; run < RUNS; run++) {
      const input = randomPortfolio(random, { tickers: 1, atClose: true, keepFraction: 0.05 });
      const bars = input.bars.get('AAA') ?? [];
      const priceReturn = closeAsOf(bars, input.end) / closeAsOf(bars, input.start) - 1;
      const result = calculateReturns(input);
      expectClose(result.time_weighted_return, priceReturn);
      expectClose(result.holdings[0].time_weighted_return, priceReturn);
    }
  });

  it('does not depend on the order of trades', () => {
    const random = mulberry32(6);
    for (let run = 0; run < RUNS; run++) {
      const input = randomPortfolio(random);
      expect(calculateReturns({ ...input, trades: shuffled(random, input.trades) })).toEqual(
        calculateReturns(input),
      );
    }
  });

  it('keeps profit, flows and values consistent, in total and per holding', () => {
    const random = mulberry32(7);
    for (let run = 0; run < RUNS; run++) {
      const result = calculateReturns(randomPortfolio(random));
      const sum = (pick: (holding: ReturnsResult['holdings'][number]) => number) =>
        result.holdings.reduce((total, holding) => total + pick(holding), 0);
      expectClose(
        sum((holding) => holding.profit),
        result.total_return,
      );
      expectClose(
        sum((holding) => holding.end_value),
        result.end_value,
      );
      expectClose(result.series.at(-1)?.value, result.end_value);
      expectClose(
        result.series.reduce((total, point) => total + point.net_flow, 0),
        result.total_inflows - result.total_outflows,
      );
      expect(result.series).toHaveLength(daysBetween(result.series[0].date, result.series.at(-1)!.date) + 1);
      expectClose(Math.max(...result.series.map((point) => point.drawdown)), result.max_drawdown);
    }
  });
});
