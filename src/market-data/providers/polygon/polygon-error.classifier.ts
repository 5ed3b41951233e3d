import {
  MarketDataAuthError,
  MarketDataBadRequestError,
  MarketDataError,
  MarketDataMalformedError,
  MarketDataNotEntitledError,
  MarketDataNotFoundError,
  MarketDataNotYetAvailableError,
  MarketDataPlanHistoryLimitError,
  MarketDataRateLimitedError,
  MarketDataTransientError,
} from '../market-data.error.js';

const MAX_MESSAGE_LENGTH = 300;

export interface ErrorContext {
  /** X-Request-Id, used when the body has no request_id (HTML pages, some 401s). */
  headerRequestId?: string;
  /** Removes anything secret from text we did not write (the body is the server's). */
  scrub?: (text: string) => string;
}

/**
 * Maps a non-2xx Polygon answer to our error kinds (polygon-api.md §6). The text is in `message`
 * (403/404, status NOT_AUTHORIZED/NOT_FOUND) or in `error` (400/401/429, status ERROR).
 */
export function classifyPolygonError(
  httpStatus: number,
  bodyText: string,
  context: ErrorContext = {},
): MarketDataError {
  const body = parseErrorBody(bodyText);
  const scrub = context.scrub ?? ((text: string) => text);
  const requestId = body?.requestId ?? context.headerRequestId;
  const text = body?.text ? scrub(body.text).slice(0, MAX_MESSAGE_LENGTH) : undefined;
  const message = text ?? `Polygon answered HTTP ${httpStatus} without an error message`;
  const details = { status: httpStatus, requestId };

  if (httpStatus === 401) return new MarketDataAuthError(message, details);
  if (httpStatus === 403) {
    if (/timeframe/i.test(message)) return new MarketDataPlanHistoryLimitError(message, details);
    if (/before end of day/i.test(message)) return new MarketDataNotYetAvailableError(message, details);
    return new MarketDataNotEntitledError(message, details);
  }
  if (httpStatus === 404) return new MarketDataNotFoundError(message, details);
  if (httpStatus === 429) return new MarketDataRateLimitedError(message, details);
  if (httpStatus >= 500 || httpStatus === 499) return new MarketDataTransientError(message, details);
  if (httpStatus >= 400) return new MarketDataBadRequestError(message, details);
  // 1xx/3xx (we follow no redirects): not an answer we understand
  return new MarketDataMalformedError(message, details);
}

/** A 200 whose body status says otherwise is treated as the matching HTTP error (§5). */
export function classifyBodyStatus(
  status: string,
  bodyText: string,
  context: ErrorContext = {},
): MarketDataError {
  if (status === 'NOT_AUTHORIZED') return classifyPolygonError(403, bodyText, context);
  if (status === 'NOT_FOUND') return classifyPolygonError(404, bodyText, context);
  const error = classifyPolygonError(200, bodyText, context);
  return new MarketDataMalformedError(`Unexpected status "${status.slice(0, 40)}": ${error.message}`, {
    requestId: error.requestId,
    status: 200,
  });
}

function parseErrorBody(bodyText: string): { text?: string; requestId?: string } | undefined {
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    return undefined; // HTML from the edge, empty, truncated
  }
  if (typeof body !== 'object' || body === null) return undefined;
  const { message, error, request_id: requestId } = body as Record<string, unknown>;
  const text = [message, error].find((value): value is string => typeof value === 'string' && value !== '');
  return { text, requestId: typeof requestId === 'string' ? requestId : undefined };
}
