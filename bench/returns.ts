/**
 * Returns latency and throughput.
 *   (a) 100 holdings + 10,000 trades over 10 years, 4 splits and 40 dividends per ticker: server-side time
 *       of GET returns (full 10 years, average and fifo cost basis), 30 sequential requests after warm-up,
 *       the app in this process.
 *   (b) 50 holdings over 5 years: the built service (`node dist/main.js`, pinned to core 0) under
 *       autocannon -c 50 (pinned to core 1), GET returns and GET /api/v1/customers/{id}.
 *
 *   npm run bench:returns        (runs `npm run build` first)
 *
 * Environment: DATABASE_URL (a server to create a scratch database on; default: an embedded PostgreSQL
 * in a temp dir), BENCH_DURATION_SECONDS (default 10), BENCH_CONNECTIONS (default 50).
 */
import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import pino from 'pino';
import { createApp } from '../src/app.factory.js';
import { loadConfig } from '../src/config/load-config.js';
import { freePort } from '../src/database/embedded-postgres.js';
import { PricesRepository } from '../src/market-data/prices.repository.js';
import { createBenchDatabase } from './support/bench-database.js';
import { onCleanup, runBench, spawnChild } from './support/lifecycle.js';
import { waitForReady } from './support/service.js';
import {
  DIVIDENDS_PER_TICKER,
  FIRST_DATE,
  LAST_DATE,
  seedCorporateActions,
  seedPortfolio,
  seedPrices,
  SPLITS_PER_TICKER,
  TICKERS,
} from './support/returns-fixtures.js';
import {
  fmt,
  heading,
  markdownTable,
  peakRssMb,
  percentile,
  secondsSince,
  verdict,
} from './support/report.js';

const TARGET_P50_MS = 100;
const TARGET_RETURNS_RPS = 200;

