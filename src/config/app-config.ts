/** Typed configuration: built once from the environment by loadConfig and injected as APP_CONFIG. */
export const APP_CONFIG = Symbol('APP_CONFIG');

export type NodeEnv = 'development' | 'test' | 'production';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
export type DatabaseSsl = 'disable' | 'require' | 'verify-full';
export type ApiKeyScope = 'admin' | 'read';

export interface StaticApiKey {
  scope: ApiKeyScope;
  secret: string;
}

export interface AppConfig {
  nodeEnv: NodeEnv;
  host: string;
  port: number;
  logLevel: LogLevel;
  database: {
    url?: string;
    ssl: DatabaseSsl;
    sslCaFile?: string;
    poolSize: number;
    embeddedDataDir: string;
    /** Server-side bound on one statement; the client gives up one second later (a frozen server). */
    statementTimeoutSeconds: number;
    lockTimeoutSeconds: number;
    idleInTransactionTimeoutSeconds: number;
    /** Bound on opening a connection and on waiting for a free one from the pool. */
    connectTimeoutSeconds: number;
    /** Statement and lock bound for migrations, which run on their own connections. */
    migrationTimeoutSeconds: number;
  };
  polygon: {
    apiKey?: string;
    baseUrl: string;
    requestsPerMinute: number;
    timeoutMs: number;
    maxRetries: number;
  };
  prices: {
    benchmarkTickers: string[];
    populateDefaultYears: number;
    refreshCron?: string;
    jobConcurrency: number;
    /**
     * GROUPED_DAILY_MIN_TICKERS: a refresh (or a populate over a short recent range) of more stored
     * tickers than this fetches grouped daily, one request per market day, instead of per ticker.
     */
    groupedDailyMinTickers: number;
    heartbeatSeconds: number;
    superviseIntervalSeconds: number;
    /** How often an idle worker polls its queue although no NOTIFY woke it (JOB_IDLE_POLL_SECONDS). */
    idlePollSeconds: number;
    /** INSTANCE_ID (default hostname:PORT): whose unfinished jobs an instance reclaims when it starts. */
    instanceId: string;
  };
  reports: {
    /** Customers per report chunk: one queue job each, so every instance takes part in a large report. */
    chunkSize: number;
  };
  security: {
    apiKeys: StaticApiKey[];
    metricsToken?: string;
    allowedOrigins: string[];
    rateLimitPerMinute: number;
    /** Fastify's trustProxy: whether (or which) proxies' X-Forwarded-For give the client IP. */
    trustProxy: boolean | string[];
  };
  shutdownTimeoutMs: number;
}
