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
      /** @example 0.0159 */
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
      /** @example 12 St James Square, London */
      address: string;
      /**
       * @description Unique when present
       * @example ada@example.com
       */
      email?: string | null;
      /** @example Ada Lovelace */
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
    CreateTransactionDto: {
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
      /** @example 184.4 */
      end_price: number;
      /** @example 2024-01-31 */
      end_price_date: string;
      /** @example 10 */
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
       * @description Same as profit (the original field)
       * @example -81.3
       */
      return: number;
      /**
       * @description Percent
       * @example -4.222718537
       */
      return_percentage: number;
      /** @example 192.53 */
      start_price: number | null;
      /** @example 2023-12-29 */
      start_price_date: string | null;
      /** @example 10 */
      start_quantity: number;
      /** @example 1925.3 */
      start_value: number;
      /** @example AAPL */
      ticker: string;
      /** @example -0.04222718537 */
      time_weighted_return: number;
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
      /** @example null */
      error: string | null;
      /** @enum {string} */
      state: 'queued' | 'running' | 'succeeded' | 'no_data' | 'failed' | 'cancelled';
      /** @example AAPL */
      ticker: string;
    };
    Object: Record<string, never>;
    PerformancePointResponse: {
      /** @example -0.0057 */
      benchmark_cumulative_return?: number;
      /** @example -0.0249 */
      cumulative_return: number;
      /** @example 2024-01-02 */
      date: string;
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
      method: components['schemas']['ReturnsMethodResponse'];
      series: components['schemas']['PerformancePointResponse'][];
      /** @example 2024-01-01 */
      start_date: string;
      warnings: components['schemas']['ReturnsWarningResponse'][];
    };
    PopulateRangeDto: {
      /**
       * Format: date
       * @example 2024-06-28
       */
      end_date?: string;
      /**
       * Format: date
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
       * @description Default: from each ticker's last stored bar (its last 5 sessions again), or POPULATE_DEFAULT_YEARS back
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
      errors?: components['schemas']['FieldErrorResponse'][];
      /** @example /api/v1/customers */
      instance?: string;
      /** @example req-1 */
      request_id?: string;
      /** @example 400 */
      status: number;
      /** @example Invalid request */
      title: string;
      /** @example /problems/validation-error */
      type: string;
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
    ReturnsResponse: {
      /** @example null */
      annualized_money_weighted_return: number | null;
      /** @example null */
      annualized_time_weighted_return: number | null;
      benchmark?: components['schemas']['BenchmarkResponse'] | null;
      /** @example 0.0159 */
      benchmark_return?: number | null;
      /** Format: uuid */
      customer_id: string;
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
      /** @example 0 */
      total_inflows: number;
      /** @example 0 */
      total_outflows: number;
      /**
       * @description Profit: V(end) − V(start) − inflows + outflows
       * @example 26.4
       */
      total_return: number;
      /** @example 0.4992684419 */
      volatility: number | null;
      warnings: components['schemas']['ReturnsWarningResponse'][];
    };
    ReturnsWarningResponse: {
      /** @enum {string} */
      code: 'stale_price' | 'end_after_last_bar' | 'benchmark_no_data';
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
      /** @example 12 St James Square, London */
      address?: string;
      /**
       * @description Unique when present
       * @example ada@example.com
       */
      email?: string | null;
      /** @example Ada Lovelace */
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
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  customersList: {
    parameters: {
      query?: {
        limit?: components['schemas']['Object'];
        skip?: components['schemas']['Object'];
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
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
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
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Conflict with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
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
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
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
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Conflict with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
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
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
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
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
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
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
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
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
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
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
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
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Conflict with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
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
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Conflict with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  jobsList: {
    parameters: {
      query?: {
        limit?: components['schemas']['Object'];
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
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
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
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
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
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Conflict with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
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
        /** @description To the close of this day */
        end_date: string;
        /** @description Measured from the close of this day */
        start_date: string;
      };
      header: {
        'cache-control': string;
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
      /** @description The daily series a chart needs */
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
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Valid input that cannot be processed (e.g. missing prices) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
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
        /** @description To the close of this day */
        end_date: string;
        /** @description Measured from the close of this day */
        start_date: string;
      };
      header: {
        'cache-control': string;
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
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Valid input that cannot be processed (e.g. missing prices) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
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
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
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
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
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
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
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
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Body larger than 1 MiB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Unsupported content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
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
          'application/json': components['schemas']['JobResponse'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description A dependency is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
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
          'application/json': components['schemas']['JobResponse'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description A dependency is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
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
          'application/json': components['schemas']['JobResponse'];
        };
      };
      /** @description Invalid input; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Missing or invalid API key (see WWW-Authenticate) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The API key lacks the scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limit exceeded; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description A dependency is unavailable; see Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
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
          [name: string]: unknown;
        };
        content: {
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
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
}
