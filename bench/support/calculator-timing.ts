import { calculateReturns } from '../../src/returns/calculators/index.js';
import type {
  BarArrays,
  CashDividend,
  OpeningHolding,
  PriceBar,
  ReturnsInput,
  StockSplit,
  Trade,
} from '../../src/returns/calculators/types.js';
import { barArraysOf } from '../../test/factories/bar-arrays.factory.js';
import { mulberry32 } from '../../test/support/seeded-random.js';

/** The shape of a synthetic calculator input, like the bench's portfolios but built in memory. */
export interface KernelCase {
  holdings: number;
  trades: number;
  start: string;
  end: string;
  /** Per ticker; 0 and 0 still pass an (empty) accounting input, as the service always does. */
  splits: number;
  dividends: number;
}

/** The shortest warm-up, in milliseconds of calls. */
const WARMUP_MS = 1000;

export interface KernelTiming {
  /** Holdings × calendar days of the window (start excluded): the unit of the kernel's work. */
  holdingDays: number;
  /** Median CPU time of one calculateReturns call. */
  medianMs: number;
  nsPerHoldingDay: number;
  /** The fastest batch: the figure least disturbed by other processes on a shared machine. */
  bestMs: number;
  bestNsPerHoldingDay: number;
  runs: number;
}

/**
 * Times calculateReturns alone (no I/O, no JSON, no series) on a synthetic input: `runs` calls after a warm-up,
 * timed in batches of 5 with process.cpuUsage (user + system CPU of this process, so time lost to other
 * processes on a shared machine does not count, though their cache and memory traffic still slows ours):
 * the median and the fastest batch.
 */
export function timeCalculator(shape: KernelCase, runs = 200, warmup = 50, typed = false): KernelTiming {
  // No series, as the service computes returns (only the performance route asks for one).
  const input = { ...(typed ? asTypedArrays(kernelInput(shape)) : kernelInput(shape)), series: false };
  // At least `warmup` calls and a second of them: the timed calls then run the optimized code (50 calls of
  // the small case, 25 ms, left V8 still compiling it and doubled the median).
  const warmupStart = performance.now();
  for (let i = 0; i < warmup || performance.now() - warmupStart < WARMUP_MS; i++) calculateReturns(input);
  const samples: number[] = [];
  // Batches of calls: cpuUsage has microsecond resolution, too coarse for a sub-millisecond call.
  const batch = 5;
  for (let i = 0; i < runs; i += batch) {
    const before = process.cpuUsage();
    for (let j = 0; j < batch; j++) calculateReturns(input);
    const used = process.cpuUsage(before);
    samples.push((used.user + used.system) / 1000 / batch);
  }
  samples.sort((a, b) => a - b);
  const medianMs = samples[samples.length >> 1];
  const holdingDays = shape.holdings * daysBetween(shape.start, shape.end);
  const bestMs = samples[0];
  return {
    holdingDays,
    medianMs,
    nsPerHoldingDay: (medianMs * 1e6) / holdingDays,
    bestMs,
    bestNsPerHoldingDay: (bestMs * 1e6) / holdingDays,
    runs,
  };
}

/**
 * The same input with each ticker's bars as typed arrays alone (epoch days and closes), as the service
 * passes them: it reads the packed closes straight into typed arrays and makes no bar object.
 */
export function asTypedArrays(input: ReturnsInput): ReturnsInput {
  const barArrays = new Map<string, BarArrays>();
  for (const [ticker, bars] of input.bars) barArrays.set(ticker, barArraysOf(bars));
  return { ...input, bars: new Map(), barArrays };
}

/** Mon–Fri bars from a year before `start` to `end`, opening holdings dated then, trades on weekdays. */
export function kernelInput(shape: KernelCase): ReturnsInput {
  const random = mulberry32(7);
  const first = addDays(shape.start, -365);
  const weekdays: string[] = [];
  for (let d = first; d <= shape.end; d = addDays(d, 1)) {
    const dow = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (dow !== 0 && dow !== 6) weekdays.push(d);
  }
  const tickers = Array.from({ length: shape.holdings }, (_, i) => `K${String(i).padStart(3, '0')}`);
  const bars = new Map<string, PriceBar[]>();
  tickers.forEach((ticker, k) =>
    bars.set(
      ticker,
      weekdays.map((date, i) => ({
        date,
        close:
          Math.round((20 + 3 * k) * Math.exp(0.0002 * i) * (1 + 0.15 * Math.sin(i / 37 + k)) * 100) / 100,
      })),
    ),
  );
  const opening: OpeningHolding[] = tickers.map((ticker, i) => ({ ticker, quantity: 100 + i, asOf: first }));
  const inWindow = weekdays.filter((date) => date > shape.start);
  const positions = new Map(opening.map((h) => [h.ticker, h.quantity]));
  const trades: Trade[] = Array.from(
    { length: shape.trades },
    () => inWindow[Math.floor(random() * inWindow.length)],
  )
    .sort()
    .map((tradeDate) => {
      const ticker = tickers[Math.floor(random() * tickers.length)];
      const held = positions.get(ticker)!;
      const sell = random() < 0.4 && held >= 2;
      const quantity = sell ? 1 + Math.floor(random() * (held / 2)) : 1 + Math.floor(random() * 50);
      positions.set(ticker, sell ? held - quantity : held + quantity);
      const price = bars.get(ticker)!.find((bar) => bar.date === tradeDate)!.close;
      return { ticker, type: sell ? 'SELL' : 'BUY', quantity, tradeDate, price };
    });
  const splits = new Map<string, StockSplit[]>();
  const dividends = new Map<string, CashDividend[]>();
  const span = inWindow.length;
  for (const ticker of tickers) {
    if (shape.splits > 0)
      splits.set(
        ticker,
        Array.from({ length: shape.splits }, (_, i) => ({
          executionDate: inWindow[Math.floor(((i + 0.5) * span) / shape.splits)],
          splitFrom: i % 2 === 0 ? 1 : 2,
          splitTo: i % 2 === 0 ? 2 : 3,
        })),
      );
    if (shape.dividends > 0)
      dividends.set(
        ticker,
        Array.from({ length: shape.dividends }, (_, i) => {
          const date = inWindow[Math.floor(((i + 0.3) * span) / shape.dividends)];
          return { exDividendDate: date, payDate: addDays(date, 14), cashAmount: 0.25, currency: 'USD' };
        }),
      );
  }
  return {
    start: shape.start,
    end: shape.end,
    opening,
    trades,
    bars,
    accounting: {
      splits,
      dividends,
      options: { dividends: 'include', costBasis: 'average' },
      today: shape.end,
    },
    newestStoredBars: new Map(tickers.map((ticker) => [ticker, shape.end])),
  };
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
