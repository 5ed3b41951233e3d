/**
 * Why a market-data call failed. Job handlers decide on `kind`/`retryable`, never on message text.
 * 'malformed' is a body that is not the expected shape; the provider retries it and reports 'transient'
 * once retries run out, so callers only see 'malformed' for pagination it refuses to follow.
 */
export type MarketDataErrorKind =
  | 'auth'
  | 'not_entitled'
  | 'plan_history_limit'
  | 'not_yet_available'
  | 'not_found'
  | 'bad_request'
  | 'rate_limited'
  | 'transient'
  | 'malformed';

export interface MarketDataErrorDetails {
  status?: number;
  requestId?: string;
  /** Overrides the kind's default (see RETRYABLE_BY_DEFAULT). */
  retryable?: boolean;
}

const RETRYABLE_BY_DEFAULT: ReadonlySet<MarketDataErrorKind> = new Set([
  'rate_limited',
  'transient',
  'malformed',
]);

/**
 * Built by us, never wrapping a transport error: those carry request config (and so the API key).
 * Messages come from the provider's error body or from fixed text of ours.
 */
export class MarketDataError extends Error {
  override readonly name: string = 'MarketDataError';
  readonly retryable: boolean;
  readonly status?: number;
  readonly requestId?: string;

  constructor(
    readonly kind: MarketDataErrorKind,
    message: string,
    details: MarketDataErrorDetails = {},
  ) {
    super(message);
    this.retryable = details.retryable ?? RETRYABLE_BY_DEFAULT.has(kind);
    if (details.status !== undefined) this.status = details.status;
    if (details.requestId !== undefined) this.requestId = details.requestId;
  }

  toJSON(): object {
    const { name, kind, message, retryable, status, requestId } = this;
    return { name, kind, message, retryable, status, requestId };
  }
}

/** 401: missing or unknown API key. Fatal until configuration changes. */
export class MarketDataAuthError extends MarketDataError {
  override readonly name = 'MarketDataAuthError';
  constructor(message: string, details?: MarketDataErrorDetails) {
    super('auth', message, details);
  }
}

/** 403 for an endpoint or data set outside the plan. */
export class MarketDataNotEntitledError extends MarketDataError {
  override readonly name = 'MarketDataNotEntitledError';
  constructor(message: string, details?: MarketDataErrorDetails) {
    super('not_entitled', message, details);
  }
}

/** 403 "timeframe": the range is older than the plan's history; clamp `from` and ask again. */
export class MarketDataPlanHistoryLimitError extends MarketDataError {
  override readonly name = 'MarketDataPlanHistoryLimitError';
  constructor(message: string, details?: MarketDataErrorDetails) {
    super('plan_history_limit', message, details);
  }
}

/** 403 "before end of day": today's data is not out yet on this plan; try after the close. */
export class MarketDataNotYetAvailableError extends MarketDataError {
  override readonly name = 'MarketDataNotYetAvailableError';
  constructor(message: string, details?: MarketDataErrorDetails) {
    super('not_yet_available', message, details);
  }
}

export class MarketDataNotFoundError extends MarketDataError {
  override readonly name = 'MarketDataNotFoundError';
  constructor(message: string, details?: MarketDataErrorDetails) {
    super('not_found', message, details);
  }
}

/** 400 (or arguments we refuse to send): a bug on our side, not worth retrying. */
export class MarketDataBadRequestError extends MarketDataError {
  override readonly name = 'MarketDataBadRequestError';
  constructor(message: string, details?: MarketDataErrorDetails) {
    super('bad_request', message, details);
  }
}

/** 429 that outlasted every rate-limit retry. */
export class MarketDataRateLimitedError extends MarketDataError {
  override readonly name = 'MarketDataRateLimitedError';
  constructor(message: string, details?: MarketDataErrorDetails) {
    super('rate_limited', message, details);
  }
}

/** 5xx, timeout, connection reset or malformed body that outlasted the retries. */
export class MarketDataTransientError extends MarketDataError {
  override readonly name = 'MarketDataTransientError';
  constructor(message: string, details?: MarketDataErrorDetails) {
    super('transient', message, details);
  }
}

/** A body that is not the expected shape (HTML error page, truncated JSON, missing fields). */
export class MarketDataMalformedError extends MarketDataError {
  override readonly name = 'MarketDataMalformedError';
  constructor(message: string, details?: MarketDataErrorDetails) {
    super('malformed', message, details);
  }
}
