import type { IsoDate } from '../../common/time/calendar-date.js';
import { isoDateOfEpochDay } from '../../common/time/epoch-day.js';
import { accountingWarnings } from './accounting-warnings.js';
import { annualize } from './annualize.js';
import { BarDays } from './bar-days.js';
import { BenchmarkTrack } from './benchmark-track.js';
import { costBasis } from './cost-basis.js';
import { dailyClosesOf } from './daily-closes.js';
import { DailyTotals } from './daily-totals.js';
import { DividendBook, type ForeignDividend } from './dividend-book.js';
import { walkHolding, type HoldingWalk } from './holding-walk.js';
import { findMissingPrices } from './missing-prices.js';
import { moneyWeightedReturn, type CashFlow } from './money-weighted-return.js';
import { annualizedVolatility, DrawdownTracker } from './risk.js';
import { collectWarnings } from './returns-warnings.js';
import { SplitBook } from './split-factors.js';
import { tickerLedgers, type TickerLedger } from './ticker-ledger.js';
import type {
  AccountingFigures,
  BarArrays,
  CostBasisMethod,
  HoldingReturns,
  MissingPrice,
  PriceBar,
  ReturnsInput,
  ReturnsResult,
  ReturnsWarning,
  SeriesPoint,
} from './types.js';
import { WindowDays } from './window-days.js';

/** The split and dividend books of a request with accounting. */
interface Books {
  splits: SplitBook;
  dividends: DividendBook;
}

/**
 * The returns of a portfolio over [start, end], measured from the close of `start` to the close of `end`
 * (the contract of the returns endpoint). Each holding is walked once over the calendar days with an as-of
 * price pointer, adding into daily totals; one more pass over the days chains the portfolio.
 * Throws nothing for valid input: unpriceable holdings come back in `missing_prices` instead.
 */
