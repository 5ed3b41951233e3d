/**
 * Returns latency and throughput.
 *   (k) The calculator alone (no I/O, no JSON): CPU time of calculateReturns on synthetic inputs shaped like
 *       (a) and (b), per holding-day, with the closes as typed arrays (as the service passes them) and, for
 *       comparison, as bar objects.
 *   (a) 100 holdings + 10,000 trades over 10 years: server-side time of GET returns recomputed
 *       (`Cache-Control: no-cache`), 30 sequential requests after warm-up, the app in this process; first
 *       without corporate actions, then with 4 splits and 40 dividends per ticker (average and fifo).
 *   (b) 50 holdings over 5 years (with those corporate actions): the built service (`node dist/main.js`,
 *       pinned to core 0) under autocannon -c 50 (pinned to core 1), GET returns cached, GET returns
 *       recomputed and GET /api/v1/customers/{id}, in turns (five rounds of a fifth of the duration each).
 *
 *   npm run bench:returns        (runs `npm run build` first)
 *
 * Environment: DATABASE_URL (a server to create a scratch database on; default: an embedded PostgreSQL
 * in a temp dir), BENCH_DURATION_SECONDS (default 10), BENCH_CONNECTIONS (default 50), BENCH_NODE_ARGS (more
 * node options for the (b) service, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`).
 */
import 'reflect-metadata';
import { loadavg } from 'node:os';
import { Writable } from 'node:stream';
import pg from 'pg';
import pino from 'pino';
import { PricesRepository } from '../src/market-data/prices.repository.js';
import { createBenchDatabase } from './support/bench-database.js';
import { autocannonInTurns, LOAD } from './support/load.js';
import { onCleanup, runBench } from './support/lifecycle.js';
import { builtService, printBenchHeader, startAppInProcess, startBuiltService } from './support/service.js';
import { timeCalculator, type KernelTiming } from './support/calculator-timing.js';
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

const TARGET_NS_PER_HOLDING_DAY = 10;
const TARGET_P50_MS = 20;
const TARGET_ACTIONS_P50_MS = 100;
const TARGET_RETURNS_RPS = 200;
const TARGET_RECOMPUTED_RPS = 500;
const TARGET_RECOMPUTED_RATIO = 0.5;
/** (b)'s loads are taken in this many rounds, one turn of each route per round. */
const TURNS = 5;

const BIG = { holdings: 100, trades: 10_000, start: '2015-01-02', end: LAST_DATE };
const SMALL = { holdings: 50, start: '2020-01-02', end: LAST_DATE };
/** The calculator's synthetic input shaped like (a); (b) is the same with 50 holdings over 5 years. */
const KERNEL_SHAPE = {
  holdings: BIG.holdings,
  trades: BIG.trades,
  start: BIG.start,
  end: LAST_DATE,
  splits: SPLITS_PER_TICKER,
  dividends: DIVIDENDS_PER_TICKER,
};
const WARMUP_REQUESTS = 5;
const MEASURED_REQUESTS = 30;

