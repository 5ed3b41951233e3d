// Generated from openapi/openapi.json by `npm run openapi:generate`. Do not edit.
export interface paths {
  '/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Service: info */
    get: operations['rootInfo'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Customers: list */
    get: operations['customersList'];
    put?: never;
    /** Customers: create */
    post: operations['customersCreate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Customers: get */
    get: operations['customersGet'];
    /** Customers: update */
    put: operations['customersUpdate'];
    post?: never;
    /** Customers: delete */
    delete: operations['customersDelete'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers/{id}/api-keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List a customer's API keys (admin) */
    get: operations['apiKeysList'];
    put?: never;
    /**
     * Create a customer API key (admin)
     * @description The secret is in the response, once.
     */
    post: operations['apiKeysCreate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers/{id}/api-keys/{key_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke a customer API key (admin) */
    delete: operations['apiKeysRevoke'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers/{id}/transactions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Transactions: list */
    get: operations['transactionsList'];
    put?: never;
    /** Transactions: create */
    post: operations['transactionsCreate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers/{id}/transactions/{transaction_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Transactions: delete */
    delete: operations['transactionsDelete'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/jobs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Jobs: list */
    get: operations['jobsList'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/jobs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Jobs: get */
    get: operations['jobsGet'];
    put?: never;
    post?: never;
    /** Jobs: cancel */
    delete: operations['jobsCancel'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portfolio/{customer_id}/performance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Returns: performance */
    get: operations['returnsPerformance'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portfolio/{customer_id}/returns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Returns: returns for */
    get: operations['returnsReturnsFor'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Reports: get */
    get: operations['reportsGet'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/{id}/returns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Reports: download */
    get: operations['reportsDownload'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/returns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reports: create returns */
    post: operations['reportsCreateReturns'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stocks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Prices: list */
    get: operations['stocksList'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stocks/{ticker}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Prices: get */
    get: operations['stocksGet'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stocks/{ticker}/dividends': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Prices: dividends */
    get: operations['corporateActionsDividends'];
    put?: never;
    /** Prices: import dividends */
    post: operations['corporateActionsImportDividends'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stocks/{ticker}/prices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Prices: bars */
    get: operations['stocksBars'];
    put?: never;
    /** Prices: import */
    post: operations['stocksImport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stocks/{ticker}/splits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Prices: splits */
    get: operations['corporateActionsSplits'];
    put?: never;
    /** Prices: import splits */
    post: operations['corporateActionsImportSplits'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stocks/populate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Prices: populate */
    post: operations['populatePopulate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stocks/populate-fortune500': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Prices: populate fortune500 */
    post: operations['populatePopulateFortune500'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stocks/populate/{ticker}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Prices: populate ticker */
    post: operations['populatePopulateTicker'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Overall health: database and job queue */
    get: operations['healthOverall'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness: the process answers */
    get: operations['healthLive'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Readiness: database, job queue and migrations */
    get: operations['healthReady'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    ApiKeyResponse: {
      created_at: string;
      /** Format: uuid */
      customer_id: string;
      /** Format: uuid */
      id: string;
      /** @example reporting dashboard */
      name: string | null;
      /**
       * @description First characters of the secret, to recognise it
       * @example pr_Xk3f9aQ2
       */
      prefix: string;
      revoked_at: string | null;
      /**
       * @description Read-only access to this customer only
       * @example read:own-customer
       */
      scope: string;
    };
    BenchmarkResponse: {
      /**
       * @description Price return, with its dividends reinvested on their ex-dates unless dividends=exclude
       * @example 0.0159
       */
      benchmark_return: number;
      /** @example 482.88 */
      end_price: number;
      /** @example 2024-01-31 */
      end_price_date: string;
      /** @example 475.31 */
      start_price: number;
      /** @example 2023-12-29 */
      start_price_date: string;
      /** @example SPY */
      ticker: string;
    };
    CreateApiKeyDto: {
      /** @example reporting dashboard */
      name?: string;
    };
    CreateCustomerDto: {
      /**
       * @description Not only whitespace; may span lines (tab, line feed, carriage return)
       * @example 12 St James Square, London
       */
      address: string;
      /**
       * @description Unique when present
       * @example ada@example.com
       */
      email?: string | null;
      /**
       * @description One line, not only whitespace, no control characters
       * @example Ada Lovelace
       */
      name: string;
      /** @description Opening holdings; each ticker at most once */
      stocks?: components['schemas']['HoldingInputDto'][];
    };
    CreatedApiKeyResponse: {
      created_at: string;
      /** Format: uuid */
      customer_id: string;
      /** Format: uuid */
      id: string;
      /**
       * @description The secret: shown once, never retrievable again. Send it as `Authorization: Bearer <key>`
       * @example pr_Xk3f9aQ2v0LrS8c1mN5tYwE7uI4oP6aZ9bD2fG0hJ3k
       */
      key: string;
      /** @example reporting dashboard */
      name: string | null;
      /**
       * @description First characters of the secret, to recognise it
       * @example pr_Xk3f9aQ2
       */
      prefix: string;
      revoked_at: string | null;
      /**
       * @description Read-only access to this customer only
       * @example read:own-customer
       */
      scope: string;
    };
    CreateReturnsReportDto: {
      /**
       * @description A ticker to compare with (its price return)
       * @example SPY
       */
      benchmark?: string;
      /**
       * @description How a sale removes cost: average (pooled cost per share) or fifo (oldest lots first); drives realized_gain, cost_basis and unrealized_gain
       * @default average
       * @example average
       * @enum {string}
       */
      cost_basis: 'average' | 'fifo';
      /**
       * @description include: cash dividends (USD) are income paid out on their ex-date; exclude: every figure as if no dividends were stored (the price return)
       * @default include
       * @example include
       * @enum {string}
       */
      dividends: 'include' | 'exclude';
      /**
       * Format: date
       * @description To the close of this day; 1970-01-01 or later, not after today in New York
       * @example 2024-01-31
       */
      end_date: string;
      /**
       * Format: date
       * @description Measured from the close of this day; 1970-01-01 or later, not after today in New York
       * @example 2024-01-01
       */
      start_date: string;
    };
    CreateTransactionDto: {
      /**
       * @description Money paid for the trade (>= 0, at most 8 decimals; default 0): a BUY costs q·p + fee, a SELL yields q·p − fee
       * @example 1.5
       */
      fee?: number | string;
      /**
       * @description Price per share; omitted means the close of trade_date
       * @example 187.12
       */
      price?: number | string;
      /** @example 5 */
      quantity: number | string;
      /** @example AAPL */
      ticker: string;
      /**
       * Format: date
       * @description Not in the future (New York date)
       * @example 2024-03-05
       */
      trade_date: string;
      /**
       * @example BUY
       * @enum {string}
       */
      type: 'BUY' | 'SELL';
    };
    CustomerResponse: {
      /** @example 12 St James Square, London */
      address: string;
      created_at: string;
      /** @example ada@example.com */
      email: string | null;
      /** Format: uuid */
      id: string;
      /** @example Ada Lovelace */
      name: string;
      /** Format: uuid */
      portfolio_id: string;
      portfolio_stocks: components['schemas']['PortfolioStockResponse'][];
      updated_at: string;
    };
    DividendResponse: {
      /**
       * @description Cash per share held before the ex-date (exact)
       * @example 0.25
       */
      cash_amount: string;
      /**
       * @description ISO 4217; null only on Polygon items that carry none (they are USD)
       * @example USD
       */
      currency: string | null;
      /**
       * @description CD regular, SC special, LC/LT/ST capital gains; null when not given
       * @example CD
       * @enum {string|null}
       */
      dividend_type: 'CD' | 'SC' | 'LC' | 'LT' | 'ST' | null;
      /**
       * Format: date
       * @description Ex-dividend date
       * @example 2024-08-12
       */
      ex_dividend_date: string;
      /**
       * Format: date
       * @description Pay date
       * @example 2024-08-15
       */
      pay_date: string | null;
      /**
       * Format: date
       * @description Record date
       * @example null
       */
      record_date: string | null;
    };
    DividendsImportResponse: {
      /** @description Ascending by ex-dividend date */
      dividends: components['schemas']['DividendResponse'][];
      /**
       * @description Rows inserted or changed (0: all already stored)
       * @example 4
       */
      stored: number;
      /**
       * @description The upper-cased ticker
       * @example AAPL
       */
      ticker: string;
    };
    DividendsResponse: {
      /** @description Ascending by ex-dividend date */
      dividends: components['schemas']['DividendResponse'][];
      /**
       * @description The upper-cased ticker
       * @example AAPL
       */
      ticker: string;
    };
    FieldErrorResponse: {
      /** @example stocks[0].quantity */
      field: string;
      /** @example quantity must be a number greater than 0 with at most 8 decimals */
      message: string;
    };
    HealthCheckResponse: {
      /**
       * @description Every check with its status
       * @example {
       *       "database": {
       *         "status": "up"
       *       },
       *       "queue": {
       *         "status": "up"
       *       }
       *     }
       */
      details: {
        [key: string]: unknown;
      };
      /** @example {} */
      error?: {
        [key: string]: unknown;
      };
      /**
       * @description The checks that are up
       * @example {
       *       "database": {
       *         "status": "up"
       *       },
       *       "queue": {
       *         "status": "up"
       *       }
       *     }
       */
      info?: {
        [key: string]: unknown;
      };
      /**
       * @example ok
       * @enum {string}
       */
      status: 'ok' | 'degraded';
    };
    HoldingInputDto: {
      /**
       * Format: date
       * @description The date on which `quantity` real shares were held (split basis and cost date); default: the New York date of the request
       * @example 2024-01-02
       */
      as_of?: string;
      /**
       * @description Greater than 0, at most 8 decimals; a number or a decimal string
       * @example 10
       */
      quantity: number | string;
      /**
       * @description Upper-cased on input
       * @example AAPL
       */
      ticker: string;
    };
    HoldingReturnsResponse: {
      /**
       * @description end_value − start_value − inflows + outflows of this ticker
       * @example -81.3
       */
      capital_gain: number;
      /**
       * @description Cost still held at end_date (average or fifo); null when a lot has no price
       * @example 1840
       */
      cost_basis: number | null;
      /**
       * @description Cash dividends (USD) on the real shares held at the close before each ex-date in the window
       * @example 0
       */
      dividend_income: number;
      /**
       * @description Real close on end_price_date
       * @example 184.4
       */
      end_price: number;
      /** @example 2024-01-31 */
      end_price_date: string;
      /**
       * @description Real shares held at the close of end_date
       * @example 10
       */
      end_quantity: number;
      /** @example 1844 */
      end_value: number;
      /** @example -81.3 */
      profit: number;
      /**
       * @description Quantity at end_date (the original field)
       * @example 10
       */
      quantity: number;
      /**
       * @description Proceeds − fee − removed cost of the sales in the window; null when a lot has no price
       * @example 0
       */
      realized_gain: number | null;
      /**
       * @description Same as profit (the original field)
       * @example -81.3
       */
      return: number;
      /**
       * @description Percent
       * @example -4.222718537
       */
      return_percentage: number;
      /**
       * @description Real close on start_price_date (as traded then, not split-adjusted)
       * @example 192.53
       */
      start_price: number | null;
      /** @example 2023-12-29 */
      start_price_date: string | null;
      /**
       * @description Real shares held at the close of start_date (before later splits)
       * @example 10
       */
      start_quantity: number;
      /** @example 1925.3 */
      start_value: number;
      /** @example AAPL */
      ticker: string;
      /** @example -0.04222718537 */
      time_weighted_return: number;
      /**
       * @description Fees of this ticker’s trades dated in (start_date, end_date]
       * @example 0
       */
      total_fees: number;
      /**
       * @description end_value − cost_basis; null when cost_basis is
       * @example 4
       */
      unrealized_gain: number | null;
    };
    ImportResultResponse: {
      /**
       * @description Rows inserted or changed
       * @example 21
       */
      bars_upserted: number;
    };
    JobProgressResponse: {
      /** @example 502 */
      bars_upserted: number;
      /** @example 50 */
      percent: number;
      /** @example 1 */
      tickers_done: number;
      /** @example 2 */
      tickers_total: number;
    };
    JobResponse: {
      created_at: string;
      /** @example null */
      error: string | null;
      finished_at: string | null;
      /** Format: uuid */
      id: string;
      progress: components['schemas']['JobProgressResponse'];
      /**
       * @example {
       *       "end_date": null,
       *       "start_date": null,
       *       "tickers": [
       *         "AAPL"
       *       ]
       *     }
       */
      request: Record<string, never>;
      started_at: string | null;
      /** @enum {string} */
      state: 'queued' | 'running' | 'succeeded' | 'partially_succeeded' | 'failed' | 'cancelled';
      tickers: components['schemas']['JobTickerResponse'][];
      /** @enum {string} */
      type: 'populate' | 'populate_ticker' | 'populate_fortune500' | 'daily_refresh';
    };
    JobTickerResponse: {
      /** @example 502 */
      bars: number;
      /**
       * @description Cash dividend rows this load inserted or changed (0 when the stored ones were already current)
       * @example 8
       */
      dividends: number;
      /** @example null */
      error: string | null;
      /**
       * @description Split rows this load inserted or changed (0 when the stored ones were already current)
       * @example 1
       */
      splits: number;
      /** @enum {string} */
      state: 'queued' | 'running' | 'succeeded' | 'no_data' | 'failed' | 'cancelled';
      /** @example AAPL */
      ticker: string;
    };
    MissingPriceResponse: {
      /**
       * Format: date
       * @description The first day a price is needed for
       * @example 2024-01-01
       */
      needed_from: string;
      /** @example MSFT */
      ticker: string;
    };
    PerformancePointResponse: {
      /** @example -0.0057 */
      benchmark_cumulative_return?: number;
      /** @example -0.0249 */
      cumulative_return: number;
      /** @example 2024-01-02 */
      date: string;
      /**
       * @description Dividend income of the day (summed over the period for week and month); value excludes it
       * @example 0
       */
      dividend: number;
      /** @example 0.0249 */
      drawdown: number;
      /** @example 0 */
      net_flow: number;
      /** @example 3710.75 */
      value: number;
    };
    PerformanceResponse: {
      benchmark?: components['schemas']['BenchmarkResponse'] | null;
      /** Format: uuid */
      customer_id: string;
      /** @example 2024-01-31 */
      end_date: string;
      /**
       * @example day
       * @enum {string}
       */
      interval: 'day' | 'week' | 'month';
      method: components['schemas']['ReturnsMethodResponse'];
      /**
       * @description Path and query of the next page; null on the last page
       * @example null
       */
      next: string | null;
      /**
       * @description Points of the series over all pages
       * @example 31
       */
      points_total: number;
      /** @description This page of the series, oldest first */
      series: components['schemas']['PerformancePointResponse'][];
      /** @example 2024-01-01 */
      start_date: string;
      warnings: components['schemas']['ReturnsWarningResponse'][];
    };
    PopulateAcceptedResponse: {
      created_at: string;
      /** @example null */
      error: string | null;
      finished_at: string | null;
      /** Format: uuid */
      id: string;
      /** @example Population of 1 ticker (AAPL) queued as job 6d0f0b4e-2c55-4b7a-9d3e-1f6a8c2b7e10 */
      message: string;
      progress: components['schemas']['JobProgressResponse'];
      /**
       * @example {
       *       "end_date": null,
       *       "start_date": null,
       *       "tickers": [
       *         "AAPL"
       *       ]
       *     }
       */
      request: Record<string, never>;
      started_at: string | null;
      /** @enum {string} */
      state: 'queued' | 'running' | 'succeeded' | 'partially_succeeded' | 'failed' | 'cancelled';
      /**
       * @description The original's word for `state`
       * @example accepted
       * @enum {string}
       */
      status: 'accepted' | 'processing' | 'success' | 'partial_success' | 'error' | 'cancelled';
      /**
       * @description The upper-cased ticker (single-ticker route only)
       * @example AAPL
       */
      ticker?: string;
      tickers: components['schemas']['JobTickerResponse'][];
      /** @enum {string} */
      type: 'populate' | 'populate_ticker' | 'populate_fortune500' | 'daily_refresh';
    };
    PopulateRangeDto: {
      /**
       * Format: date
       * @example 2024-06-28
       */
      end_date?: string;
      /**
       * Format: date
       * @description 1970-01-01 or later, not after today in New York
       * @example 2024-01-02
       */
      start_date?: string;
    };
    PopulateRequestDto: {
      /**
       * Format: date
       * @description Default: the latest complete session
       * @example 2024-06-28
       */
      end_date?: string;
      /**
       * Format: date
       * @description 1970-01-01 or later, not after today in New York. Default: from each ticker's last stored bar (its last 5 sessions again), or POPULATE_DEFAULT_YEARS back
       * @example 2024-01-02
       */
      start_date?: string;
      /**
       * @description Default: every ticker held or traded in any portfolio, plus BENCHMARK_TICKERS
       * @example [
       *       "AAPL",
       *       "MSFT"
       *     ]
       */
      tickers?: string[];
    };
    PortfolioStockResponse: {
      /**
       * Format: date
       * @description The date on which quantity real shares were held
       * @example 2024-01-02
       */
      as_of: string;
      created_at: string;
      /** @example 10 */
      quantity: number;
      /** @example AAPL */
      stock_ticker: string;
      updated_at: string;
    };
    PriceBarResponse: {
      /** @example true */
      adjusted: boolean;
      /** @example 185.64 */
      close: number;
      /**
       * Format: date
       * @example 2024-01-02
       */
      date: string;
      fetched_at: string;
      /** @example 188.44 */
      high: number;
      /** @example 183.885 */
      low: number;
      /** @example 187.15 */
      open: number;
      /** @enum {string} */
      source: 'polygon' | 'import';
      /** @example 1008832 */
      trades: number | null;
      /** @example 82488674 */
      volume: number;
      /** @example 185.9465 */
      vwap: number | null;
    };
    ProblemResponse: {
      /** @example quantity must be a number greater than 0 with at most 8 decimals */
      detail: string;
      /** @description 400: each invalid field */
      errors?: components['schemas']['FieldErrorResponse'][];
      /**
       * @description 503 from /health: failing checks
       * @example [
       *       "database"
       *     ]
       */
      failed_checks?: string[];
      /** @example /api/v1/customers */
      instance?: string;
      /** @description 422 missing-prices: what to load */
      missing_prices?: components['schemas']['MissingPriceResponse'][];
      /** @example req-1 */
      request_id?: string;
      /** @example 400 */
      status: number;
      /** @example Invalid request */
      title: string;
      /** @example /problems/validation-error */
      type: string;
    };
    ReportProgressResponse: {
      /**
       * @description Customers with a stored line
       * @example 5000
       */
      customers_done: number;
      /**
       * @description Of those, lines with an `error` instead of figures (e.g. missing prices)
       * @example 3
       */
      customers_failed: number;
      /**
       * @description Customers when the report was requested
       * @example 10000
       */
      customers_total: number;
      /**
       * @description Chunks settled
       * @example 20
       */
      parts_done: number;
      /**
       * @description Chunks (queue jobs) of the report
       * @example 40
       */
      parts_total: number;
      /** @example 50 */
      percent: number;
    };
    ReportResponse: {
      created_at: string;
      /**
       * @description Where the lines download once `state` is succeeded (409 before)
       * @example /api/v1/reports/9b2e4f10-6c3a-4d8e-b1f7-0a5c2d9e8f31/returns
       */
      download: string;
      /** @example null */
      error: string | null;
      finished_at: string | null;
      /** Format: uuid */
      id: string;
      progress: components['schemas']['ReportProgressResponse'];
      request: components['schemas']['ReturnsReportRequestResponse'];
      started_at: string | null;
      /**
       * @example running
       * @enum {string}
       */
      state: 'queued' | 'running' | 'succeeded' | 'failed';
      /** @enum {string} */
      type: 'returns';
    };
    ReturnsMethodResponse: {
      /** @example flows at the close of their day */
      flows: string;
      /** @example period IRR */
      money_weighted: string;
      /** @example daily-linked TWR */
      time_weighted: string;
      /** @example as-of adjusted close */
      valuation: string;
    };
    ReturnsReportRequestResponse: {
      /** @example SPY */
      benchmark: string | null;
      /**
       * @example average
       * @enum {string}
       */
      cost_basis: 'average' | 'fifo';
      /**
       * @example include
       * @enum {string}
       */
      dividends: 'include' | 'exclude';
      /** @example 2024-03-31 */
      end_date: string;
      /** @example 2024-01-01 */
      start_date: string;
    };
    ReturnsResponse: {
      /**
       * @description (1 + r)^(365/T) − 1 over the window of T days; null when T < 365 (not annualized) or r < −100 %
       * @example null
       */
      annualized_money_weighted_return: number | null;
      /**
       * @description (1 + r)^(365/T) − 1 over the window of T days; null when T < 365 (not annualized) or r < −100 %
       * @example null
       */
      annualized_time_weighted_return: number | null;
      benchmark?: components['schemas']['BenchmarkResponse'] | null;
      /** @example 0.0159 */
      benchmark_return?: number | null;
      /**
       * @description V(end) − V(start) − inflows + outflows (fees included)
       * @example 26.4
       */
      capital_gain: number;
      /**
       * @description Cost still held at end_date, by cost_basis=average or fifo; null as realized_gain
       * @example 3805.5
       */
      cost_basis: number | null;
      /** Format: uuid */
      customer_id: string;
      /**
       * @description Cash dividends (USD) received in (start_date, end_date]; 0 with dividends=exclude
       * @example 0
       */
      dividend_income: number;
      /** @example 2024-01-31 */
      end_date: string;
      /** @example 3831.9 */
      end_value: number;
      holdings: components['schemas']['HoldingReturnsResponse'][];
      /** @example 0.02890553147 */
      max_drawdown: number;
      method: components['schemas']['ReturnsMethodResponse'];
      /** @example 0.006937327552 */
      money_weighted_return: number | null;
      /**
       * @description Sum over the holdings; null when one holding’s is (warning unknown_cost_basis)
       * @example 0
       */
      realized_gain: number | null;
      /**
       * @description Percent of V(start) + inflows
       * @example 0.6937327552
       */
      return_percentage: number;
      /** @example 2024-01-01 */
      start_date: string;
      /** @example 3805.5 */
      start_value: number;
      /** @example 0.006937327552 */
      time_weighted_return: number;
      /**
       * @description Fees of the trades dated in (start_date, end_date]
       * @example 0
       */
      total_fees: number;
      /** @example 0 */
      total_inflows: number;
      /** @example 0 */
      total_outflows: number;
      /**
       * @description Profit: capital_gain + dividend_income
       * @example 26.4
       */
      total_return: number;
      /**
       * @description end_value − cost_basis
       * @example 26.4
       */
      unrealized_gain: number | null;
      /** @example 0.4992684419 */
      volatility: number | null;
      warnings: components['schemas']['ReturnsWarningResponse'][];
    };
    ReturnsWarningResponse: {
      /**
       * @description dividend_currency: a dividend in another currency than USD was left out (ticker, date, currency); unknown_cost_basis: a lot of the ticker has no price, so its cost-basis figures are null
       * @enum {string}
       */
      code:
        | 'stale_price'
        | 'end_after_last_bar'
        | 'benchmark_no_data'
        | 'dividend_currency'
        | 'unknown_cost_basis';
      /**
       * @description dividend_currency: the currency left out
       * @example CAD
       */
      currency?: string;
      /** @example 2024-01-31 */
      date?: string;
      /** @example AAPL: the price used on 2024-01-31 is from 2024-01-19, 8 trading days older */
      message: string;
      /** @example AAPL */
      ticker?: string;
    };
    RootResponse: {
      /** @example development */
      environment: string;
      /** @example portfolio-returns */
      name: string;
      /** @example running */
      status: string;
      /** @example 1.0.0 */
      version: string;
    };
    SplitResponse: {
      /**
       * Format: date
       * @description First day on the new basis
       * @example 2020-08-31
       */
      execution_date: string;
      /**
       * @description Shares before (exact decimal string)
       * @example 1
       */
      split_from: string;
      /**
       * @description Shares after (exact decimal string)
       * @example 4
       */
      split_to: string;
    };
    SplitsImportResponse: {
      /** @description Ascending by execution date */
      splits: components['schemas']['SplitResponse'][];
      /**
       * @description Rows inserted or changed (0: all already stored)
       * @example 1
       */
      stored: number;
      /**
       * @description The upper-cased ticker
       * @example AAPL
       */
      ticker: string;
    };
    SplitsResponse: {
      /** @description Ascending by execution date */
      splits: components['schemas']['SplitResponse'][];
      /**
       * @description The upper-cased ticker
       * @example AAPL
       */
      ticker: string;
    };
    StockResponse: {
      /** @example 523 */
      bar_count: number;
      created_at: string;
      /** @example XNAS */
      exchange: string | null;
      /**
       * Format: date
       * @example 2022-06-01
       */
      first_date: string | null;
      /**
       * Format: date
       * @example 2024-06-28
       */
      last_date: string | null;
      /** @example Apple Inc. */
      name: string | null;
      /** @example AAPL */
      ticker: string;
      updated_at: string;
    };
    TransactionResponse: {
      created_at: string;
      /** Format: uuid */
      customer_id: string;
      /**
       * @description Money paid for the trade (0 when none)
       * @example 1.5
       */
      fee: number;
      /** Format: uuid */
      id: string;
      /** @example 187.12 */
      price: number | null;
      /** @example 5 */
      quantity: number;
      /** @example AAPL */
      ticker: string;
      /**
       * Format: date
       * @example 2024-03-05
       */
      trade_date: string;
      /** @enum {string} */
      type: 'BUY' | 'SELL';
      updated_at: string;
    };
    UpdateCustomerDto: {
      /**
       * @description Not only whitespace; may span lines (tab, line feed, carriage return)
       * @example 12 St James Square, London
       */
      address?: string;
      /**
       * @description Unique when present
       * @example ada@example.com
       */
      email?: string | null;
      /**
       * @description One line, not only whitespace, no control characters
       * @example Ada Lovelace
       */
      name?: string;
      /** @description Opening holdings; each ticker at most once */
      stocks?: components['schemas']['HoldingInputDto'][];
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  rootInfo: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RootResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "More than 600 requests in a minute; retry in 12 s",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-9",
           *       "status": 429,
           *       "title": "Too many requests",
           *       "type": "/problems/rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  customersList: {
    parameters: {
      query?: {
        limit?: number;
        skip?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'X-Total-Count'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomerResponse'][];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "quantity must be a number greater than 0 with at most 8 decimals",
           *       "errors": [
           *         {
           *           "field": "stocks[0].quantity",
           *           "message": "quantity must be a number greater than 0 with at most 8 decimals"
           *         }
           *       ],
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-1",
           *       "status": 400,
           *       "title": "Invalid request",
           *       "type": "/problems/validation-error"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          /** @description The Bearer challenge (RFC 6750) */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This route needs an API key: send Authorization: Bearer <key>",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-2",
           *       "status": 401,
           *       "title": "Unauthorized",
           *       "type": "/problems/unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This key may only read (GET, HEAD); writing needs a key with the admin scope",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-3",
           *       "status": 403,
           *       "title": "Forbidden",
           *       "type": "/problems/forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "More than 600 requests in a minute; retry in 12 s",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-9",
           *       "status": 429,
           *       "title": "Too many requests",
           *       "type": "/problems/rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  customersCreate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCustomerDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomerResponse'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "quantity must be a number greater than 0 with at most 8 decimals",
           *       "errors": [
           *         {
           *           "field": "stocks[0].quantity",
           *           "message": "quantity must be a number greater than 0 with at most 8 decimals"
           *         }
           *       ],
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-1",
           *       "status": 400,
           *       "title": "Invalid request",
           *       "type": "/problems/validation-error"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          /** @description The Bearer challenge (RFC 6750) */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This route needs an API key: send Authorization: Bearer <key>",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-2",
           *       "status": 401,
           *       "title": "Unauthorized",
           *       "type": "/problems/unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This key may only read (GET, HEAD); writing needs a key with the admin scope",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-3",
           *       "status": 403,
           *       "title": "Forbidden",
           *       "type": "/problems/forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Conflict with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "A customer with this email already exists",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-5",
           *       "status": 409,
           *       "title": "Conflict",
           *       "type": "/problems/conflict"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "The request body exceeds the 1 MiB limit",
           *       "instance": "/api/v1/stocks/AAPL/prices",
           *       "request_id": "req-6",
           *       "status": 413,
           *       "title": "Payload too large",
           *       "type": "/problems/payload-too-large"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unsupported content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "Unsupported content type: text/plain",
           *       "instance": "/api/v1/stocks/AAPL/prices",
           *       "request_id": "req-7",
           *       "status": 415,
           *       "title": "Unsupported media type",
           *       "type": "/problems/unsupported-media-type"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "More than 600 requests in a minute; retry in 12 s",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-9",
           *       "status": 429,
           *       "title": "Too many requests",
           *       "type": "/problems/rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  customersGet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomerResponse'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "quantity must be a number greater than 0 with at most 8 decimals",
           *       "errors": [
           *         {
           *           "field": "stocks[0].quantity",
           *           "message": "quantity must be a number greater than 0 with at most 8 decimals"
           *         }
           *       ],
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-1",
           *       "status": 400,
           *       "title": "Invalid request",
           *       "type": "/problems/validation-error"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          /** @description The Bearer challenge (RFC 6750) */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This route needs an API key: send Authorization: Bearer <key>",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-2",
           *       "status": 401,
           *       "title": "Unauthorized",
           *       "type": "/problems/unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This key may only read (GET, HEAD); writing needs a key with the admin scope",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-3",
           *       "status": 403,
           *       "title": "Forbidden",
           *       "type": "/problems/forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "Customer 3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91 not found",
           *       "instance": "/api/v1/customers/3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91",
           *       "request_id": "req-4",
           *       "status": 404,
           *       "title": "Resource not found",
           *       "type": "/problems/not-found"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description A path parameter longer than 100 characters */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "A path parameter is longer than 100 characters",
           *       "instance": "/api/v1/stocks/{ticker}",
           *       "request_id": "req-14",
           *       "status": 414,
           *       "title": "URI too long",
           *       "type": "/problems/uri-too-long"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "More than 600 requests in a minute; retry in 12 s",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-9",
           *       "status": 429,
           *       "title": "Too many requests",
           *       "type": "/problems/rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  customersUpdate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCustomerDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomerResponse'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "quantity must be a number greater than 0 with at most 8 decimals",
           *       "errors": [
           *         {
           *           "field": "stocks[0].quantity",
           *           "message": "quantity must be a number greater than 0 with at most 8 decimals"
           *         }
           *       ],
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-1",
           *       "status": 400,
           *       "title": "Invalid request",
           *       "type": "/problems/validation-error"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          /** @description The Bearer challenge (RFC 6750) */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This route needs an API key: send Authorization: Bearer <key>",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-2",
           *       "status": 401,
           *       "title": "Unauthorized",
           *       "type": "/problems/unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This key may only read (GET, HEAD); writing needs a key with the admin scope",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-3",
           *       "status": 403,
           *       "title": "Forbidden",
           *       "type": "/problems/forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "Customer 3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91 not found",
           *       "instance": "/api/v1/customers/3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91",
           *       "request_id": "req-4",
           *       "status": 404,
           *       "title": "Resource not found",
           *       "type": "/problems/not-found"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Conflict with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "A customer with this email already exists",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-5",
           *       "status": 409,
           *       "title": "Conflict",
           *       "type": "/problems/conflict"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "The request body exceeds the 1 MiB limit",
           *       "instance": "/api/v1/stocks/AAPL/prices",
           *       "request_id": "req-6",
           *       "status": 413,
           *       "title": "Payload too large",
           *       "type": "/problems/payload-too-large"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description A path parameter longer than 100 characters */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "A path parameter is longer than 100 characters",
           *       "instance": "/api/v1/stocks/{ticker}",
           *       "request_id": "req-14",
           *       "status": 414,
           *       "title": "URI too long",
           *       "type": "/problems/uri-too-long"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unsupported content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "Unsupported content type: text/plain",
           *       "instance": "/api/v1/stocks/AAPL/prices",
           *       "request_id": "req-7",
           *       "status": 415,
           *       "title": "Unsupported media type",
           *       "type": "/problems/unsupported-media-type"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "More than 600 requests in a minute; retry in 12 s",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-9",
           *       "status": 429,
           *       "title": "Too many requests",
           *       "type": "/problems/rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  customersDelete: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted with its portfolio, holdings and transactions */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "quantity must be a number greater than 0 with at most 8 decimals",
           *       "errors": [
           *         {
           *           "field": "stocks[0].quantity",
           *           "message": "quantity must be a number greater than 0 with at most 8 decimals"
           *         }
           *       ],
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-1",
           *       "status": 400,
           *       "title": "Invalid request",
           *       "type": "/problems/validation-error"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          /** @description The Bearer challenge (RFC 6750) */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This route needs an API key: send Authorization: Bearer <key>",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-2",
           *       "status": 401,
           *       "title": "Unauthorized",
           *       "type": "/problems/unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This key may only read (GET, HEAD); writing needs a key with the admin scope",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-3",
           *       "status": 403,
           *       "title": "Forbidden",
           *       "type": "/problems/forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "Customer 3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91 not found",
           *       "instance": "/api/v1/customers/3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91",
           *       "request_id": "req-4",
           *       "status": 404,
           *       "title": "Resource not found",
           *       "type": "/problems/not-found"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "The request body exceeds the 1 MiB limit",
           *       "instance": "/api/v1/stocks/AAPL/prices",
           *       "request_id": "req-6",
           *       "status": 413,
           *       "title": "Payload too large",
           *       "type": "/problems/payload-too-large"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description A path parameter longer than 100 characters */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "A path parameter is longer than 100 characters",
           *       "instance": "/api/v1/stocks/{ticker}",
           *       "request_id": "req-14",
           *       "status": 414,
           *       "title": "URI too long",
           *       "type": "/problems/uri-too-long"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unsupported content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "Unsupported content type: text/plain",
           *       "instance": "/api/v1/stocks/AAPL/prices",
           *       "request_id": "req-7",
           *       "status": 415,
           *       "title": "Unsupported media type",
           *       "type": "/problems/unsupported-media-type"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "More than 600 requests in a minute; retry in 12 s",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-9",
           *       "status": 429,
           *       "title": "Too many requests",
           *       "type": "/problems/rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  apiKeysList: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Metadata of every key, revoked ones included */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiKeyResponse'][];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "quantity must be a number greater than 0 with at most 8 decimals",
           *       "errors": [
           *         {
           *           "field": "stocks[0].quantity",
           *           "message": "quantity must be a number greater than 0 with at most 8 decimals"
           *         }
           *       ],
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-1",
           *       "status": 400,
           *       "title": "Invalid request",
           *       "type": "/problems/validation-error"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          /** @description The Bearer challenge (RFC 6750) */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This route needs an API key: send Authorization: Bearer <key>",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-2",
           *       "status": 401,
           *       "title": "Unauthorized",
           *       "type": "/problems/unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This key may only read (GET, HEAD); writing needs a key with the admin scope",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-3",
           *       "status": 403,
           *       "title": "Forbidden",
           *       "type": "/problems/forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "Customer 3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91 not found",
           *       "instance": "/api/v1/customers/3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91",
           *       "request_id": "req-4",
           *       "status": 404,
           *       "title": "Resource not found",
           *       "type": "/problems/not-found"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description A path parameter longer than 100 characters */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "A path parameter is longer than 100 characters",
           *       "instance": "/api/v1/stocks/{ticker}",
           *       "request_id": "req-14",
           *       "status": 414,
           *       "title": "URI too long",
           *       "type": "/problems/uri-too-long"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "More than 600 requests in a minute; retry in 12 s",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-9",
           *       "status": 429,
           *       "title": "Too many requests",
           *       "type": "/problems/rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  apiKeysCreate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateApiKeyDto'];
      };
    };
    responses: {
      /** @description The key, with its secret shown this once: only its SHA-256 hash is stored */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedApiKeyResponse'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "quantity must be a number greater than 0 with at most 8 decimals",
           *       "errors": [
           *         {
           *           "field": "stocks[0].quantity",
           *           "message": "quantity must be a number greater than 0 with at most 8 decimals"
           *         }
           *       ],
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-1",
           *       "status": 400,
           *       "title": "Invalid request",
           *       "type": "/problems/validation-error"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          /** @description The Bearer challenge (RFC 6750) */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This route needs an API key: send Authorization: Bearer <key>",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-2",
           *       "status": 401,
           *       "title": "Unauthorized",
           *       "type": "/problems/unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This key may only read (GET, HEAD); writing needs a key with the admin scope",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-3",
           *       "status": 403,
           *       "title": "Forbidden",
           *       "type": "/problems/forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "Customer 3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91 not found",
           *       "instance": "/api/v1/customers/3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91",
           *       "request_id": "req-4",
           *       "status": 404,
           *       "title": "Resource not found",
           *       "type": "/problems/not-found"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "The request body exceeds the 1 MiB limit",
           *       "instance": "/api/v1/stocks/AAPL/prices",
           *       "request_id": "req-6",
           *       "status": 413,
           *       "title": "Payload too large",
           *       "type": "/problems/payload-too-large"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description A path parameter longer than 100 characters */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "A path parameter is longer than 100 characters",
           *       "instance": "/api/v1/stocks/{ticker}",
           *       "request_id": "req-14",
           *       "status": 414,
           *       "title": "URI too long",
           *       "type": "/problems/uri-too-long"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unsupported content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "Unsupported content type: text/plain",
           *       "instance": "/api/v1/stocks/AAPL/prices",
           *       "request_id": "req-7",
           *       "status": 415,
           *       "title": "Unsupported media type",
           *       "type": "/problems/unsupported-media-type"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "More than 600 requests in a minute; retry in 12 s",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-9",
           *       "status": 429,
           *       "title": "Too many requests",
           *       "type": "/problems/rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  apiKeysRevoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        key_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Revoked (idempotent): the key stops working at once */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "quantity must be a number greater than 0 with at most 8 decimals",
           *       "errors": [
           *         {
           *           "field": "stocks[0].quantity",
           *           "message": "quantity must be a number greater than 0 with at most 8 decimals"
           *         }
           *       ],
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-1",
           *       "status": 400,
           *       "title": "Invalid request",
           *       "type": "/problems/validation-error"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          /** @description The Bearer challenge (RFC 6750) */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This route needs an API key: send Authorization: Bearer <key>",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-2",
           *       "status": 401,
           *       "title": "Unauthorized",
           *       "type": "/problems/unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This key may only read (GET, HEAD); writing needs a key with the admin scope",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-3",
           *       "status": 403,
           *       "title": "Forbidden",
           *       "type": "/problems/forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "Customer 3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91 not found",
           *       "instance": "/api/v1/customers/3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91",
           *       "request_id": "req-4",
           *       "status": 404,
           *       "title": "Resource not found",
           *       "type": "/problems/not-found"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "The request body exceeds the 1 MiB limit",
           *       "instance": "/api/v1/stocks/AAPL/prices",
           *       "request_id": "req-6",
           *       "status": 413,
           *       "title": "Payload too large",
           *       "type": "/problems/payload-too-large"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description A path parameter longer than 100 characters */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "A path parameter is longer than 100 characters",
           *       "instance": "/api/v1/stocks/{ticker}",
           *       "request_id": "req-14",
           *       "status": 414,
           *       "title": "URI too long",
           *       "type": "/problems/uri-too-long"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unsupported content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "Unsupported content type: text/plain",
           *       "instance": "/api/v1/stocks/AAPL/prices",
           *       "request_id": "req-7",
           *       "status": 415,
           *       "title": "Unsupported media type",
           *       "type": "/problems/unsupported-media-type"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "More than 600 requests in a minute; retry in 12 s",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-9",
           *       "status": 429,
           *       "title": "Too many requests",
           *       "type": "/problems/rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  transactionsList: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Ordered by trade_date, then entry order */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TransactionResponse'][];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "quantity must be a number greater than 0 with at most 8 decimals",
           *       "errors": [
           *         {
           *           "field": "stocks[0].quantity",
           *           "message": "quantity must be a number greater than 0 with at most 8 decimals"
           *         }
           *       ],
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-1",
           *       "status": 400,
           *       "title": "Invalid request",
           *       "type": "/problems/validation-error"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          /** @description The Bearer challenge (RFC 6750) */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This route needs an API key: send Authorization: Bearer <key>",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-2",
           *       "status": 401,
           *       "title": "Unauthorized",
           *       "type": "/problems/unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This key may only read (GET, HEAD); writing needs a key with the admin scope",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-3",
           *       "status": 403,
           *       "title": "Forbidden",
           *       "type": "/problems/forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "Customer 3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91 not found",
           *       "instance": "/api/v1/customers/3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91",
           *       "request_id": "req-4",
           *       "status": 404,
           *       "title": "Resource not found",
           *       "type": "/problems/not-found"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description A path parameter longer than 100 characters */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "A path parameter is longer than 100 characters",
           *       "instance": "/api/v1/stocks/{ticker}",
           *       "request_id": "req-14",
           *       "status": 414,
           *       "title": "URI too long",
           *       "type": "/problems/uri-too-long"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "More than 600 requests in a minute; retry in 12 s",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-9",
           *       "status": 429,
           *       "title": "Too many requests",
           *       "type": "/problems/rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  transactionsCreate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateTransactionDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TransactionResponse'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "quantity must be a number greater than 0 with at most 8 decimals",
           *       "errors": [
           *         {
           *           "field": "stocks[0].quantity",
           *           "message": "quantity must be a number greater than 0 with at most 8 decimals"
           *         }
           *       ],
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-1",
           *       "status": 400,
           *       "title": "Invalid request",
           *       "type": "/problems/validation-error"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          /** @description The Bearer challenge (RFC 6750) */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This route needs an API key: send Authorization: Bearer <key>",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-2",
           *       "status": 401,
           *       "title": "Unauthorized",
           *       "type": "/problems/unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This key may only read (GET, HEAD); writing needs a key with the admin scope",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-3",
           *       "status": 403,
           *       "title": "Forbidden",
           *       "type": "/problems/forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "Customer 3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91 not found",
           *       "instance": "/api/v1/customers/3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91",
           *       "request_id": "req-4",
           *       "status": 404,
           *       "title": "Resource not found",
           *       "type": "/problems/not-found"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Conflict with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "A customer with this email already exists",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-5",
           *       "status": 409,
           *       "title": "Conflict",
           *       "type": "/problems/conflict"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "The request body exceeds the 1 MiB limit",
           *       "instance": "/api/v1/stocks/AAPL/prices",
           *       "request_id": "req-6",
           *       "status": 413,
           *       "title": "Payload too large",
           *       "type": "/problems/payload-too-large"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description A path parameter longer than 100 characters */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "A path parameter is longer than 100 characters",
           *       "instance": "/api/v1/stocks/{ticker}",
           *       "request_id": "req-14",
           *       "status": 414,
           *       "title": "URI too long",
           *       "type": "/problems/uri-too-long"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unsupported content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "Unsupported content type: text/plain",
           *       "instance": "/api/v1/stocks/AAPL/prices",
           *       "request_id": "req-7",
           *       "status": 415,
           *       "title": "Unsupported media type",
           *       "type": "/problems/unsupported-media-type"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "More than 600 requests in a minute; retry in 12 s",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-9",
           *       "status": 429,
           *       "title": "Too many requests",
           *       "type": "/problems/rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  transactionsDelete: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        transaction_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "quantity must be a number greater than 0 with at most 8 decimals",
           *       "errors": [
           *         {
           *           "field": "stocks[0].quantity",
           *           "message": "quantity must be a number greater than 0 with at most 8 decimals"
           *         }
           *       ],
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-1",
           *       "status": 400,
           *       "title": "Invalid request",
           *       "type": "/problems/validation-error"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          /** @description The Bearer challenge (RFC 6750) */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This route needs an API key: send Authorization: Bearer <key>",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-2",
           *       "status": 401,
           *       "title": "Unauthorized",
           *       "type": "/problems/unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This key may only read (GET, HEAD); writing needs a key with the admin scope",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-3",
           *       "status": 403,
           *       "title": "Forbidden",
           *       "type": "/problems/forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "Customer 3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91 not found",
           *       "instance": "/api/v1/customers/3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91",
           *       "request_id": "req-4",
           *       "status": 404,
           *       "title": "Resource not found",
           *       "type": "/problems/not-found"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Conflict with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "A customer with this email already exists",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-5",
           *       "status": 409,
           *       "title": "Conflict",
           *       "type": "/problems/conflict"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "The request body exceeds the 1 MiB limit",
           *       "instance": "/api/v1/stocks/AAPL/prices",
           *       "request_id": "req-6",
           *       "status": 413,
           *       "title": "Payload too large",
           *       "type": "/problems/payload-too-large"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description A path parameter longer than 100 characters */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "A path parameter is longer than 100 characters",
           *       "instance": "/api/v1/stocks/{ticker}",
           *       "request_id": "req-14",
           *       "status": 414,
           *       "title": "URI too long",
           *       "type": "/problems/uri-too-long"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unsupported content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "Unsupported content type: text/plain",
           *       "instance": "/api/v1/stocks/AAPL/prices",
           *       "request_id": "req-7",
           *       "status": 415,
           *       "title": "Unsupported media type",
           *       "type": "/problems/unsupported-media-type"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "More than 600 requests in a minute; retry in 12 s",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-9",
           *       "status": 429,
           *       "title": "Too many requests",
           *       "type": "/problems/rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  jobsList: {
    parameters: {
      query?: {
        limit?: number;
        state?: 'queued' | 'running' | 'succeeded' | 'partially_succeeded' | 'failed' | 'cancelled';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Recent jobs, newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JobResponse'][];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "quantity must be a number greater than 0 with at most 8 decimals",
           *       "errors": [
           *         {
           *           "field": "stocks[0].quantity",
           *           "message": "quantity must be a number greater than 0 with at most 8 decimals"
           *         }
           *       ],
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-1",
           *       "status": 400,
           *       "title": "Invalid request",
           *       "type": "/problems/validation-error"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          /** @description The Bearer challenge (RFC 6750) */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This route needs an API key: send Authorization: Bearer <key>",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-2",
           *       "status": 401,
           *       "title": "Unauthorized",
           *       "type": "/problems/unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This key may only read (GET, HEAD); writing needs a key with the admin scope",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-3",
           *       "status": 403,
           *       "title": "Forbidden",
           *       "type": "/problems/forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "More than 600 requests in a minute; retry in 12 s",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-9",
           *       "status": 429,
           *       "title": "Too many requests",
           *       "type": "/problems/rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  jobsGet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JobResponse'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "quantity must be a number greater than 0 with at most 8 decimals",
           *       "errors": [
           *         {
           *           "field": "stocks[0].quantity",
           *           "message": "quantity must be a number greater than 0 with at most 8 decimals"
           *         }
           *       ],
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-1",
           *       "status": 400,
           *       "title": "Invalid request",
           *       "type": "/problems/validation-error"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          /** @description The Bearer challenge (RFC 6750) */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This route needs an API key: send Authorization: Bearer <key>",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-2",
           *       "status": 401,
           *       "title": "Unauthorized",
           *       "type": "/problems/unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This key may only read (GET, HEAD); writing needs a key with the admin scope",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-3",
           *       "status": 403,
           *       "title": "Forbidden",
           *       "type": "/problems/forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "Customer 3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91 not found",
           *       "instance": "/api/v1/customers/3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91",
           *       "request_id": "req-4",
           *       "status": 404,
           *       "title": "Resource not found",
           *       "type": "/problems/not-found"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description A path parameter longer than 100 characters */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "A path parameter is longer than 100 characters",
           *       "instance": "/api/v1/stocks/{ticker}",
           *       "request_id": "req-14",
           *       "status": 414,
           *       "title": "URI too long",
           *       "type": "/problems/uri-too-long"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "More than 600 requests in a minute; retry in 12 s",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-9",
           *       "status": 429,
           *       "title": "Too many requests",
           *       "type": "/problems/rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  jobsCancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The cancelled job */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JobResponse'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "quantity must be a number greater than 0 with at most 8 decimals",
           *       "errors": [
           *         {
           *           "field": "stocks[0].quantity",
           *           "message": "quantity must be a number greater than 0 with at most 8 decimals"
           *         }
           *       ],
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-1",
           *       "status": 400,
           *       "title": "Invalid request",
           *       "type": "/problems/validation-error"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          /** @description The Bearer challenge (RFC 6750) */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This route needs an API key: send Authorization: Bearer <key>",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-2",
           *       "status": 401,
           *       "title": "Unauthorized",
           *       "type": "/problems/unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This key may only read (GET, HEAD); writing needs a key with the admin scope",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-3",
           *       "status": 403,
           *       "title": "Forbidden",
           *       "type": "/problems/forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "Customer 3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91 not found",
           *       "instance": "/api/v1/customers/3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91",
           *       "request_id": "req-4",
           *       "status": 404,
           *       "title": "Resource not found",
           *       "type": "/problems/not-found"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Conflict with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "A customer with this email already exists",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-5",
           *       "status": 409,
           *       "title": "Conflict",
           *       "type": "/problems/conflict"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "The request body exceeds the 1 MiB limit",
           *       "instance": "/api/v1/stocks/AAPL/prices",
           *       "request_id": "req-6",
           *       "status": 413,
           *       "title": "Payload too large",
           *       "type": "/problems/payload-too-large"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description A path parameter longer than 100 characters */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "A path parameter is longer than 100 characters",
           *       "instance": "/api/v1/stocks/{ticker}",
           *       "request_id": "req-14",
           *       "status": 414,
           *       "title": "URI too long",
           *       "type": "/problems/uri-too-long"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unsupported content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "Unsupported content type: text/plain",
           *       "instance": "/api/v1/stocks/AAPL/prices",
           *       "request_id": "req-7",
           *       "status": 415,
           *       "title": "Unsupported media type",
           *       "type": "/problems/unsupported-media-type"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "More than 600 requests in a minute; retry in 12 s",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-9",
           *       "status": 429,
           *       "title": "Too many requests",
           *       "type": "/problems/rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  returnsPerformance: {
    parameters: {
      query: {
        /** @description A ticker to compare with (its price return) */
        benchmark?: string;
        /** @description How a sale removes cost: average (pooled cost per share) or fifo (oldest lots first); drives realized_gain, cost_basis and unrealized_gain */
        cost_basis?: 'average' | 'fifo';
        /** @description Opaque: the cursor of a previous page’s `next` */
        cursor?: string;
        /** @description include: cash dividends (USD) are income paid out on their ex-date; exclude: every figure as if no dividends were stored (the price return) */
        dividends?: 'include' | 'exclude';
        /** @description To the close of this day; 1970-01-01 or later, not after today in New York */
        end_date: string;
        /** @description day: one point per calendar day. week / month: start_date, then the last day of each week (Mon–Sun) or month and the window's last day, with net_flow summed over the period */
        interval?: 'day' | 'week' | 'month';
        /** @description Points per page; follow `next` for the rest */
        limit?: number;
        /** @description Measured from the close of this day; 1970-01-01 or later, not after today in New York */
        start_date: string;
      };
      header?: {
        /** @description no-cache recomputes even when the cached result is still valid (it always is checked) */
        'Cache-Control'?: string;
      };
      path: {
        customer_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The series a chart needs, a page of at most 5,000 points at a time (follow `next`) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PerformanceResponse'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "quantity must be a number greater than 0 with at most 8 decimals",
           *       "errors": [
           *         {
           *           "field": "stocks[0].quantity",
           *           "message": "quantity must be a number greater than 0 with at most 8 decimals"
           *         }
           *       ],
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-1",
           *       "status": 400,
           *       "title": "Invalid request",
           *       "type": "/problems/validation-error"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          /** @description The Bearer challenge (RFC 6750) */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This route needs an API key: send Authorization: Bearer <key>",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-2",
           *       "status": 401,
           *       "title": "Unauthorized",
           *       "type": "/problems/unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This key may only read (GET, HEAD); writing needs a key with the admin scope",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-3",
           *       "status": 403,
           *       "title": "Forbidden",
           *       "type": "/problems/forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "Customer 3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91 not found",
           *       "instance": "/api/v1/customers/3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91",
           *       "request_id": "req-4",
           *       "status": 404,
           *       "title": "Resource not found",
           *       "type": "/problems/not-found"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description A path parameter longer than 100 characters */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "A path parameter is longer than 100 characters",
           *       "instance": "/api/v1/stocks/{ticker}",
           *       "request_id": "req-14",
           *       "status": 414,
           *       "title": "URI too long",
           *       "type": "/problems/uri-too-long"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Valid input that cannot be processed (e.g. missing prices) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "No stored price for MSFT (from 2024-01-01): load or import prices, then retry",
           *       "instance": "/api/v1/portfolio/3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91/returns?start_date=2024-01-01&end_date=2024-01-31",
           *       "missing_prices": [
           *         {
           *           "needed_from": "2024-01-01",
           *           "ticker": "MSFT"
           *         }
           *       ],
           *       "request_id": "req-8",
           *       "status": 422,
           *       "title": "Missing prices",
           *       "type": "/problems/missing-prices"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "More than 600 requests in a minute; retry in 12 s",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-9",
           *       "status": 429,
           *       "title": "Too many requests",
           *       "type": "/problems/rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  returnsReturnsFor: {
    parameters: {
      query: {
        /** @description A ticker to compare with (its price return) */
        benchmark?: string;
        /** @description How a sale removes cost: average (pooled cost per share) or fifo (oldest lots first); drives realized_gain, cost_basis and unrealized_gain */
        cost_basis?: 'average' | 'fifo';
        /** @description include: cash dividends (USD) are income paid out on their ex-date; exclude: every figure as if no dividends were stored (the price return) */
        dividends?: 'include' | 'exclude';
        /** @description To the close of this day; 1970-01-01 or later, not after today in New York */
        end_date: string;
        /** @description Measured from the close of this day; 1970-01-01 or later, not after today in New York */
        start_date: string;
      };
      header?: {
        /** @description no-cache recomputes even when the cached result is still valid (it always is checked) */
        'Cache-Control'?: string;
      };
      path: {
        customer_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReturnsResponse'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "quantity must be a number greater than 0 with at most 8 decimals",
           *       "errors": [
           *         {
           *           "field": "stocks[0].quantity",
           *           "message": "quantity must be a number greater than 0 with at most 8 decimals"
           *         }
           *       ],
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-1",
           *       "status": 400,
           *       "title": "Invalid request",
           *       "type": "/problems/validation-error"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          /** @description The Bearer challenge (RFC 6750) */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This route needs an API key: send Authorization: Bearer <key>",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-2",
           *       "status": 401,
           *       "title": "Unauthorized",
           *       "type": "/problems/unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This key may only read (GET, HEAD); writing needs a key with the admin scope",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-3",
           *       "status": 403,
           *       "title": "Forbidden",
           *       "type": "/problems/forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "Customer 3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91 not found",
           *       "instance": "/api/v1/customers/3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91",
           *       "request_id": "req-4",
           *       "status": 404,
           *       "title": "Resource not found",
           *       "type": "/problems/not-found"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description A path parameter longer than 100 characters */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "A path parameter is longer than 100 characters",
           *       "instance": "/api/v1/stocks/{ticker}",
           *       "request_id": "req-14",
           *       "status": 414,
           *       "title": "URI too long",
           *       "type": "/problems/uri-too-long"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Valid input that cannot be processed (e.g. missing prices) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "No stored price for MSFT (from 2024-01-01): load or import prices, then retry",
           *       "instance": "/api/v1/portfolio/3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91/returns?start_date=2024-01-01&end_date=2024-01-31",
           *       "missing_prices": [
           *         {
           *           "needed_from": "2024-01-01",
           *           "ticker": "MSFT"
           *         }
           *       ],
           *       "request_id": "req-8",
           *       "status": 422,
           *       "title": "Missing prices",
           *       "type": "/problems/missing-prices"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "More than 600 requests in a minute; retry in 12 s",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-9",
           *       "status": 429,
           *       "title": "Too many requests",
           *       "type": "/problems/rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  reportsGet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report, with its progress */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportResponse'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "quantity must be a number greater than 0 with at most 8 decimals",
           *       "errors": [
           *         {
           *           "field": "stocks[0].quantity",
           *           "message": "quantity must be a number greater than 0 with at most 8 decimals"
           *         }
           *       ],
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-1",
           *       "status": 400,
           *       "title": "Invalid request",
           *       "type": "/problems/validation-error"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          /** @description The Bearer challenge (RFC 6750) */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This route needs an API key: send Authorization: Bearer <key>",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-2",
           *       "status": 401,
           *       "title": "Unauthorized",
           *       "type": "/problems/unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This key may only read (GET, HEAD); writing needs a key with the admin scope",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-3",
           *       "status": 403,
           *       "title": "Forbidden",
           *       "type": "/problems/forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "Customer 3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91 not found",
           *       "instance": "/api/v1/customers/3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91",
           *       "request_id": "req-4",
           *       "status": 404,
           *       "title": "Resource not found",
           *       "type": "/problems/not-found"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description A path parameter longer than 100 characters */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "A path parameter is longer than 100 characters",
           *       "instance": "/api/v1/stocks/{ticker}",
           *       "request_id": "req-14",
           *       "status": 414,
           *       "title": "URI too long",
           *       "type": "/problems/uri-too-long"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "More than 600 requests in a minute; retry in 12 s",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-9",
           *       "status": 429,
           *       "title": "Too many requests",
           *       "type": "/problems/rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  reportsDownload: {
    parameters: {
      query?: {
        /** @description true adds a line per holding after each customer line */
        holdings?: 'true' | 'false';
      };
      header?: {
        /** @description text/csv (the default) or application/x-ndjson */
        Accept?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One line per customer in customer id order (CSV: after a header row), and with holdings=true a line per holding after its customer; figures as GET /api/v1/portfolio/{customer_id}/returns gives them */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/x-ndjson': string;
          'text/csv': string;
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "quantity must be a number greater than 0 with at most 8 decimals",
           *       "errors": [
           *         {
           *           "field": "stocks[0].quantity",
           *           "message": "quantity must be a number greater than 0 with at most 8 decimals"
           *         }
           *       ],
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-1",
           *       "status": 400,
           *       "title": "Invalid request",
           *       "type": "/problems/validation-error"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          /** @description The Bearer challenge (RFC 6750) */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This route needs an API key: send Authorization: Bearer <key>",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-2",
           *       "status": 401,
           *       "title": "Unauthorized",
           *       "type": "/problems/unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This key may only read (GET, HEAD); writing needs a key with the admin scope",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-3",
           *       "status": 403,
           *       "title": "Forbidden",
           *       "type": "/problems/forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "Customer 3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91 not found",
           *       "instance": "/api/v1/customers/3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91",
           *       "request_id": "req-4",
           *       "status": 404,
           *       "title": "Resource not found",
           *       "type": "/problems/not-found"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The Accept header names no representation the route sends */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "Accept application/xml: this route sends text/csv or application/x-ndjson",
           *       "instance": "/api/v1/reports/9b2e4f10-6c3a-4d8e-b1f7-0a5c2d9e8f31/returns",
           *       "request_id": "req-15",
           *       "status": 406,
           *       "title": "Not acceptable",
           *       "type": "/problems/not-acceptable"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Conflict with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "A customer with this email already exists",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-5",
           *       "status": 409,
           *       "title": "Conflict",
           *       "type": "/problems/conflict"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description A path parameter longer than 100 characters */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "A path parameter is longer than 100 characters",
           *       "instance": "/api/v1/stocks/{ticker}",
           *       "request_id": "req-14",
           *       "status": 414,
           *       "title": "URI too long",
           *       "type": "/problems/uri-too-long"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "More than 600 requests in a minute; retry in 12 s",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-9",
           *       "status": 429,
           *       "title": "Too many requests",
           *       "type": "/problems/rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  reportsCreateReturns: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateReturnsReportDto'];
      };
    };
    responses: {
      202: {
        headers: {
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportResponse'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "quantity must be a number greater than 0 with at most 8 decimals",
           *       "errors": [
           *         {
           *           "field": "stocks[0].quantity",
           *           "message": "quantity must be a number greater than 0 with at most 8 decimals"
           *         }
           *       ],
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-1",
           *       "status": 400,
           *       "title": "Invalid request",
           *       "type": "/problems/validation-error"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          /** @description The Bearer challenge (RFC 6750) */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This route needs an API key: send Authorization: Bearer <key>",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-2",
           *       "status": 401,
           *       "title": "Unauthorized",
           *       "type": "/problems/unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This key may only read (GET, HEAD); writing needs a key with the admin scope",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-3",
           *       "status": 403,
           *       "title": "Forbidden",
           *       "type": "/problems/forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "The request body exceeds the 1 MiB limit",
           *       "instance": "/api/v1/stocks/AAPL/prices",
           *       "request_id": "req-6",
           *       "status": 413,
           *       "title": "Payload too large",
           *       "type": "/problems/payload-too-large"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unsupported content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "Unsupported content type: text/plain",
           *       "instance": "/api/v1/stocks/AAPL/prices",
           *       "request_id": "req-7",
           *       "status": 415,
           *       "title": "Unsupported media type",
           *       "type": "/problems/unsupported-media-type"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "More than 600 requests in a minute; retry in 12 s",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-9",
           *       "status": 429,
           *       "title": "Too many requests",
           *       "type": "/problems/rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  stocksList: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every known ticker with its stored coverage */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StockResponse'][];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          /** @description The Bearer challenge (RFC 6750) */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This route needs an API key: send Authorization: Bearer <key>",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-2",
           *       "status": 401,
           *       "title": "Unauthorized",
           *       "type": "/problems/unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This key may only read (GET, HEAD); writing needs a key with the admin scope",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-3",
           *       "status": 403,
           *       "title": "Forbidden",
           *       "type": "/problems/forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "More than 600 requests in a minute; retry in 12 s",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-9",
           *       "status": 429,
           *       "title": "Too many requests",
           *       "type": "/problems/rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  stocksGet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        ticker: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StockResponse'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "quantity must be a number greater than 0 with at most 8 decimals",
           *       "errors": [
           *         {
           *           "field": "stocks[0].quantity",
           *           "message": "quantity must be a number greater than 0 with at most 8 decimals"
           *         }
           *       ],
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-1",
           *       "status": 400,
           *       "title": "Invalid request",
           *       "type": "/problems/validation-error"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          /** @description The Bearer challenge (RFC 6750) */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This route needs an API key: send Authorization: Bearer <key>",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-2",
           *       "status": 401,
           *       "title": "Unauthorized",
           *       "type": "/problems/unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This key may only read (GET, HEAD); writing needs a key with the admin scope",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-3",
           *       "status": 403,
           *       "title": "Forbidden",
           *       "type": "/problems/forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "Customer 3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91 not found",
           *       "instance": "/api/v1/customers/3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91",
           *       "request_id": "req-4",
           *       "status": 404,
           *       "title": "Resource not found",
           *       "type": "/problems/not-found"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description A path parameter longer than 100 characters */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "A path parameter is longer than 100 characters",
           *       "instance": "/api/v1/stocks/{ticker}",
           *       "request_id": "req-14",
           *       "status": 414,
           *       "title": "URI too long",
           *       "type": "/problems/uri-too-long"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "More than 600 requests in a minute; retry in 12 s",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-9",
           *       "status": 429,
           *       "title": "Too many requests",
           *       "type": "/problems/rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  corporateActionsDividends: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        ticker: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DividendsResponse'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "quantity must be a number greater than 0 with at most 8 decimals",
           *       "errors": [
           *         {
           *           "field": "stocks[0].quantity",
           *           "message": "quantity must be a number greater than 0 with at most 8 decimals"
           *         }
           *       ],
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-1",
           *       "status": 400,
           *       "title": "Invalid request",
           *       "type": "/problems/validation-error"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          /** @description The Bearer challenge (RFC 6750) */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This route needs an API key: send Authorization: Bearer <key>",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-2",
           *       "status": 401,
           *       "title": "Unauthorized",
           *       "type": "/problems/unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This key may only read (GET, HEAD); writing needs a key with the admin scope",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-3",
           *       "status": 403,
           *       "title": "Forbidden",
           *       "type": "/problems/forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "Customer 3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91 not found",
           *       "instance": "/api/v1/customers/3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91",
           *       "request_id": "req-4",
           *       "status": 404,
           *       "title": "Resource not found",
           *       "type": "/problems/not-found"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description A path parameter longer than 100 characters */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "A path parameter is longer than 100 characters",
           *       "instance": "/api/v1/stocks/{ticker}",
           *       "request_id": "req-14",
           *       "status": 414,
           *       "title": "URI too long",
           *       "type": "/problems/uri-too-long"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "More than 600 requests in a minute; retry in 12 s",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-9",
           *       "status": 429,
           *       "title": "Too many requests",
           *       "type": "/problems/rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  corporateActionsImportDividends: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        ticker: string;
      };
      cookie?: never;
    };
    /** @description A JSON array of {ex_dividend_date, cash_amount, currency?, pay_date?, record_date?, dividend_type?}, or CSV with those columns; currency defaults to USD; all rows or none */
    requestBody: {
      content: {
        'application/json':
          | string
          | {
              /**
               * @description Decimal >= 0 per share
               * @example 0.25
               */
              cash_amount: string;
              /**
               * @description ISO 4217 (default USD)
               * @example USD
               */
              currency?: string;
              /**
               * @example CD
               * @enum {string}
               */
              dividend_type?: 'CD' | 'SC' | 'LC' | 'LT' | 'ST';
              /**
               * Format: date
               * @example 2024-08-12
               */
              ex_dividend_date: string;
              /**
               * Format: date
               * @example 2024-08-15
               */
              pay_date?: string;
              /**
               * Format: date
               * @example 2024-08-12
               */
              record_date?: string;
            }[];
        'text/csv':
          | string
          | {
              /**
               * @description Decimal >= 0 per share
               * @example 0.25
               */
              cash_amount: string;
              /**
               * @description ISO 4217 (default USD)
               * @example USD
               */
              currency?: string;
              /**
               * @example CD
               * @enum {string}
               */
              dividend_type?: 'CD' | 'SC' | 'LC' | 'LT' | 'ST';
              /**
               * Format: date
               * @example 2024-08-12
               */
              ex_dividend_date: string;
              /**
               * Format: date
               * @example 2024-08-15
               */
              pay_date?: string;
              /**
               * Format: date
               * @example 2024-08-12
               */
              record_date?: string;
            }[];
      };
    };
    responses: {
      /** @description The imported dividends, as stored */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DividendsImportResponse'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "quantity must be a number greater than 0 with at most 8 decimals",
           *       "errors": [
           *         {
           *           "field": "stocks[0].quantity",
           *           "message": "quantity must be a number greater than 0 with at most 8 decimals"
           *         }
           *       ],
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-1",
           *       "status": 400,
           *       "title": "Invalid request",
           *       "type": "/problems/validation-error"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          /** @description The Bearer challenge (RFC 6750) */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This route needs an API key: send Authorization: Bearer <key>",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-2",
           *       "status": 401,
           *       "title": "Unauthorized",
           *       "type": "/problems/unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This key may only read (GET, HEAD); writing needs a key with the admin scope",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-3",
           *       "status": 403,
           *       "title": "Forbidden",
           *       "type": "/problems/forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "Customer 3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91 not found",
           *       "instance": "/api/v1/customers/3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91",
           *       "request_id": "req-4",
           *       "status": 404,
           *       "title": "Resource not found",
           *       "type": "/problems/not-found"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "The request body exceeds the 1 MiB limit",
           *       "instance": "/api/v1/stocks/AAPL/prices",
           *       "request_id": "req-6",
           *       "status": 413,
           *       "title": "Payload too large",
           *       "type": "/problems/payload-too-large"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description A path parameter longer than 100 characters */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "A path parameter is longer than 100 characters",
           *       "instance": "/api/v1/stocks/{ticker}",
           *       "request_id": "req-14",
           *       "status": 414,
           *       "title": "URI too long",
           *       "type": "/problems/uri-too-long"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unsupported content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "Unsupported content type: text/plain",
           *       "instance": "/api/v1/stocks/AAPL/prices",
           *       "request_id": "req-7",
           *       "status": 415,
           *       "title": "Unsupported media type",
           *       "type": "/problems/unsupported-media-type"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "More than 600 requests in a minute; retry in 12 s",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-9",
           *       "status": 429,
           *       "title": "Too many requests",
           *       "type": "/problems/rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  stocksBars: {
    parameters: {
      query?: {
        end_date?: string;
        start_date?: string;
      };
      header?: never;
      path: {
        ticker: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PriceBarResponse'][];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "quantity must be a number greater than 0 with at most 8 decimals",
           *       "errors": [
           *         {
           *           "field": "stocks[0].quantity",
           *           "message": "quantity must be a number greater than 0 with at most 8 decimals"
           *         }
           *       ],
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-1",
           *       "status": 400,
           *       "title": "Invalid request",
           *       "type": "/problems/validation-error"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          /** @description The Bearer challenge (RFC 6750) */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This route needs an API key: send Authorization: Bearer <key>",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-2",
           *       "status": 401,
           *       "title": "Unauthorized",
           *       "type": "/problems/unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This key may only read (GET, HEAD); writing needs a key with the admin scope",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-3",
           *       "status": 403,
           *       "title": "Forbidden",
           *       "type": "/problems/forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "Customer 3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91 not found",
           *       "instance": "/api/v1/customers/3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91",
           *       "request_id": "req-4",
           *       "status": 404,
           *       "title": "Resource not found",
           *       "type": "/problems/not-found"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description A path parameter longer than 100 characters */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "A path parameter is longer than 100 characters",
           *       "instance": "/api/v1/stocks/{ticker}",
           *       "request_id": "req-14",
           *       "status": 414,
           *       "title": "URI too long",
           *       "type": "/problems/uri-too-long"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "More than 600 requests in a minute; retry in 12 s",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-9",
           *       "status": 429,
           *       "title": "Too many requests",
           *       "type": "/problems/rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  stocksImport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        ticker: string;
      };
      cookie?: never;
    };
    /** @description CSV with the header date,open,high,low,close,volume, or a JSON array of such objects */
    requestBody: {
      content: {
        'application/json': string | Record<string, never>[];
        'text/csv': string | Record<string, never>[];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportResultResponse'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "quantity must be a number greater than 0 with at most 8 decimals",
           *       "errors": [
           *         {
           *           "field": "stocks[0].quantity",
           *           "message": "quantity must be a number greater than 0 with at most 8 decimals"
           *         }
           *       ],
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-1",
           *       "status": 400,
           *       "title": "Invalid request",
           *       "type": "/problems/validation-error"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          /** @description The Bearer challenge (RFC 6750) */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This route needs an API key: send Authorization: Bearer <key>",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-2",
           *       "status": 401,
           *       "title": "Unauthorized",
           *       "type": "/problems/unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This key may only read (GET, HEAD); writing needs a key with the admin scope",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-3",
           *       "status": 403,
           *       "title": "Forbidden",
           *       "type": "/problems/forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "Customer 3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91 not found",
           *       "instance": "/api/v1/customers/3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91",
           *       "request_id": "req-4",
           *       "status": 404,
           *       "title": "Resource not found",
           *       "type": "/problems/not-found"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "The request body exceeds the 1 MiB limit",
           *       "instance": "/api/v1/stocks/AAPL/prices",
           *       "request_id": "req-6",
           *       "status": 413,
           *       "title": "Payload too large",
           *       "type": "/problems/payload-too-large"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description A path parameter longer than 100 characters */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "A path parameter is longer than 100 characters",
           *       "instance": "/api/v1/stocks/{ticker}",
           *       "request_id": "req-14",
           *       "status": 414,
           *       "title": "URI too long",
           *       "type": "/problems/uri-too-long"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unsupported content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "Unsupported content type: text/plain",
           *       "instance": "/api/v1/stocks/AAPL/prices",
           *       "request_id": "req-7",
           *       "status": 415,
           *       "title": "Unsupported media type",
           *       "type": "/problems/unsupported-media-type"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "More than 600 requests in a minute; retry in 12 s",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-9",
           *       "status": 429,
           *       "title": "Too many requests",
           *       "type": "/problems/rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  corporateActionsSplits: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        ticker: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SplitsResponse'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "quantity must be a number greater than 0 with at most 8 decimals",
           *       "errors": [
           *         {
           *           "field": "stocks[0].quantity",
           *           "message": "quantity must be a number greater than 0 with at most 8 decimals"
           *         }
           *       ],
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-1",
           *       "status": 400,
           *       "title": "Invalid request",
           *       "type": "/problems/validation-error"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          /** @description The Bearer challenge (RFC 6750) */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This route needs an API key: send Authorization: Bearer <key>",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-2",
           *       "status": 401,
           *       "title": "Unauthorized",
           *       "type": "/problems/unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This key may only read (GET, HEAD); writing needs a key with the admin scope",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-3",
           *       "status": 403,
           *       "title": "Forbidden",
           *       "type": "/problems/forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "Customer 3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91 not found",
           *       "instance": "/api/v1/customers/3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91",
           *       "request_id": "req-4",
           *       "status": 404,
           *       "title": "Resource not found",
           *       "type": "/problems/not-found"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description A path parameter longer than 100 characters */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "A path parameter is longer than 100 characters",
           *       "instance": "/api/v1/stocks/{ticker}",
           *       "request_id": "req-14",
           *       "status": 414,
           *       "title": "URI too long",
           *       "type": "/problems/uri-too-long"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "More than 600 requests in a minute; retry in 12 s",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-9",
           *       "status": 429,
           *       "title": "Too many requests",
           *       "type": "/problems/rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  corporateActionsImportSplits: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        ticker: string;
      };
      cookie?: never;
    };
    /** @description A JSON array of {execution_date, split_from, split_to}, or CSV with those columns; all rows or none */
    requestBody: {
      content: {
        'application/json':
          | string
          | {
              /**
               * Format: date
               * @example 2020-08-31
               */
              execution_date: string;
              /**
               * @description Decimal > 0 (a number is accepted)
               * @example 1
               */
              split_from: string;
              /**
               * @description Decimal > 0 (a number is accepted)
               * @example 4
               */
              split_to: string;
            }[];
        'text/csv':
          | string
          | {
              /**
               * Format: date
               * @example 2020-08-31
               */
              execution_date: string;
              /**
               * @description Decimal > 0 (a number is accepted)
               * @example 1
               */
              split_from: string;
              /**
               * @description Decimal > 0 (a number is accepted)
               * @example 4
               */
              split_to: string;
            }[];
      };
    };
    responses: {
      /** @description The imported splits, as stored */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SplitsImportResponse'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "quantity must be a number greater than 0 with at most 8 decimals",
           *       "errors": [
           *         {
           *           "field": "stocks[0].quantity",
           *           "message": "quantity must be a number greater than 0 with at most 8 decimals"
           *         }
           *       ],
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-1",
           *       "status": 400,
           *       "title": "Invalid request",
           *       "type": "/problems/validation-error"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          /** @description The Bearer challenge (RFC 6750) */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This route needs an API key: send Authorization: Bearer <key>",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-2",
           *       "status": 401,
           *       "title": "Unauthorized",
           *       "type": "/problems/unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This key may only read (GET, HEAD); writing needs a key with the admin scope",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-3",
           *       "status": 403,
           *       "title": "Forbidden",
           *       "type": "/problems/forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "Customer 3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91 not found",
           *       "instance": "/api/v1/customers/3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91",
           *       "request_id": "req-4",
           *       "status": 404,
           *       "title": "Resource not found",
           *       "type": "/problems/not-found"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "The request body exceeds the 1 MiB limit",
           *       "instance": "/api/v1/stocks/AAPL/prices",
           *       "request_id": "req-6",
           *       "status": 413,
           *       "title": "Payload too large",
           *       "type": "/problems/payload-too-large"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description A path parameter longer than 100 characters */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "A path parameter is longer than 100 characters",
           *       "instance": "/api/v1/stocks/{ticker}",
           *       "request_id": "req-14",
           *       "status": 414,
           *       "title": "URI too long",
           *       "type": "/problems/uri-too-long"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unsupported content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "Unsupported content type: text/plain",
           *       "instance": "/api/v1/stocks/AAPL/prices",
           *       "request_id": "req-7",
           *       "status": 415,
           *       "title": "Unsupported media type",
           *       "type": "/problems/unsupported-media-type"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "More than 600 requests in a minute; retry in 12 s",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-9",
           *       "status": 429,
           *       "title": "Too many requests",
           *       "type": "/problems/rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  populatePopulate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PopulateRequestDto'];
      };
    };
    responses: {
      202: {
        headers: {
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PopulateAcceptedResponse'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "quantity must be a number greater than 0 with at most 8 decimals",
           *       "errors": [
           *         {
           *           "field": "stocks[0].quantity",
           *           "message": "quantity must be a number greater than 0 with at most 8 decimals"
           *         }
           *       ],
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-1",
           *       "status": 400,
           *       "title": "Invalid request",
           *       "type": "/problems/validation-error"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          /** @description The Bearer challenge (RFC 6750) */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This route needs an API key: send Authorization: Bearer <key>",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-2",
           *       "status": 401,
           *       "title": "Unauthorized",
           *       "type": "/problems/unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This key may only read (GET, HEAD); writing needs a key with the admin scope",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-3",
           *       "status": 403,
           *       "title": "Forbidden",
           *       "type": "/problems/forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "The request body exceeds the 1 MiB limit",
           *       "instance": "/api/v1/stocks/AAPL/prices",
           *       "request_id": "req-6",
           *       "status": 413,
           *       "title": "Payload too large",
           *       "type": "/problems/payload-too-large"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unsupported content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "Unsupported content type: text/plain",
           *       "instance": "/api/v1/stocks/AAPL/prices",
           *       "request_id": "req-7",
           *       "status": 415,
           *       "title": "Unsupported media type",
           *       "type": "/problems/unsupported-media-type"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "More than 600 requests in a minute; retry in 12 s",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-9",
           *       "status": 429,
           *       "title": "Too many requests",
           *       "type": "/problems/rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description A dependency is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "Set POLYGON_API_KEY to load prices from Polygon; CSV/JSON import still works",
           *       "instance": "/api/v1/stocks/populate",
           *       "request_id": "req-10",
           *       "status": 503,
           *       "title": "Price provider not configured",
           *       "type": "/problems/price-provider-not-configured"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  populatePopulateFortune500: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['PopulateRangeDto'];
      };
    };
    responses: {
      202: {
        headers: {
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PopulateAcceptedResponse'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "quantity must be a number greater than 0 with at most 8 decimals",
           *       "errors": [
           *         {
           *           "field": "stocks[0].quantity",
           *           "message": "quantity must be a number greater than 0 with at most 8 decimals"
           *         }
           *       ],
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-1",
           *       "status": 400,
           *       "title": "Invalid request",
           *       "type": "/problems/validation-error"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          /** @description The Bearer challenge (RFC 6750) */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This route needs an API key: send Authorization: Bearer <key>",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-2",
           *       "status": 401,
           *       "title": "Unauthorized",
           *       "type": "/problems/unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This key may only read (GET, HEAD); writing needs a key with the admin scope",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-3",
           *       "status": 403,
           *       "title": "Forbidden",
           *       "type": "/problems/forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "The request body exceeds the 1 MiB limit",
           *       "instance": "/api/v1/stocks/AAPL/prices",
           *       "request_id": "req-6",
           *       "status": 413,
           *       "title": "Payload too large",
           *       "type": "/problems/payload-too-large"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unsupported content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "Unsupported content type: text/plain",
           *       "instance": "/api/v1/stocks/AAPL/prices",
           *       "request_id": "req-7",
           *       "status": 415,
           *       "title": "Unsupported media type",
           *       "type": "/problems/unsupported-media-type"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "More than 600 requests in a minute; retry in 12 s",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-9",
           *       "status": 429,
           *       "title": "Too many requests",
           *       "type": "/problems/rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description A dependency is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "Set POLYGON_API_KEY to load prices from Polygon; CSV/JSON import still works",
           *       "instance": "/api/v1/stocks/populate",
           *       "request_id": "req-10",
           *       "status": 503,
           *       "title": "Price provider not configured",
           *       "type": "/problems/price-provider-not-configured"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  populatePopulateTicker: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        ticker: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['PopulateRangeDto'];
      };
    };
    responses: {
      202: {
        headers: {
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PopulateAcceptedResponse'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "quantity must be a number greater than 0 with at most 8 decimals",
           *       "errors": [
           *         {
           *           "field": "stocks[0].quantity",
           *           "message": "quantity must be a number greater than 0 with at most 8 decimals"
           *         }
           *       ],
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-1",
           *       "status": 400,
           *       "title": "Invalid request",
           *       "type": "/problems/validation-error"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          /** @description The Bearer challenge (RFC 6750) */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This route needs an API key: send Authorization: Bearer <key>",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-2",
           *       "status": 401,
           *       "title": "Unauthorized",
           *       "type": "/problems/unauthorized"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "This key may only read (GET, HEAD); writing needs a key with the admin scope",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-3",
           *       "status": 403,
           *       "title": "Forbidden",
           *       "type": "/problems/forbidden"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "The request body exceeds the 1 MiB limit",
           *       "instance": "/api/v1/stocks/AAPL/prices",
           *       "request_id": "req-6",
           *       "status": 413,
           *       "title": "Payload too large",
           *       "type": "/problems/payload-too-large"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description A path parameter longer than 100 characters */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "A path parameter is longer than 100 characters",
           *       "instance": "/api/v1/stocks/{ticker}",
           *       "request_id": "req-14",
           *       "status": 414,
           *       "title": "URI too long",
           *       "type": "/problems/uri-too-long"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unsupported content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "Unsupported content type: text/plain",
           *       "instance": "/api/v1/stocks/AAPL/prices",
           *       "request_id": "req-7",
           *       "status": 415,
           *       "title": "Unsupported media type",
           *       "type": "/problems/unsupported-media-type"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "More than 600 requests in a minute; retry in 12 s",
           *       "instance": "/api/v1/customers",
           *       "request_id": "req-9",
           *       "status": 429,
           *       "title": "Too many requests",
           *       "type": "/problems/rate-limited"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description A dependency is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "Set POLYGON_API_KEY to load prices from Polygon; CSV/JSON import still works",
           *       "instance": "/api/v1/stocks/populate",
           *       "request_id": "req-10",
           *       "status": 503,
           *       "title": "Price provider not configured",
           *       "type": "/problems/price-provider-not-configured"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  healthOverall: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Postgres answers and the job queue runs */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthCheckResponse'];
        };
      };
      /** @description A check failed (or the service is shutting down): a problem document whose `failed_checks` names the failing checks and whose `details` holds every check. Sent with Retry-After. */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "Failing health checks: database",
           *       "failed_checks": [
           *         "database"
           *       ],
           *       "instance": "/health/ready",
           *       "request_id": "req-11",
           *       "status": 503,
           *       "title": "Service unavailable",
           *       "type": "/problems/unhealthy"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  healthLive: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The process is up (no dependency is checked) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthCheckResponse'];
        };
      };
    };
  };
  healthReady: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Ready for traffic: Postgres answers, the job queue runs and every migration is applied */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthCheckResponse'];
        };
      };
      /** @description A check failed (or the service is shutting down): a problem document whose `failed_checks` names the failing checks and whose `details` holds every check. Sent with Retry-After. */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "detail": "Failing health checks: database",
           *       "failed_checks": [
           *         "database"
           *       ],
           *       "instance": "/health/ready",
           *       "request_id": "req-11",
           *       "status": 503,
           *       "title": "Service unavailable",
           *       "type": "/problems/unhealthy"
           *     }
           */
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
}
