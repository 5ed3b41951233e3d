/**
 * Cold, warm and cached returns for 100 tickers × 10 years (100 opening holdings + 10,000 trades, 4 splits
 * and 40 dividends per ticker), the app in this process:
 *   cold   — the first request for a portfolio: close-series, corporate-action and result caches empty
 *            (the process is warmed first on a portfolio of the same size over 100 other tickers, with five
 *            cold reads of it and five recomputes, so JIT start-up is not counted; that first request after
 *            boot is printed too). One request is one
 *            sample, and one request's service CPU varies by half between runs, so the goal is judged on
 *            the median of BENCH_COLD_SAMPLES cold requests, each for a portfolio over its own tickers;
 *   warm   — recomputed (Cache-Control: no-cache), close series served from the version-checked cache;
 *   cached — a valid cached result (two version queries).
 * Also the close-series read alone (PriceSeriesService with an empty cache, every ticker's whole series),
 * packed and from the bars. Each figure comes with the CPU time of the service and of the embedded
 * PostgreSQL, which a busy machine stretches less than wall time.
 *
 *   npm run bench:cold
 *
 * Environment: DATABASE_URL (a server to create a scratch database on; default: an embedded PostgreSQL
 * in a temp dir), BENCH_REPEATS (default 15), BENCH_COLD_SAMPLES (default 3).
 */
import 'reflect-metadata';
import { loadavg } from 'node:os';
import pg from 'pg';
import { PriceSeriesService } from '../src/market-data/price-series.service.js';
import { PricesRepository } from '../src/market-data/prices.repository.js';
import { createBenchDatabase } from './support/bench-database.js';
import { onCleanup, runBench } from './support/lifecycle.js';
import { printBenchHeader, startAppInProcess } from './support/service.js';
import {
  descendantsCpuSeconds,
  fmt,
  heading,
  markdownTable,
  percentile,
  secondsSince,
  verdict,
} from './support/report.js';
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
const COLD_SAMPLES = Number(process.env.BENCH_COLD_SAMPLES ?? 3);
/** Cold reads of the warm-up portfolio before the measured ones (see the warm-up below). */
const WARM_COLD_READS = 5;
const TRADES = 10_000;