async function main(): Promise<void> {
  const totalStart = performance.now();
  printBenchHeader('returns');
  const mainJs = builtService('returns');
  // (k) The calculator alone, before anything else loads the machine: before PostgreSQL and the app start
  // (their start-up work, JIT and GC threads included, would be counted in this process's CPU time).
  // Closes as the service passes them (typed arrays read straight from the packed series), and for
  // comparison as bar objects (what a caller without typed arrays passes; their dates are parsed per call).
  const smallShape = {
    ...KERNEL_SHAPE,
    holdings: SMALL.holdings,
    trades: 0,
    start: SMALL.start,
    splits: 0,
    dividends: 0,
  };
  const kernel = {
    small: timeCalculator(smallShape, 200, 50, true),
    smallBarObjects: timeCalculator(smallShape),
    big: timeCalculator({ ...KERNEL_SHAPE, splits: 0, dividends: 0 }, 40, 10, true),
    bigActions: timeCalculator(KERNEL_SHAPE, 40, 10, true),
  };
  for (const [name, timing] of Object.entries(kernel))
    console.log(`(k) calculator ${name}: ${kernelLine(timing)}`);

  const database = await createBenchDatabase();
  console.log(`database: ${database.where}`);

  // The app in this process, for migrations and part (a); its request log line carries the server-side time.
  const durations = new RequestDurations();
  const {
    app,
    url: base,
    close: closeApp,
  } = await startAppInProcess(
    database.url,
    { LOG_LEVEL: 'info' },
    { logger: pino({ level: 'info' }, durations.stream) },
  );

  const sql = new pg.Pool({ connectionString: database.url, max: 2 });
  onCleanup('close SQL pool', () => sql.end());

  const seedStart = performance.now();
  const tickers = await seedPrices(sql);
  // Seeded in SQL, around the repository: pack the closes as its writes do.
  await app.get(PricesRepository).packCloseSeries(tickers);
  const big = await seedPortfolio(sql, 'Bench Big', tickers.slice(0, BIG.holdings), BIG.trades);
  const small = await seedPortfolio(sql, 'Bench Small', tickers.slice(0, SMALL.holdings), 0);
  await sql.query('ANALYZE');
  const [{ bars }] = (await sql.query('SELECT count(*)::int AS bars FROM stock_prices')).rows;
  console.log(
    `seeded in ${secondsSince(seedStart).toFixed(1)} s: ${fmt(bars)} bars (${TICKERS} tickers, Mon–Fri ` +
      `${FIRST_DATE}..${LAST_DATE}); portfolio A ${BIG.holdings} holdings + ${fmt(big.trades)} trades ` +
      `(${big.sells} sells); portfolio B ${SMALL.holdings} holdings`,
  );

  // (a) Server-side time of the full 10-year returns, sequential: first without corporate actions.
  const bigPath = `/api/v1/portfolio/${big.customerId}/returns?start_date=${BIG.start}&end_date=${BIG.end}`;
  const coldStarted = performance.now();
  const probe = await fetch(`${base}${bigPath}`);
  const coldMs = performance.now() - coldStarted;
  if (probe.status !== 200) throw new Error(`returns answered ${probe.status}: ${await probe.text()}`);
  const summary = (await probe.json()) as Record<string, unknown>;
  console.log(`returns A: ${JSON.stringify(summary).slice(0, 300)}…`);
  const plain = await serverTimes(base, bigPath, durations);

  // Then with 4 splits and 40 dividends per ticker. Written straight to the tables, so the price versions
  // are bumped by hand (as every corporate-action write does): the caches keyed by them read afresh.
  await seedCorporateActions(sql, tickers);
  await sql.query(`UPDATE stocks SET prices_updated_at = clock_timestamp()`);
  const withActions = await serverTimes(base, bigPath, durations);
  const fifo = await serverTimes(base, `${bigPath}&cost_basis=fifo`, durations);
  durations.clear();
  for (let i = 0; i < MEASURED_REQUESTS; i++) await (await fetch(`${base}${bigPath}`)).arrayBuffer();
  const cachedP50 = percentile(durations.forRoute(RETURNS_ROUTE), 50);
  for (const [name, times] of [
    ['no corporate actions', plain],
    [`${SPLITS_PER_TICKER} splits + ${DIVIDENDS_PER_TICKER} dividends per ticker`, withActions],
    ['same, cost_basis=fifo', fifo],
  ] as const)
    console.log(
      `(a) ${name}: server-side ms over ${MEASURED_REQUESTS} recomputed requests: p50 ${times.p50.toFixed(1)}, ` +
        `p95 ${times.p95.toFixed(1)}, max ${times.max.toFixed(1)} (client round trip p50 ${times.roundTripP50.toFixed(1)})`,
    );
  console.log(
    `(a) first request (cold caches) ${coldMs.toFixed(0)} ms; repeat served from the result cache p50 ${cachedP50.toFixed(1)} ms`,
  );
  await closeApp();

  // (b) The built service in a child, pinned to core 0; autocannon pinned to core 1.
  const {
    child: service,
    url: serviceUrl,
    pid,
  } = await startBuiltService(mainJs, database.url, {
    pinToCore: 0,
    nodeOptions: (process.env.BENCH_NODE_ARGS ?? '').split(/\s+/).filter(Boolean),
  });
  console.log(`service: node dist/main.js (pid ${pid}, taskset -c 0) on ${serviceUrl}`);
  const smallPath = `/api/v1/portfolio/${small.customerId}/returns?start_date=${SMALL.start}&end_date=${SMALL.end}`;
  const customerPath = `/api/v1/customers/${small.customerId}`;
  for (const path of [smallPath, customerPath]) {
    const response = await fetch(`${serviceUrl}${path}`);
    if (response.status !== 200)
      throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  }
  // In turns: the ratios compare loads that met the same machine.
  const [returnsLoad, recomputedLoad, customersLoad] = await autocannonInTurns(
    [
      { url: `${serviceUrl}${smallPath}` },
      { url: `${serviceUrl}${smallPath}`, extra: ['-H', 'cache-control=no-cache'] },
      { url: `${serviceUrl}${customerPath}` },
    ],
    TURNS,
  );
  const serviceRss = peakRssMb(pid);
  await service.stop();
  const ratio = returnsLoad.rps / customersLoad.rps;
  for (const [name, load] of [
    ['returns', returnsLoad],
    ['returns (no-cache: recomputed)', recomputedLoad],
    ['customer', customersLoad],
  ] as const) {
    console.log(
      `(b) GET ${name}: ${fmt(load.rps)} req/s, p50 ${load.p50} ms, p99 ${load.p99} ms, ` +
        `${fmt(load.total)} requests, ${load.non2xx} non-2xx, ${load.errors} errors; ` +
        `req/s per turn ${load.turnRps.map((rps) => fmt(rps)).join(', ')}`,
    );
  }
  const recomputedRatio = recomputedLoad.rps / customersLoad.rps;
  const turnRatios = recomputedLoad.turnRps.map((rps, i) => (rps / customersLoad.turnRps[i]).toFixed(2));
  console.log(`(b) recomputed / customer, turn by turn: ${turnRatios.join(', ')}`);
  heading('Results: returns (bench/returns.ts)');
  console.log(
    markdownTable(
      ['Measure', 'Result', 'Goal', ''],
      [
        [
          `(k) calculator CPU per holding-day, ${SMALL.holdings} holdings × 5 y, closes as typed arrays as the service passes them (${kernelHow(kernel.small)})`,
          `${kernel.small.nsPerHoldingDay.toFixed(1)} ns median, ${kernel.small.bestNsPerHoldingDay.toFixed(1)} ns best (${kernel.small.medianMs.toFixed(2)} / ${kernel.small.bestMs.toFixed(2)} ms a calculation)`,
          `≤ ${TARGET_NS_PER_HOLDING_DAY} ns (≤ 1 ms)`,
          verdict(kernel.small.nsPerHoldingDay <= TARGET_NS_PER_HOLDING_DAY),
        ],
        [
          `(k) the same with closes as bar objects`,
          `${kernel.smallBarObjects.nsPerHoldingDay.toFixed(1)} ns median, ${kernel.smallBarObjects.bestNsPerHoldingDay.toFixed(1)} ns best`,
          '',
          '',
        ],
        [
          `(k) calculator CPU, ${BIG.holdings} holdings + ${fmt(BIG.trades)} trades × 10 y, typed arrays, without / with corporate actions`,
          `${kernel.big.medianMs.toFixed(1)} / ${kernel.bigActions.medianMs.toFixed(1)} ms (${kernel.big.nsPerHoldingDay.toFixed(1)} / ${kernel.bigActions.nsPerHoldingDay.toFixed(1)} ns per holding-day)`,
          '',
          '',
        ],
        [
          `(b) ${SMALL.holdings} holdings × 5 y, GET returns recomputed (no-cache), -c ${LOAD.connections}, one core`,
          `${fmt(recomputedLoad.rps)} req/s (p50 ${recomputedLoad.p50} ms, p99 ${recomputedLoad.p99} ms)`,
          `≥ ${TARGET_RECOMPUTED_RPS} req/s`,
          verdict(recomputedLoad.rps >= TARGET_RECOMPUTED_RPS),
        ],
        [
          '(b) recomputed returns / GET customer req/s, same run',
          `${recomputedRatio.toFixed(2)} (customer ${fmt(customersLoad.rps)} req/s)`,
          `≥ ${TARGET_RECOMPUTED_RATIO}`,
          verdict(recomputedRatio >= TARGET_RECOMPUTED_RATIO),
        ],
        [
          '(b) GET returns, cached result (versions checked) / GET customer',
          `${fmt(returnsLoad.rps)} req/s, ratio ${ratio.toFixed(2)}`,
          `≥ ${TARGET_RETURNS_RPS} req/s`,
          verdict(returnsLoad.rps >= TARGET_RETURNS_RPS),
        ],
        [
          `(a) ${BIG.holdings} holdings + ${fmt(BIG.trades)} trades × 10 y, recomputed: server p50 / p95`,
          `${plain.p50.toFixed(1)} / ${plain.p95.toFixed(1)} ms`,
          `p50 ≤ ${TARGET_P50_MS} ms`,
          verdict(plain.p50 <= TARGET_P50_MS),
        ],
        [
          `(a) same with ${SPLITS_PER_TICKER} splits + ${DIVIDENDS_PER_TICKER} dividends per ticker: server p50 / p95`,
          `${withActions.p50.toFixed(1)} / ${withActions.p95.toFixed(1)} ms`,
          `p50 ≤ ${TARGET_ACTIONS_P50_MS} ms`,
          verdict(withActions.p50 <= TARGET_ACTIONS_P50_MS),
        ],
        [
          '(a) same, cost_basis=fifo: server p50 / p95',
          `${fifo.p50.toFixed(1)} / ${fifo.p95.toFixed(1)} ms`,
          '',
          '',
        ],
        ['(a) first request, every cache cold', `${coldMs.toFixed(0)} ms`, '', ''],
        ['(a) repeat with a valid cached result: server p50', `${cachedP50.toFixed(1)} ms`, '', ''],
      ],
    ),
  );
  console.log(
    `\n(b): service pinned to core 0 (peak RSS ${serviceRss.toFixed(0)} MB), autocannon to core 1, ` +
      `${LOAD.durationSeconds} s each after a 2 s warm-up, in ${TURNS} turns; PostgreSQL unpinned; load average at the end ` +
      `${loadavg()[0].toFixed(2)} (other processes share the machine: compare figures of one run); ` +
      `bench total ${secondsSince(totalStart).toFixed(0)} s`,
  );
}