export function calculateReturns(input: ReturnsInput): ReturnsResult {
  // Every field of `input` is read here, once. A read of it after the walks made TurboFan's code fail its
  // map check on most calls of some runs (a deoptimization per call, the rest run unoptimized: the
  // kernel bench's spread of 2×); the same held for chained array builtins over `walks` (holdingsOf).
  const {
    start,
    end,
    accounting,
    newestStoredBars,
    benchmark: benchmarkInput,
    series: seriesWanted,
    immutableBarArrays,
  } = input;
  const costBasisMethod = accounting?.options?.costBasis ?? 'average';
  const books: Books | undefined = accounting && {
    splits: new SplitBook(accounting.splits, accounting.today),
    dividends: new DividendBook(
      accounting.dividends,
      accounting.options?.dividends ?? 'include',
      accounting.today,
    ),
  };
  const ledgers = tickerLedgers(input.opening, input.trades, start, end, books?.splits);
  const given = new Map(ledgers.map((ledger) => [ledger.ticker, givenBars(input, ledger.ticker)]));
  const missingPrices = findMissingPrices(ledgers, (ticker) => firstBarDate(given.get(ticker)!), start);
  if (missingPrices.length > 0) return unpricedResult(missingPrices, input);

  const days = new WindowDays(start, end);
  const length = days.length;
  // Without a series nothing keeps the columns past this call: they are the reused scratch.
  const keepsSeries = seriesWanted !== false;
  const totals = keepsSeries ? new DailyTotals(length + 1) : DailyTotals.reused(length + 1);
  const tickerBars = new BarDays(days); // buffers reused by the holdings of the calculation
  const walks: HoldingWalk[] = [];
  for (const ledger of ledgers) {
    const { bars, arrays } = given.get(ledger.ticker)!;
    walks.push(
      walkHolding(
        ledger,
        bars,
        days,
        totals,
        books && { factors: books.splits.of(ledger.ticker), dividends: books.dividends.of(ledger.ticker) },
        tickerBars,
        arrays,
        // Kept across calculations (building it costs about what it saves in one walk).
        immutableBarArrays && arrays ? dailyClosesOf(arrays, days.startDay, length + 1) : undefined,
      ),
    );
  }
  const benchmarkTicker = benchmarkInput?.ticker;
  const benchmark =
    benchmarkInput &&
    new BenchmarkTrack(
      benchmarkInput.ticker,
      benchmarkInput.bars,
      start,
      books && {
        factors: books.splits.of(benchmarkInput.ticker),
        dividends: books.dividends.of(benchmarkInput.ticker).counted,
      },
    );
  const benchmarkSeries = benchmark?.hasData ? benchmark : undefined;

  const startValue = totals.value[0];
  const flows: CashFlow[] = [{ day: 0, amount: -startValue }];
  const barDayReturns = totals.work;
  const drawdowns = new DrawdownTracker();
  // The series is built only when it is read (the returns response never does), from the totals and these.
  const benchmarkReturns = benchmarkSeries && new Float64Array(length + 1);
  if (benchmarkReturns && benchmarkSeries) benchmarkReturns[0] = benchmarkSeries.cumulativeReturn(start);
  let barDays = 0;
  let index = 1;
  let totalInflows = 0;
  let totalOutflows = 0;
  let dividendIncome = 0;
  for (let offset = 1; offset <= length; offset++) {
    const value = totals.value[offset];
    const inflow = totals.inflow[offset];
    const outflow = totals.outflow[offset];
    const dividend = totals.dividend[offset];
    const previousValue = totals.value[offset - 1];
    // Flows count at the end of their day, so they are taken out of the day's growth; dividends are paid out.
    const growth = previousValue === 0 ? 1 : (value + dividend - inflow + outflow) / previousValue;
    index *= growth;
    if (totals.barDay[offset] === 1) barDayReturns[barDays++] = growth - 1;
    if (inflow !== 0 || outflow !== 0 || dividend !== 0)
      flows.push({ day: offset, amount: outflow - inflow + dividend });
    totalInflows += inflow;
    totalOutflows += outflow;
    dividendIncome += dividend;
    drawdowns.update(index);
    // The benchmark is stepped day by day now: its figures are those of the last day visited.
    if (benchmarkReturns && benchmarkSeries)
      benchmarkReturns[offset] = benchmarkSeries.cumulativeReturn(days.dates[offset]);
  }
  const series = keepsSeries ? seriesBuilder(days, totals, benchmarkReturns, books !== undefined) : undefined;

  const endValue = totals.value[length];
  const capitalGain = endValue - startValue - totalInflows + totalOutflows;
  const totalReturn = capitalGain + dividendIncome;
  const invested = startValue + totalInflows;
  const timeWeighted = index - 1;
  const moneyWeighted =
    flows.length === 1
      ? // Without flows the root is closed-form, and equal to the TWR.
        startValue === 0
        ? 0
        : endValue / startValue - 1
      : moneyWeightedReturn([...flows, { day: length, amount: endValue }], length);

  const figures: ReturnsResult = {
    start_value: startValue,
    end_value: endValue,
    total_inflows: totalInflows,
    total_outflows: totalOutflows,
    total_return: totalReturn,
    return_percentage: invested === 0 ? 0 : (100 * totalReturn) / invested,
    time_weighted_return: timeWeighted,
    money_weighted_return: moneyWeighted,
    annualized_time_weighted_return: annualize(timeWeighted, length),
    annualized_money_weighted_return: annualize(moneyWeighted, length),
    volatility: annualizedVolatility(barDayReturns, barDays),
    max_drawdown: drawdowns.maxDrawdown,
    ...(benchmark && { benchmark: benchmark.hasData ? benchmark.result() : null }),
    holdings: holdingsOf(walks),
    series: [],
    missing_prices: [],
    warnings: collectWarnings(walks, benchmark, end, newestStoredBars),
  };
  if (!books || !accounting) return withLazySeries(figures, length + 1, series);

  const gains = addCostBasis(start, costBasisMethod, ledgers, given, walks, books);
  const foreign: { ticker: string; dividends: readonly ForeignDividend[] }[] = [];
  let totalFees = 0;
  for (let i = 0; i < walks.length; i++) {
    const { returns, foreignDividends } = walks[i];
    foreign.push({ ticker: returns.ticker, dividends: foreignDividends });
    totalFees += returns.total_fees ?? 0;
  }
  if (benchmarkTicker !== undefined)
    foreign.push({
      ticker: benchmarkTicker,
      dividends: books.dividends
        .of(benchmarkTicker)
        .foreign.filter((dividend) => dividend.date > start && dividend.date <= end),
    });
  const accountingFigures: AccountingFigures = {
    capital_gain: capitalGain,
    dividend_income: dividendIncome,
    total_fees: totalFees,
    ...gains.totals,
  };
  const warnings: ReturnsWarning[] = [...figures.warnings, ...accountingWarnings(foreign, gains.unknown)];
  return withLazySeries({ ...figures, ...accountingFigures, warnings }, length + 1, series);
}

