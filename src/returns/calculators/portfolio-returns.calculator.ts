import type { IsoDate } from '../../common/time/calendar-date.js';
import { annualize } from './annualize.js';
import { BenchmarkTrack } from './benchmark-track.js';
import { DailyTotals } from './daily-totals.js';
import { walkHolding } from './holding-walk.js';
import { findMissingPrices } from './missing-prices.js';
import { moneyWeightedReturn, type CashFlow } from './money-weighted-return.js';
import { annualizedVolatility, DrawdownTracker } from './risk.js';
import { collectWarnings } from './returns-warnings.js';
import { tickerLedgers } from './ticker-ledger.js';
import type { MissingPrice, ReturnsInput, ReturnsResult, SeriesPoint } from './types.js';
import { WindowDays } from './window-days.js';

/**
 * The returns of a portfolio over [start, end], measured from the close of `start` to the close of `end`
 * (the contract of the returns endpoint). Each holding is walked once over the calendar days with an as-of
 * price pointer, adding into daily totals; one more pass over the days chains the portfolio.
 * Throws nothing for valid input: unpriceable holdings come back in `missing_prices` instead.
 */
export function calculateReturns(input: ReturnsInput): ReturnsResult {
  const { start, end } = input;
  const ledgers = tickerLedgers(input.opening, input.trades, start, end);
  const missingPrices = findMissingPrices(ledgers, input.bars, start);
  if (missingPrices.length > 0) return unpricedResult(missingPrices, input);

  const days = new WindowDays(start, end);
  const length = days.length;
  const totals = new DailyTotals(length + 1);
  const walks = ledgers.map((ledger) =>
    walkHolding(ledger, input.bars.get(ledger.ticker) ?? [], days, totals),
  );
  const benchmark =
    input.benchmark && new BenchmarkTrack(input.benchmark.ticker, input.benchmark.bars, start);
  const benchmarkSeries = benchmark?.hasData ? benchmark : undefined;

  const startValue = totals.value[0];
  const flows: CashFlow[] = [{ day: 0, amount: -startValue }];
  const barDayReturns = new Float64Array(length);
  const drawdowns = new DrawdownTracker();
  const series: SeriesPoint[] = [seriesPoint(start, startValue, 0, 1, 0, benchmarkSeries)];
  let barDays = 0;
  let index = 1;
  let totalInflows = 0;
  let totalOutflows = 0;
  for (let offset = 1; offset <= length; offset++) {
    const value = totals.value[offset];
    const inflow = totals.inflow[offset];
    const outflow = totals.outflow[offset];
    const previousValue = totals.value[offset - 1];
    // Flows count at the end of their day, so they are taken out of the day's growth.
    const growth = previousValue === 0 ? 1 : (value - inflow + outflow) / previousValue;
    index *= growth;
    if (totals.barDay[offset] === 1) barDayReturns[barDays++] = growth - 1;
    if (inflow !== 0 || outflow !== 0) flows.push({ day: offset, amount: outflow - inflow });
    totalInflows += inflow;
    totalOutflows += outflow;
    const date = days.dates[offset];
    series.push(seriesPoint(date, value, inflow - outflow, index, drawdowns.update(index), benchmarkSeries));
  }

  const endValue = totals.value[length];
  const totalReturn = endValue - startValue - totalInflows + totalOutflows;
  const invested = startValue + totalInflows;
  const timeWeighted = index - 1;
  const moneyWeighted =
    flows.length === 1
      ? // Without flows the root is closed-form, and equal to the TWR.
        startValue === 0
        ? 0
        : endValue / startValue - 1
      : moneyWeightedReturn([...flows, { day: length, amount: endValue }], length);

  return {
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
    holdings: walks.map((walk) => walk.returns),
    series,
    missing_prices: [],
    warnings: collectWarnings(walks, benchmark, end, input.newestStoredBars),
  };
}

function seriesPoint(
  date: IsoDate,
  value: number,
  netFlow: number,
  index: number,
  drawdown: number,
  benchmark: BenchmarkTrack | undefined,
): SeriesPoint {
  const point: SeriesPoint = {
    date,
    value,
    net_flow: netFlow,
    cumulative_return: index - 1,
    drawdown,
  };
  if (benchmark) point.benchmark_cumulative_return = benchmark.cumulativeReturn(date);
  return point;
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
    holdings: [],
    series: [],
    missing_prices: missingPrices,
    warnings: [],
  };
}