const BIG = { holdings: 100, trades: 10_000, start: '2015-01-02', end: LAST_DATE };
const SMALL = { holdings: 50, start: '2020-01-02', end: LAST_DATE };
const WARMUP_REQUESTS = 5;
const MEASURED_REQUESTS = 30;
const DURATION_SECONDS = Number(process.env.BENCH_DURATION_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

async function main(): Promise<void> {
  const totalStart = performance.now();
  console.log(
    `# bench:returns — node ${process.version}, ${cpus().length} cores, load average ` +
      loadavg()
        .map((l) => l.toFixed(2))
        .join(' '),
  );
  const mainJs = `${ROOT}dist/main.js`;
  if (!existsSync(mainJs))
    throw new Error(`${mainJs} is missing: run npm run build (npm run bench:returns does)`);
  const database = await createBenchDatabase();
  console.log(`database: ${database.where}`);

  // The app in this process, for migrations and part (a); its request log line carries the server-side time.
  const durations = new RequestDurations();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    PRICE_REFRESH_CRON: 'off',
    RATE_LIMIT_PER_MINUTE: '0',
  });
  const app = await createApp({
    config,
    databaseUrl: database.url,
    logger: pino({ level: 'info' }, durations.stream),
  });
  let appClosed = false;
  const closeApp = async () => {
    if (appClosed) return;
    appClosed = true;
    await app.close();
  };
  onCleanup('close app', closeApp);
  const base = await listen(app);

  const sql = new pg.Pool({ connectionString: database.url, max: 2 });
  onCleanup('close SQL pool', () => sql.end());
  const seedStart = performance.now();
  const tickers = await seedPrices(sql);
  // Seeded in SQL, around the repository: pack the closes as its writes do.
  await app.get(PricesRepository).packCloseSeries(tickers);
  await seedCorporateActions(sql, tickers);
  const big = await seedPortfolio(sql, 'Bench Big', tickers.slice(0, BIG.holdings), BIG.trades);
  const small = await seedPortfolio(sql, 'Bench Small', tickers.slice(0, SMALL.holdings), 0);
  await sql.query('ANALYZE');
  const [{ bars }] = (await sql.query('SELECT count(*)::int AS bars FROM stock_prices')).rows;
  console.log(
    `seeded in ${secondsSince(seedStart).toFixed(1)} s: ${fmt(bars)} bars (${TICKERS} tickers, Mon–Fri ` +
      `${FIRST_DATE}..${LAST_DATE}), ${SPLITS_PER_TICKER} splits and ${DIVIDENDS_PER_TICKER} dividends per ticker; portfolio A ${BIG.holdings} holdings + ${fmt(big.trades)} trades ` +
      `(${big.sells} sells); portfolio B ${SMALL.holdings} holdings`,
  );

  // (a) Server-side time of the full 10-year returns, sequential.
  const bigPath = `/api/v1/portfolio/${big.customerId}/returns?start_date=${BIG.start}&end_date=${BIG.end}`;
  const coldStarted = performance.now();
  const probe = await fetch(`${base}${bigPath}`);
  const coldMs = performance.now() - coldStarted;
  if (probe.status !== 200) throw new Error(`returns answered ${probe.status}: ${await probe.text()}`);
  const summary = (await probe.json()) as Record<string, unknown>;
  console.log(`returns A: ${JSON.stringify(summary).slice(0, 300)}…`);
  for (let i = 0; i < WARMUP_REQUESTS; i++) await (await fetch(`${base}${bigPath}`)).arrayBuffer();
  durations.clear();
  const roundTrips: number[] = [];
  // no-cache: every measured request recomputes (the close-series cache stays warm, as in production).
  for (let i = 0; i < MEASURED_REQUESTS; i++) {
    const started = performance.now();
    const response = await fetch(`${base}${bigPath}`, { headers: NO_CACHE });
    await response.arrayBuffer();
    roundTrips.push(performance.now() - started);
    if (response.status !== 200) throw new Error(`returns answered ${response.status}`);
  }
  const server = durations.forRoute('/api/v1/portfolio/:customer_id/returns');
  if (server.length !== MEASURED_REQUESTS) throw new Error(`captured ${server.length} server times`);
  const a = { p50: percentile(server, 50), p90: percentile(server, 90), max: Math.max(...server) };
  durations.clear();
  for (let i = 0; i < MEASURED_REQUESTS; i++) await (await fetch(`${base}${bigPath}`)).arrayBuffer();
  const cachedServer = durations.forRoute('/api/v1/portfolio/:customer_id/returns');
  const cachedP50 = percentile(cachedServer, 50);
  durations.clear();
  for (let i = 0; i < MEASURED_REQUESTS; i++) {
    const response = await fetch(`${base}${bigPath}&cost_basis=fifo`, { headers: NO_CACHE });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`returns (fifo) answered ${response.status}`);
  }
  const fifoP50 = percentile(durations.forRoute('/api/v1/portfolio/:customer_id/returns'), 50);
  console.log(
    `(a) server-side ms over ${MEASURED_REQUESTS} requests: p50 ${a.p50.toFixed(1)}, p90 ${a.p90.toFixed(1)}, ` +
      `max ${a.max.toFixed(1)} (client round trip p50 ${percentile(roundTrips, 50).toFixed(1)}); ` +
      `first request (cold caches) ${coldMs.toFixed(0)} ms; repeat served from the result cache p50 ${cachedP50.toFixed(1)}`,
  );
  await closeApp();

  // (b) The built service in a child, pinned to core 0; autocannon pinned to core 1.
  const port = await freePort();
  const service = spawnChild('taskset', ['-c', '0', process.execPath, mainJs], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '0',
      PRICE_REFRESH_CRON: 'off',
    },
  });
  const serviceUrl = `http://127.0.0.1:${port}`;
  await waitForReady(serviceUrl, service.exited);
  console.log(`service: node dist/main.js (pid ${service.process.pid}, taskset -c 0) on ${serviceUrl}`);
  const smallPath = `/api/v1/portfolio/${small.customerId}/returns?start_date=${SMALL.start}&end_date=${SMALL.end}`;
  const customerPath = `/api/v1/customers/${small.customerId}`;
  for (const path of [smallPath, customerPath]) {
    const response = await fetch(`${serviceUrl}${path}`);
    if (response.status !== 200)
      throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  }
  const returnsLoad = await autocannon(`${serviceUrl}${smallPath}`);
  const recomputedLoad = await autocannon(`${serviceUrl}${smallPath}`, ['-H', 'cache-control=no-cache']);
  const customersLoad = await autocannon(`${serviceUrl}${customerPath}`);
  const serviceRss = peakRssMb(service.process.pid!);
  await service.stop();
  const ratio = returnsLoad.rps / customersLoad.rps;
  for (const [name, load] of [
    ['returns', returnsLoad],
    ['returns (no-cache: recomputed)', recomputedLoad],
    ['customer', customersLoad],
  ] as const) {
    console.log(
      `(b) GET ${name}: ${fmt(load.rps)} req/s, p50 ${load.p50} ms, p99 ${load.p99} ms, ` +
        `${fmt(load.total)} requests, ${load.non2xx} non-2xx, ${load.errors} errors`,
    );
  }

  heading('Results: returns (bench/returns.ts)');
  console.log(
    markdownTable(
      ['Scenario', 'Measure', 'Value', 'Target', ''],
      [
        [
          `(a) ${BIG.holdings} holdings + ${fmt(BIG.trades)} trades, 10 y, ${SPLITS_PER_TICKER} splits + ${DIVIDENDS_PER_TICKER} dividends per ticker`,
          `server time p50 / p90 / max, recomputed (${MEASURED_REQUESTS} sequential, no-cache)`,
          `${a.p50.toFixed(1)} / ${a.p90.toFixed(1)} / ${a.max.toFixed(1)} ms`,
          `p50 ≤ ${TARGET_P50_MS} ms`,
          verdict(a.p50 <= TARGET_P50_MS),
        ],
        [`(a) same`, 'server time p50, recomputed, cost_basis=fifo', `${fifoP50.toFixed(1)} ms`, '', ''],
        [`(a) same`, 'first request (cold caches)', `${coldMs.toFixed(0)} ms`, '', ''],
        [`(a) same`, 'repeat, valid cached result: server p50', `${cachedP50.toFixed(1)} ms`, '', ''],
        [
          `(b) ${SMALL.holdings} holdings, 5 y, -c ${CONNECTIONS}`,
          'GET returns, recomputed (no-cache): req/s, p50, p99',
          `${fmt(recomputedLoad.rps)} req/s, ${recomputedLoad.p50} ms, ${recomputedLoad.p99} ms`,
          '',
          '',
        ],
        [
          `(b) ${SMALL.holdings} holdings, 5 y, -c ${CONNECTIONS}`,
          'GET returns (cached result, versions checked): req/s, p50, p99',
          `${fmt(returnsLoad.rps)} req/s, ${returnsLoad.p50} ms, ${returnsLoad.p99} ms`,
          `≥ ${TARGET_RETURNS_RPS} req/s`,
          verdict(returnsLoad.rps >= TARGET_RETURNS_RPS),
        ],
        [
          `(b) same customer, -c ${CONNECTIONS}`,
          'GET customer: req/s, p50, p99',
          `${fmt(customersLoad.rps)} req/s, ${customersLoad.p50} ms, ${customersLoad.p99} ms`,
          '',
          '',
        ],
        ['(b)', 'returns / customer req/s', ratio.toFixed(3), '', ''],
      ],
    ),
  );
  console.log(
    `\n(b): service pinned to core 0 (peak RSS ${serviceRss.toFixed(0)} MB), autocannon to core 1, ` +
      `${DURATION_SECONDS} s each after a 2 s warm-up; PostgreSQL unpinned; load average at the end ` +
      `${loadavg()[0].toFixed(2)}; bench total ${secondsSince(totalStart).toFixed(0)} s`,
  );
}

