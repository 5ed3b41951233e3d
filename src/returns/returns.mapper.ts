import type { ReturnsResult } from './calculators/types.js';
import type {
  HoldingReturnsResponse,
  PerformancePointResponse,
  PerformanceResponse,
  ReturnsMethodResponse,
  ReturnsResponse,
} from './dto/returns.response.js';
import type { PerformancePage, PerformanceRequest, ReturnsRequest } from './returns.service.js';

export const RETURNS_METHOD: ReturnsMethodResponse = {
  valuation: 'as-of adjusted close',
  time_weighted: 'daily-linked TWR',
  money_weighted: 'period IRR',
  flows: 'flows at the close of their day',
};

const header = (request: ReturnsRequest) => ({
  customer_id: request.customerId,
  start_date: request.start,
  end_date: request.end,
  method: RETURNS_METHOD,
});

/**
 * The original's fields (total_return, return_percentage, holdings[…]) plus every figure of the contract,
 * key by key in the order of ReturnsResponse (its compiled serializer writes that order; JSON.stringify,
 * its fallback, the object's). The series is not read (it is built on first read, and never shown here).
 */
export function toReturnsResponse(request: ReturnsRequest, result: ReturnsResult): ReturnsResponse {
  const { benchmark } = result;
  // The service always computes with accounting, so the calculator's optional figures are all present.
  const response: ReturnsResponse = {
    ...header(request),
    start_value: result.start_value,
    end_value: result.end_value,
    total_inflows: result.total_inflows,
    total_outflows: result.total_outflows,
    total_return: result.total_return,
    return_percentage: result.return_percentage,
    time_weighted_return: result.time_weighted_return,
    money_weighted_return: result.money_weighted_return,
    annualized_time_weighted_return: result.annualized_time_weighted_return,
    annualized_money_weighted_return: result.annualized_money_weighted_return,
    volatility: result.volatility,
    max_drawdown: result.max_drawdown,
    holdings: result.holdings as HoldingReturnsResponse[],
    warnings: result.warnings,
    capital_gain: result.capital_gain as number,
    dividend_income: result.dividend_income as number,
    total_fees: result.total_fees as number,
    realized_gain: result.realized_gain as number | null,
    cost_basis: result.cost_basis as number | null,
    unrealized_gain: result.unrealized_gain as number | null,
  };
  if (benchmark !== undefined) {
    response.benchmark = benchmark;
    response.benchmark_return = benchmark?.benchmark_return ?? null;
  }
  return response;
}

export function toPerformanceResponse(
  request: PerformanceRequest,
  page: PerformancePage,
): PerformanceResponse {
  const { result } = page;
  return {
    ...header(request),
    warnings: result.warnings,
    ...(result.benchmark === undefined ? {} : { benchmark: result.benchmark }),
    interval: request.interval,
    points_total: page.total,
    next: page.nextCursor === null ? null : nextPagePath(request, page.nextCursor),
    // Always computed with accounting: every point carries its `dividend`.
    series: page.points as PerformancePointResponse[],
  };
}

/** The same request with the next page's cursor, as a path and query the client can GET as is. */
function nextPagePath(request: PerformanceRequest, cursor: string): string {
  const query = new URLSearchParams({ start_date: request.start, end_date: request.end });
  if (request.benchmark !== undefined) query.set('benchmark', request.benchmark);
  // The accounting options only when not their defaults: an original client's links stay as they were.
  if (request.dividends === 'exclude') query.set('dividends', request.dividends);
  if (request.costBasis === 'fifo') query.set('cost_basis', request.costBasis);
  query.set('interval', request.interval);
  query.set('limit', String(request.limit));
  query.set('cursor', cursor);
  return `/api/v1/portfolio/${encodeURIComponent(request.customerId)}/performance?${query}`;
}