/** Server-side times of MEASURED_REQUESTS sequential recomputed requests, after a warm-up. */
async function serverTimes(
  base: string,
  path: string,
  durations: RequestDurations,
): Promise<{ p50: number; p95: number; max: number; roundTripP50: number }> {
  for (let i = 0; i < WARMUP_REQUESTS; i++)
    await (await fetch(`${base}${path}`, { headers: NO_CACHE })).arrayBuffer();
  durations.clear();
  const roundTrips: number[] = [];
  // no-cache: every measured request recomputes (the ledger, close-series and corporate-action caches stay
  // warm while their versions hold, as in production).
  for (let i = 0; i < MEASURED_REQUESTS; i++) {
    const started = performance.now();
    const response = await fetch(`${base}${path}`, { headers: NO_CACHE });
    await response.arrayBuffer();
    roundTrips.push(performance.now() - started);
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  }
  const server = durations.forRoute(RETURNS_ROUTE);
  if (server.length !== MEASURED_REQUESTS) throw new Error(`captured ${server.length} server times`);
  return {
    p50: percentile(server, 50),
    p95: percentile(server, 95),
    max: Math.max(...server),
    roundTripP50: percentile(roundTrips, 50),
  };
}

function kernelLine(timing: KernelTiming): string {
  return (
    `median ${timing.medianMs.toFixed(2)} ms a calculation, ${timing.nsPerHoldingDay.toFixed(1)} ns per holding-day; ` +
    `best ${timing.bestMs.toFixed(2)} ms, ${timing.bestNsPerHoldingDay.toFixed(1)} ns ` +
    `(${kernelHow(timing)})`
  );
}

function kernelHow(timing: KernelTiming): string {
  return `CPU time of ${timing.runs} calls of calculateReturns in batches of 5, this process, ${fmt(timing.holdingDays)} holding-days`;
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

const NO_CACHE = { 'cache-control': 'no-cache' };
const RETURNS_ROUTE = '/api/v1/portfolio/:customer_id/returns';

runBench(main);