/**
 * The walks' holdings, by a plain loop: chained array builtins over arrays made in optimized code failed
 * TurboFan's map checks call after call in some runs (see calculateReturns).
 */
function holdingsOf(walks: readonly HoldingWalk[]): HoldingReturns[] {
  const holdings: HoldingReturns[] = [];
  for (let i = 0; i < walks.length; i++) holdings.push(walks[i].returns);
  return holdings;
}

/**
 * Adds realized_gain, cost_basis and unrealized_gain to each holding; the totals are their sums, or null
 * when one holding's are null (its ticker is returned in `unknown`).
 */
function addCostBasis(
  start: IsoDate,
  method: CostBasisMethod,
  ledgers: readonly TickerLedger[],
  given: ReadonlyMap<string, GivenBars>,
  walks: readonly HoldingWalk[],
  books: Books,
): {
  totals: Pick<AccountingFigures, 'realized_gain' | 'cost_basis' | 'unrealized_gain'>;
  unknown: string[];
} {
  const unknown: string[] = [];
  let realized: number | null = 0;
  let cost: number | null = 0;
  let unrealized: number | null = 0;
  ledgers.forEach((ledger, i) => {
    const holding = walks[i].returns;
    const { bars, arrays } = given.get(ledger.ticker)!;
    const figures = costBasis(
      ledger,
      bars,
      books.splits.of(ledger.ticker),
      start,
      method,
      bars.length === 0 ? arrays : undefined,
    );
    holding.realized_gain = figures && figures.realized;
    holding.cost_basis = figures && figures.cost;
    holding.unrealized_gain = figures && holding.end_value - figures.cost;
    if (!figures) unknown.push(ledger.ticker);
    realized = realized === null || figures === null ? null : realized + figures.realized;
    cost = cost === null || figures === null ? null : cost + figures.cost;
    unrealized =
      unrealized === null || holding.unrealized_gain === null ? null : unrealized + holding.unrealized_gain;
  });
  return { totals: { realized_gain: realized, cost_basis: cost, unrealized_gain: unrealized }, unknown };
}

/** A ticker's bars as given: objects (with typed arrays of the same bars, or none), or typed arrays alone. */
interface GivenBars {
  /** Empty when the arrays are the bars. */
  bars: readonly PriceBar[];
  arrays: BarArrays | undefined;
}

const NO_BARS: readonly PriceBar[] = [];

/** The bars of `ticker` in `input`: arrays that do not match the bar objects given are left out. */
function givenBars(input: ReturnsInput, ticker: string): GivenBars {
  const bars = input.bars.get(ticker);
  const arrays = input.barArrays?.get(ticker);
  if (bars) return { bars, arrays: arrays && arrays.days.length === bars.length ? arrays : undefined };
  return { bars: NO_BARS, arrays };
}

function firstBarDate({ bars, arrays }: GivenBars): IsoDate | undefined {
  if (bars.length > 0) return bars[0].date;
  return arrays && arrays.days.length > 0 ? isoDateOfEpochDay(arrays.days[0]) : undefined;
}

/**
 * Builds the series from the daily totals, chaining the index and drawdown again by the same operations in
 * the same order (the same figures). A function of its own: the closure keeps only these alive (a cached
 * result holds it), not the calculation's inputs and books.
 */
