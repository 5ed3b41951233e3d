import type { ReturnsResult } from './calculators/types.js';
import type {
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

/** The original's fields (total_return, return_percentage, holdings[…]) plus every figure of the contract. */
export function toReturnsResponse(request: ReturnsRequest, result: ReturnsResult): ReturnsResponse {
  // Copied key by key rather than destructured: the series is left out without being read (it is built
  // on first read, and this response never shows it).
  const figures: Record<string, unknown> = {};
  for (const key of Object.keys(result) as (keyof ReturnsResult)[])
    if (key !== 'series' && key !== 'missing_prices' && key !== 'benchmark') figures[key] = result[key];
  const { benchmark } = result;
  // The service always computes with accounting, so the calculator's optional figures are all present.
  return {
    ...header(request),
    ...(figures as Omit<ReturnsResponse, keyof ReturnType<typeof header> | 'benchmark' | 'benchmark_return'>),
    ...(benchmark === undefined ? {} : { benchmark, benchmark_return: benchmark?.benchmark_return ?? null }),
  };
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
