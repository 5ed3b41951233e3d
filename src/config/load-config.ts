import { hostname } from 'node:os';
import { ConfigError } from './config-error.js';
import type { ApiKeyScope, AppConfig, StaticApiKey } from './app-config.js';
import { Env, readEnum, readInt, readList, readOptional, readString, readUrl } from './env-readers.js';

const CRON_FIELD = /^[\d*,/-]+$/;
const TICKER = /^[A-Z][A-Z0-9.-]{0,9}$/;

/** The only reader of the environment: validates every variable once, at boot. */
export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = readEnum(env, 'NODE_ENV', ['development', 'test', 'production'] as const, 'development');
  const apiKeys = parseApiKeys(readList(env, 'API_KEYS', []));
  if (nodeEnv === 'production' && apiKeys.length === 0) {
    throw new ConfigError('API_KEYS', 'is required when NODE_ENV=production');
  }
  return {
    nodeEnv,
    host: readString(env, 'HOST', '0.0.0.0'),
    port: readInt(env, 'PORT', 8000, 0, 65535),
    logLevel: readEnum(
      env,
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const,
      'info',
    ),
    database: {
      url: readUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
      ssl: readEnum(env, 'DATABASE_SSL', ['disable', 'require', 'verify-full'] as const, 'disable'),
      sslCaFile: readOptional(env, 'DATABASE_SSL_CA'),
      poolSize: readInt(env, 'DATABASE_POOL_SIZE', 10, 2, 200),
      embeddedDataDir: readString(env, 'EMBEDDED_PG_DATA_DIR', './data/postgres'),
      statementTimeoutSeconds: readInt(env, 'DATABASE_STATEMENT_TIMEOUT_SECONDS', 10, 1, 3600),
      lockTimeoutSeconds: readInt(env, 'DATABASE_LOCK_TIMEOUT_SECONDS', 5, 1, 3600),
      idleInTransactionTimeoutSeconds: readInt(env, 'DATABASE_IDLE_TX_TIMEOUT_SECONDS', 60, 1, 86_400),
      connectTimeoutSeconds: readInt(env, 'DATABASE_CONNECT_TIMEOUT_SECONDS', 5, 1, 300),
      migrationTimeoutSeconds: readInt(env, 'DATABASE_MIGRATION_TIMEOUT_SECONDS', 900, 1, 86_400),
    },
    polygon: {
      apiKey: readOptional(env, 'POLYGON_API_KEY'),
      baseUrl: readUrl(env, 'POLYGON_BASE_URL', ['https:', 'http:'], 'https://api.polygon.io')!.replace(
        /\/+$/,
        '',
      ),
      requestsPerMinute: readInt(env, 'POLYGON_REQUESTS_PER_MINUTE', 5, 0, 100_000),
      timeoutMs: readInt(env, 'POLYGON_TIMEOUT_MS', 10_000, 100, 300_000),
      maxRetries: readInt(env, 'POLYGON_MAX_RETRIES', 5, 0, 20),
    },
    prices: {
      benchmarkTickers: parseTickers(readList(env, 'BENCHMARK_TICKERS', ['SPY'])),
      populateDefaultYears: readInt(env, 'POPULATE_DEFAULT_YEARS', 2, 1, 50),
      refreshCron: parseCron(readString(env, 'PRICE_REFRESH_CRON', '30 22 * * 1-5')),
      jobConcurrency: readInt(env, 'JOB_CONCURRENCY', 2, 1, 32),
      groupedDailyMinTickers: readInt(env, 'GROUPED_DAILY_MIN_TICKERS', 20, 0, 1_000_000),
      heartbeatSeconds: readInt(env, 'JOB_HEARTBEAT_SECONDS', 60, 10, 3600),
      // Supervision looks for lapsed heartbeats: more often than they can lapse is idle cost for nothing.
      superviseIntervalSeconds: readInt(env, 'JOB_SUPERVISE_SECONDS', 60, 1, 3600),
      // Workers are woken by NOTIFY when a job is queued; this poll is only the safety net.
      idlePollSeconds: readInt(env, 'JOB_IDLE_POLL_SECONDS', 60, 2, 3600),
      // Stable across restarts of one instance, unique among running ones (job reclaim after a crash).
      instanceId: readString(env, 'INSTANCE_ID', `${hostname()}:${readInt(env, 'PORT', 8000, 0, 65535)}`),
    },
    reports: {
      chunkSize: readInt(env, 'REPORT_CHUNK_SIZE', 250, 1, 5000),
    },
    security: {
      apiKeys,
      metricsToken: readOptional(env, 'METRICS_TOKEN'),
      allowedOrigins: readList(env, 'ALLOWED_ORIGINS', []),
      rateLimitPerMinute: readInt(env, 'RATE_LIMIT_PER_MINUTE', 600, 0, 1_000_000),
      trustProxy: parseTrustProxy(readString(env, 'TRUST_PROXY', 'false')),
    },
    shutdownTimeoutMs: readInt(env, 'SHUTDOWN_TIMEOUT_MS', 10_000, 0, 600_000),
  };
}

function parseApiKeys(entries: string[]): StaticApiKey[] {
  return entries.map((entry) => {
    const separator = entry.indexOf(':');
    const scope = entry.slice(0, separator);
    const secret = entry.slice(separator + 1);
    if (separator < 1 || !['admin', 'read'].includes(scope) || secret.length < 16) {
      throw new ConfigError(
        'API_KEYS',
        'entries must look like admin:<secret> or read:<secret> (16+ characters)',
      );
    }
    return { scope: scope as ApiKeyScope, secret };
  });
}

/** false (default), true (trust every proxy) or a comma list of the proxies' IPs/CIDRs. */
function parseTrustProxy(value: string): boolean | string[] {
  if (value === 'false') return false;
  if (value === 'true') return true;
  const entries = value.split(',').map((entry) => entry.trim());
  if (!entries.every((entry) => /^[0-9A-Fa-f.:]+(\/\d{1,3})?$/.test(entry))) {
    throw new ConfigError('TRUST_PROXY', 'must be true, false or a comma list of IPs/CIDRs');
  }
  return entries;
}

function parseTickers(tickers: string[]): string[] {
  const upper = tickers.map((ticker) => ticker.toUpperCase());
  if (upper.some((ticker) => !TICKER.test(ticker))) {
    throw new ConfigError('BENCHMARK_TICKERS', 'must be a comma-separated list of tickers');
  }
  return upper;
}

function parseCron(value: string): string | undefined {
  if (value === 'off') return undefined;
  const fields = value.split(/\s+/);
  if (fields.length !== 5 || !fields.every((field) => CRON_FIELD.test(field))) {
    throw new ConfigError('PRICE_REFRESH_CRON', 'must be a five-field cron expression or "off"');
  }
  return value;
}
