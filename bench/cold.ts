/**
 * Cold, warm and cached returns for 100 tickers × 10 years (100 opening holdings + 10,000 trades, 4 splits
 * and 40 dividends per ticker), the app in this process:
 *   cold   — the first request for this portfolio: close-series, corporate-action and result caches empty
 *            (the process itself is warmed first on another portfolio, so JIT start-up is not counted);
 *   warm   — recomputed (Cache-Control: no-cache), close series served from the version-checked cache;
 *   cached — a valid cached result (two version queries).
 * Also the close-series read alone (PriceSeriesService with an empty cache, every ticker's whole series).
 *
 *   npm run bench:cold
 *
 * Environment: DATABASE_URL (a server to create a scratch database on; default: an embedded PostgreSQL
 * in a temp dir), BENCH_REPEATS (default 15).
 */
import 'reflect-metadata';
import { cpus, loadavg } from 'node:os';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import pino from 'pino';
import { createApp } from '../src/app.factory.js';
import { loadConfig } from '../src/config/load-config.js';
import { PriceSeriesService } from '../src/market-data/price-series.service.js';
import { PricesRepository } from '../src/market-data/prices.repository.js';
import { createBenchDatabase } from './support/bench-database.js';
import { onCleanup, runBench } from './support/lifecycle.js';
import { fmt, heading, markdownTable, percentile, secondsSince, verdict } from './support/report.js';
import {
  FIRST_DATE,
  LAST_DATE,
  seedCorporateActions,
  seedPortfolio,
  seedPrices,
  TICKERS,
} from './support/returns-fixtures.js';

const TARGET_COLD_MS = 150;
const REPEATS = Number(process.env.BENCH_REPEATS ?? 15);
const TRADES = 10_000;

async function main(): Promise<void> {
  const totalStart = performance.now();
  console.log(
    `# bench:cold — node ${process.version}, ${cpus().length} cores, load average ` +
      loadavg()
        .map((l) => l.toFixed(2))
        .join(' '),
  );
  const database = await createBenchDatabase();
  console.log(`database: ${database.where}`);
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    PRICE_REFRESH_CRON: 'off',
    RATE_LIMIT_PER_MINUTE: '0',
  });
  const app = await createApp({ config, databaseUrl: database.url, logger: pino({ level: 'warn' }) });
  let appClosed = false;
  const closeApp = async () => {
    if (appClosed) return;
    appClosed = true;
    await app.close();
  };
  onCleanup('close app', closeApp);
  const base = await listen(app);

  // One ticker more than the portfolio holds: the warm-up portfolio holds only that one.
  const sql = new pg.Pool({ connectionString: database.url, max: 2 });
  onCleanup('close SQL pool', () => sql.end());
  const seedStart = performance.now();
  const tickers = await seedPrices(sql, { tickers: TICKERS + 1, from: FIRST_DATE, to: LAST_DATE });
  await seedCorporateActions(sql, tickers);
  const held = tickers.slice(0, TICKERS);
  const big = await seedPortfolio(sql, 'Bench Cold', held, TRADES);
  const warmUp = await seedPortfolio(sql, 'Bench Warm-up', tickers.slice(TICKERS), 0);
  await sql.query('ANALYZE');
  const [{ bars }] = (
    await sql.query('SELECT count(*)::int AS bars FROM stock_prices WHERE ticker = ANY($1)', [held])
  ).rows;
  console.log(
    `seeded in ${secondsSince(seedStart).toFixed(1)} s: ${fmt(bars)} bars of ${TICKERS} tickers ` +
      `(${FIRST_DATE}..${LAST_DATE}), ${fmt(big.trades)} trades`,
  );

  const window = `start_date=2015-01-02&end_date=${LAST_DATE}`;
  const path = (customerId: string) => `/api/v1/portfolio/${customerId}/returns?${window}`;
  // Process warm-up (JIT, connection pool, fetch) on a portfolio that shares no ticker with the measured one.
  const bootMs = await timed(base, path(warmUp.customerId));
  for (let i = 0; i < 5; i++) await timed(base, path(warmUp.customerId), NO_CACHE);

  const coldMs = await timed(base, path(big.customerId));
  const warm: number[] = [];
  for (let i = 0; i < REPEATS; i++) warm.push(await timed(base, path(big.customerId), NO_CACHE));
  const cached: number[] = [];
  for (let i = 0; i < REPEATS; i++) cached.push(await timed(base, path(big.customerId)));

  // The close-series read alone: a fresh service (empty cache) per repeat, every ticker's whole series.
  const repository = app.get(PricesRepository);
  const reads: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const series = new PriceSeriesService(repository);
    const started = performance.now();
    const read = await series.window(held, FIRST_DATE, LAST_DATE);
    reads.push(performance.now() - started);
    const count = [...read.bars.values()].reduce((sum, closes) => sum + closes.length, 0);
    if (count !== bars) throw new Error(`read ${count} closes, expected ${bars}`);
  }
  await closeApp();

  heading('Results: cold reads (bench/cold.ts)');
  const scenario = `${TICKERS} tickers × 10 y, ${fmt(TRADES)} trades`;
  console.log(
    markdownTable(
      ['Scenario', 'Measure', 'Value', 'Target', ''],
      [
        [
          scenario,
          'cold: first request (series, actions and result caches empty)',
          `${coldMs.toFixed(1)} ms`,
          `≤ ${TARGET_COLD_MS} ms`,
          verdict(coldMs <= TARGET_COLD_MS),
        ],
        [
          scenario,
          `warm: recomputed (no-cache), series cached, p50 of ${REPEATS}`,
          `${percentile(warm, 50).toFixed(1)} ms`,
          '',
          '',
        ],
        [
          scenario,
          `cached: valid cached result, p50 of ${REPEATS}`,
          `${percentile(cached, 50).toFixed(1)} ms`,
          '',
          '',
        ],
        [
          `${fmt(bars)} closes`,
          `close-series read alone, empty cache, p50 of ${REPEATS} (min ${Math.min(...reads).toFixed(1)})`,
          `${percentile(reads, 50).toFixed(1)} ms`,
          '',
          '',
        ],
        [
          '1 ticker',
          'first request after boot (JIT cold; not the cold measure)',
          `${bootMs.toFixed(0)} ms`,
          '',
          '',
        ],
      ],
    ),
  );
  console.log(
    `\nclient round trips on loopback; the machine is shared (load average at the end ${loadavg()[0].toFixed(2)}); ` +
      `bench total ${secondsSince(totalStart).toFixed(0)} s`,
  );
}

/** Round-trip milliseconds of one GET that must answer 200. */
async function timed(base: string, path: string, headers: Record<string, string> = {}): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${base}${path}`, { headers });
  const body = await response.text();
  const ms = performance.now() - started;
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${body.slice(0, 300)}`);
  return ms;
}

async function listen(app: NestFastifyApplication): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  if (!address || typeof address === 'string') throw new Error('no listening address');
  return `http://127.0.0.1:${address.port}`;
}

const NO_CACHE = { 'cache-control': 'no-cache' };

runBench(main);