async function main(): Promise<void> {
  const totalStart = performance.now();
  printBenchHeader('cold');
  const database = await createBenchDatabase();
  console.log(`database: ${database.where}`);
  const { app, url: base, close: closeApp } = await startAppInProcess(database.url, {});

  // The warm-up portfolio and each cold sample's hold tickers of their own, with as many trades.
  const sql = new pg.Pool({ connectionString: database.url, max: 2 });
  onCleanup('close SQL pool', () => sql.end());
  const seedStart = performance.now();
  const tickers = await seedPrices(sql, {
    tickers: (1 + COLD_SAMPLES) * TICKERS,
    from: FIRST_DATE,
    to: LAST_DATE,
  });
  // Seeded in SQL, around the repository: pack the closes as its writes do.
  const repository = app.get(PricesRepository);
  await repository.packCloseSeries(tickers);
  await seedCorporateActions(sql, tickers);
  const warmUpTickers = tickers.slice(0, TICKERS);
  const warmUp = await seedPortfolio(sql, 'Bench Warm-up', warmUpTickers, TRADES);
  const colds = [];
  for (let i = 1; i <= COLD_SAMPLES; i++)
    colds.push(
      await seedPortfolio(sql, `Bench Cold ${i}`, tickers.slice(i * TICKERS, (i + 1) * TICKERS), TRADES),
    );
  // The warm and cached figures and the series read alone use the last cold sample's portfolio.
  const big = colds[colds.length - 1];
  const held = tickers.slice(COLD_SAMPLES * TICKERS);
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
  // Process warm-up (JIT, connection pool, fetch) on a portfolio of the same size that shares no ticker
  // with the measured one: the measured cold request finds its caches empty, not the process. The cold
  // path itself is warmed too: before each of WARM_COLD_READS requests the warm-up portfolio's ledger and
  // price versions move on (its closes repacked at the new ones), so that request reads and parses
  // everything again. Warmed by one cold read only, V8 was still compiling that path during the first
  // measured sample (--trace-opt).
  const boot = await measure(() => get(base, path(warmUp.customerId)));
  for (let i = 0; i < WARM_COLD_READS; i++) {
    await sql.query(`UPDATE portfolios SET ledger_version = ledger_version + 1 WHERE customer_id = $1`, [
      warmUp.customerId,
    ]);
    await sql.query(`UPDATE stocks SET prices_updated_at = clock_timestamp() WHERE ticker = ANY($1)`, [
      warmUpTickers,
    ]);
    await repository.packCloseSeries(warmUpTickers);
    await get(base, path(warmUp.customerId));
  }
  for (let i = 0; i < 5; i++) await get(base, path(warmUp.customerId), NO_CACHE);

  const coldSamples: Sample[] = [];
  for (const portfolio of colds) coldSamples.push(await measure(() => get(base, path(portfolio.customerId))));
  const cold = medianOf(coldSamples);
  const warm = await repeat(() => get(base, path(big.customerId), NO_CACHE));
  const cached = await repeat(() => get(base, path(big.customerId)));

  // The close-series read alone: a fresh service (empty cache) per repeat, every ticker's whole series;
  // packed (one row per ticker), then from the bars (what the read was before, and still is for a ticker
  // without a packed row).
  const readAll = async () => {
    const read = await new PriceSeriesService(repository).window(held, FIRST_DATE, LAST_DATE);
    const count = [...read.bars.values()].reduce((sum, closes) => sum + closes.length, 0);
    if (count !== bars) throw new Error(`read ${count} closes, expected ${bars}`);
  };
  const packed = await repeat(readAll);
  // Each read from the bars packs them again (stored, so the next read would find them packed): the packed
  // rows are deleted before each repeat, untimed.
  const unpack = () => sql.query('DELETE FROM stock_close_series WHERE ticker = ANY($1)', [held]);
  const rows = await repeat(readAll, unpack);
  await repository.packCloseSeries(held);
  await closeApp();

  heading('Results: cold reads (bench/cold.ts)');
  const scenario = `${TICKERS} tickers × 10 y, ${fmt(TRADES)} trades`;
  const ms = (sample: Sample) =>
    `${sample.wallMs.toFixed(1)} ms (CPU: service ${sample.serviceCpuMs.toFixed(0)} ms` +
    (database.embedded ? `, PostgreSQL ${sample.pgCpuMs.toFixed(0)} ms)` : ')');
  console.log(
    markdownTable(
      ['Scenario', 'Measure', 'Wall time (CPU time)', 'Target', ''],
      [
        [
          scenario,
          `cold: first request (series, actions and result caches empty), median of ${COLD_SAMPLES}: ` +
            coldSamples.map((sample) => `${sample.wallMs.toFixed(0)}`).join(', ') +
            ' ms',
          ms(cold),
          `≤ ${TARGET_COLD_MS} ms`,
          verdict(cold.wallMs <= TARGET_COLD_MS),
        ],
        [scenario, `warm: recomputed (no-cache), series cached, median of ${REPEATS}`, ms(warm), '', ''],
        [scenario, `cached: valid cached result, median of ${REPEATS}`, ms(cached), '', ''],
        [
          `${fmt(bars)} closes`,
          `series read alone, packed, empty cache, median of ${REPEATS}`,
          ms(packed),
          '',
          '',
        ],
        [`${fmt(bars)} closes`, `series read alone, from the bars, median of ${REPEATS}`, ms(rows), '', ''],
        ['', 'packed / from the bars (wall)', (packed.wallMs / rows.wallMs).toFixed(2), '', ''],
        [
          `${TICKERS} other tickers, same size`,
          'first request after boot (JIT cold too; not the cold measure)',
          ms(boot),
          '',
          '',
        ],
      ],
    ),
  );
  console.log(
    `\nclient round trips on loopback; CPU from /proc (10 ms ticks; PostgreSQL = the embedded server's ` +
      `processes); the machine is shared (load average at the end ${loadavg()[0].toFixed(2)}); ` +
      `bench total ${secondsSince(totalStart).toFixed(0)} s`,
  );
}

interface Sample {
  wallMs: number;
  serviceCpuMs: number;
  pgCpuMs: number;
}

/** Wall time and the CPU time this process and its children (the embedded PostgreSQL) spent on `run`. */
async function measure(run: () => Promise<unknown>): Promise<Sample> {
  const pg = descendantsCpuSeconds(process.pid);
  const cpu = process.cpuUsage();
  const started = performance.now();
  await run();
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return {
    wallMs,
    serviceCpuMs: (used.user + used.system) / 1000,
    pgCpuMs: (descendantsCpuSeconds(process.pid) - pg) * 1000,
  };
}

/** The median of REPEATS samples of `run`, each figure on its own; `prepare` runs untimed before each. */
async function repeat(run: () => Promise<unknown>, prepare?: () => Promise<unknown>): Promise<Sample> {
  const samples: Sample[] = [];
  for (let i = 0; i < REPEATS; i++) {
    await prepare?.();
    samples.push(await measure(run));
  }
  return medianOf(samples);
}

/** Each figure's median over `samples`, on its own. */
function medianOf(samples: Sample[]): Sample {
  const median = (key: keyof Sample) =>
    percentile(
      samples.map((sample) => sample[key]),
      50,
    );
  return { wallMs: median('wallMs'), serviceCpuMs: median('serviceCpuMs'), pgCpuMs: median('pgCpuMs') };
}

/** One GET that must answer 200, its body read. */
async function get(base: string, path: string, headers: Record<string, string> = {}): Promise<void> {
  const response = await fetch(`${base}${path}`, { headers });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${body.slice(0, 300)}`);
}

const NO_CACHE = { 'cache-control': 'no-cache' };

runBench(main);