/** Collects the `duration_ms` of the app's "request completed" log lines (reply.elapsedTime). */
class RequestDurations {
  private readonly lines: { route: string; ms: number }[] = [];
  readonly stream = new Writable({
    write: (chunk: Buffer, _encoding, done) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line.includes('"request completed"')) continue;
        const entry = JSON.parse(line) as { route: string; duration_ms: number };
        this.lines.push({ route: entry.route, ms: entry.duration_ms });
      }
      done();
    },
  });

  clear(): void {
    this.lines.length = 0;
  }

  forRoute(route: string): number[] {
    return this.lines.filter((line) => line.route === route).map((line) => line.ms);
  }
}

interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  total: number;
  non2xx: number;
  errors: number;
}

/** autocannon in a child pinned to core 1: a 2 s warm-up, then DURATION_SECONDS measured. */
async function autocannon(url: string, extra: string[] = []): Promise<LoadResult> {
  const cli = fileURLToPath(new URL('../../node_modules/autocannon/autocannon.js', import.meta.url));
  const run = async (seconds: number): Promise<LoadResult> => {
    const child = spawnChild('taskset', [
      '-c',
      '1',
      process.execPath,
      cli,
      '-c',
      String(CONNECTIONS),
      '-d',
      String(seconds),
      '--json',
      ...extra,
      url,
    ]);
    let out = '';
    child.stdoutLines.on('line', (line: string) => (out += line));
    const code = await child.exited;
    if (code !== 0) throw new Error(`autocannon exited ${code}: ${child.stderrTail()}`);
    const result = JSON.parse(out) as {
      requests: { average: number; total: number };
      latency: { p50: number; p99: number };
      non2xx: number;
      errors: number;
      timeouts: number;
    };
    return {
      rps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      total: result.requests.total,
      non2xx: result.non2xx,
      errors: result.errors + result.timeouts,
    };
  };
  await run(2);
  return run(DURATION_SECONDS);
}

async function listen(app: NestFastifyApplication): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  if (!address || typeof address === 'string') throw new Error('no listening address');
  return `http://127.0.0.1:${address.port}`;
}

const NO_CACHE = { 'cache-control': 'no-cache' };

runBench(main);