function seriesBuilder(
  days: WindowDays,
  totals: DailyTotals,
  benchmarkReturns: Float64Array | undefined,
  withDividends: boolean,
): () => SeriesPoint[] {
  return () => {
    const { value, inflow, outflow, dividend } = totals;
    const points = [
      seriesPoint(days.start, value[0], 0, 1, 0, benchmarkReturns?.[0], withDividends ? 0 : undefined),
    ];
    const tracker = new DrawdownTracker();
    let chained = 1;
    for (let offset = 1; offset <= days.length; offset++) {
      const previousValue = value[offset - 1];
      chained *=
        previousValue === 0
          ? 1
          : (value[offset] + dividend[offset] - inflow[offset] + outflow[offset]) / previousValue;
      points.push(
        seriesPoint(
          days.dates[offset],
          value[offset],
          inflow[offset] - outflow[offset],
          chained,
          tracker.update(chained),
          benchmarkReturns?.[offset],
          withDividends ? dividend[offset] : undefined,
        ),
      );
    }
    return points;
  };
}

/**
 * On a result whose series is not built yet, its number of points (a non-enumerable property: equality and
 * JSON do not see it). Not a WeakMap: entries keyed by young objects keep them alive through scavenges.
 */
const PENDING_SERIES = Symbol('pending series length');

type PendingResult = ReturnsResult & { [PENDING_SERIES]?: number };

/** The number of points of `result.series`, without building a series that was not read yet. */
export function seriesLength(result: ReturnsResult): number {
  return (result as PendingResult)[PENDING_SERIES] ?? result.series.length;
}

/**
 * `result` whose `series` is built on first read (then kept as a plain property): an enumerable getter, so
 * that equality, spreading and JSON see the points as before; callers that never read it pay nothing.
 * Without `build` (the input asked for no series) the series stays empty.
 */
function withLazySeries(
  result: ReturnsResult,
  length: number,
  build: (() => SeriesPoint[]) | undefined,
): ReturnsResult {
  if (!build) return result;
  const settle = (series: SeriesPoint[]): SeriesPoint[] => {
    delete (result as PendingResult)[PENDING_SERIES];
    Object.defineProperty(result, 'series', {
      value: series,
      writable: true,
      enumerable: true,
      configurable: true,
    });
    return series;
  };
  Object.defineProperty(result, PENDING_SERIES, { value: length, configurable: true });
  Object.defineProperty(result, 'series', {
    get: () => settle(build()),
    set: settle,
    enumerable: true,
    configurable: true,
  });
  return result;
}

function seriesPoint(
  date: IsoDate,
  value: number,
  netFlow: number,
  index: number,
  drawdown: number,
  benchmarkReturn: number | undefined,
  dividend: number | undefined,
): SeriesPoint {
  const cumulative = index - 1;
  // One literal per shape, fields in the same order: adding a field after creation would make every point
  // take a map transition (a tenth of the whole calculation on a 5-year window).
  if (benchmarkReturn !== undefined) {
    return dividend === undefined
      ? {
          date,
          value,
          net_flow: netFlow,
          cumulative_return: cumulative,
          drawdown,
          benchmark_cumulative_return: benchmarkReturn,
        }
      : {
          date,
          value,
          net_flow: netFlow,
          cumulative_return: cumulative,
          drawdown,
          benchmark_cumulative_return: benchmarkReturn,
          dividend,
        };
  }
  return dividend === undefined
    ? { date, value, net_flow: netFlow, cumulative_return: cumulative, drawdown }
    : { date, value, net_flow: netFlow, cumulative_return: cumulative, drawdown, dividend };
}

/** Figures cannot be priced: everything zero, no holdings or series; the service answers 422. */
function unpricedResult(missingPrices: MissingPrice[], input: ReturnsInput): ReturnsResult {
  return {
    start_value: 0,
    end_value: 0,
    total_inflows: 0,
    total_outflows: 0,
    total_return: 0,
    return_percentage: 0,
    time_weighted_return: 0,
    money_weighted_return: null,
    annualized_time_weighted_return: null,
    annualized_money_weighted_return: null,
    volatility: null,
    max_drawdown: 0,
    ...(input.benchmark && { benchmark: null }),
    ...(input.accounting && {
      capital_gain: 0,
      dividend_income: 0,
      total_fees: 0,
      realized_gain: null,
      cost_basis: null,
      unrealized_gain: null,
    }),
    holdings: [],
    series: [],
    missing_prices: missingPrices,
    warnings: [],
  };
}
