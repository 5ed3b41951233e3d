import { readFileSync } from 'node:fs';
import { ConfigError } from './config-error.js';
import { loadConfig } from './load-config.js';

describe('loadConfig', () => {
  it('gives the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 8000,
      logLevel: 'info',
      database: {
        url: undefined,
        embeddedDataDir: './data/postgres',
        ssl: 'disable',
        statementTimeoutSeconds: 10,
        lockTimeoutSeconds: 5,
        idleInTransactionTimeoutSeconds: 60,
        connectTimeoutSeconds: 5,
        migrationTimeoutSeconds: 900,
      },
      polygon: { baseUrl: 'https://api.polygon.io', requestsPerMinute: 5, timeoutMs: 10000 },
      prices: {
        benchmarkTickers: ['SPY'],
        populateDefaultYears: 2,
        refreshCron: '30 22 * * 1-5',
        groupedDailyMinTickers: 20,
        idlePollSeconds: 60,
      },
    });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x'],
    ['DATABASE_URL', 'not a url'],
    ['LOG_LEVEL', 'loud'],
    ['NODE_ENV', 'staging'],
    ['POLYGON_REQUESTS_PER_MINUTE', '-1'],
    ['PRICE_REFRESH_CRON', 'every day'],
    ['BENCHMARK_TICKERS', 'SPY,bad ticker'],
    ['API_KEYS', 'root:short'],
    ['DATABASE_STATEMENT_TIMEOUT_SECONDS', '99999'],
    ['DATABASE_LOCK_TIMEOUT_SECONDS', '1.5'],
    ['DATABASE_IDLE_TX_TIMEOUT_SECONDS', '-5'],
    ['DATABASE_CONNECT_TIMEOUT_SECONDS', '777'],
    ['DATABASE_MIGRATION_TIMEOUT_SECONDS', 'ten'],
    ['GROUPED_DAILY_MIN_TICKERS', '-3'],
    ['JOB_IDLE_POLL_SECONDS', '1'],
    ['JOB_IDLE_POLL_SECONDS', '99999'],
  ])('an invalid %s stops start-up with a message naming it, never its value', (name, value) => {
    let error: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toContain(name);
    expect((error as ConfigError).message).not.toContain(value);
    expect((error as ConfigError).message.split('\n')).toHaveLength(1);
  });

  it('production refuses to start without API keys', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/API_KEYS/);
    expect(
      loadConfig({ NODE_ENV: 'production', API_KEYS: 'admin:0123456789abcdef' }).security.apiKeys,
    ).toEqual([{ scope: 'admin', secret: '0123456789abcdef' }]);
  });

  it('JOB_IDLE_POLL_SECONDS sets the safety-net poll of idle workers', () => {
    expect(loadConfig({ JOB_IDLE_POLL_SECONDS: '5' }).prices.idlePollSeconds).toBe(5);
  });

  it('PRICE_REFRESH_CRON=off disables the daily refresh', () => {
    expect(loadConfig({ PRICE_REFRESH_CRON: 'off' }).prices.refreshCron).toBeUndefined();
  });

  it('.env.example lists every variable the service reads, with the defaults it applies', () => {
    const source = readFileSync('src/config/load-config.ts', 'utf8');
    const read = new Set([...source.matchAll(/read[A-Za-z]*\(\s*env,\s*'([A-Z_]+)'/g)].map((m) => m[1]));
    const example = readFileSync('.env.example', 'utf8')
      .split('\n')
      .filter((line) => /^[A-Z_]+=/.test(line))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)] as const);
    expect(new Set(example.map(([name]) => name))).toEqual(read);
    expect(loadConfig(Object.fromEntries(example))).toEqual(loadConfig({}));
  });
});
