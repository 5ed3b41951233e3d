/**
 * The returns report end to end: 10,000 customers × 20 opening holdings, 5 years of daily bars (with
 * splits and dividends), through the built service (`node <the deployed flags> dist/main.js`, as
 * deployed) in a child process: POST /api/v1/reports/returns, poll until succeeded, download CSV and
 * NDJSON with holdings, check a sample of lines against /returns. Prints wall times and the service's
 * peak RSS.
 *
 *   npm run bench:report        (runs `npm run build` first)
 *
 * Environment: DATABASE_URL (a server to create a scratch database on; default: an embedded PostgreSQL
 * in a temp dir), BENCH_CUSTOMERS (default 10000), BENCH_HOLDINGS (20), BENCH_TICKERS (200),
 * BENCH_INSTANCES (service processes sharing the report's chunks, default 1), REPORT_CHUNK_SIZE (passed to
 * the service), BENCH_NODE_ARGS (more node options for it, e.g.
 * --cpu-prof).
 */
import 'reflect-metadata';
import { loadavg } from 'node:os';
import pg from 'pg';
import { calculateReturns } from '../src/returns/calculators/index.js';
import { createBenchDatabase } from './support/bench-database.js';
import { runBench } from './support/lifecycle.js';
import {
  descendantsCpuSeconds,
  fmt,
  heading,
  machineBusySeconds,
  markdownTable,
  peakRssMb,
  processCpuSeconds,
  secondsSince,
  verdict,
} from './support/report.js';
import { DEPLOYED_NODE_FLAGS } from './support/deployed-node-flags.js';
import { seedCorporateActions, seedPrices } from './support/returns-fixtures.js';
import { builtService, printBenchHeader, startAppInProcess, startBuiltService } from './support/service.js';

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 10_000);
const HOLDINGS = Number(process.env.BENCH_HOLDINGS ?? 20);
const TICKERS = Number(process.env.BENCH_TICKERS ?? 200);
const INSTANCES = Number(process.env.BENCH_INSTANCES ?? 1);
/** Bars from a month before the window, so its first day has a price; the window is the last 5 years. */
const PRICES_FROM = '2019-12-02';
const WINDOW = { start_date: '2020-01-02', end_date: '2024-12-31' };
const BENCHMARK = 'BR000';
const SAMPLE = 20;

const TARGET_SECONDS = 30;
const TARGET_RSS_MB = 300;

async function main(): Promise<void> {
  const totalStart = performance.now();
  printBenchHeader('report');
  const mainJs = builtService('report');
  const database = await createBenchDatabase();
  console.log(`database: ${database.where}`);

  const services = [];
  for (let i = 0; i < INSTANCES; i++) services.push(await startService(mainJs, database.url, i));
  if (INSTANCES === 0) services.push(await startInProcess(database.url));
  const base = services[0].url;
  console.log(
    `service: ${INSTANCES} × node ${DEPLOYED_NODE_FLAGS.join(' ')} dist/main.js (pids ${services.map((s) => s.pid).join(', ')})`,
  );

  const sql = new pg.Pool({ connectionString: database.url, max: 2 });
  const seedStart = performance.now();
  const tickers = await seedPrices(sql, { tickers: TICKERS, from: PRICES_FROM, to: WINDOW.end_date });
  await seedCorporateActions(sql, tickers);
  await seedCustomers(sql, tickers);
  await sql.query('ANALYZE');
  const [{ bars }] = (await sql.query('SELECT count(*)::int AS bars FROM stock_prices')).rows;
  console.log(
    `seeded in ${secondsSince(seedStart).toFixed(1)} s: ${fmt(CUSTOMERS)} customers × ${HOLDINGS} holdings ` +
      `(of ${TICKERS} tickers), ${fmt(bars)} bars ${PRICES_FROM}..${WINDOW.end_date}, splits and dividends`,
  );

  // End to end: POST, poll until settled.
  const pids = services.map((s) => s.pid);
  const serviceCpuStart = pids.map(processCpuSeconds);
  const pgCpuStart = descendantsCpuSeconds(process.pid, pids);
  const machineStart = machineBusySeconds();
  const started = performance.now();
  const created = await fetch(`${base}/api/v1/reports/returns`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...WINDOW, benchmark: BENCHMARK }),
  });
  if (created.status !== 202) throw new Error(`POST answered ${created.status}: ${await created.text()}`);
  const location = created.headers.get('location')!;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let report: Record<string, any>;
  let lastPrint = 0;
  for (;;) {
    report = (await (await fetch(`${base}${location}`)).json()) as typeof report;
    if (report.state === 'succeeded' || report.state === 'failed') break;
    if (performance.now() - lastPrint > 5000) {
      lastPrint = performance.now();
      console.log(
        `  ${secondsSince(started).toFixed(1)} s: ${report.state}, ${report.progress.customers_done}/` +
          `${report.progress.customers_total} customers, ${report.progress.parts_done}/${report.progress.parts_total} parts`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const computeSeconds = secondsSince(started);
  const serviceCpu = pids.map((pid, i) => processCpuSeconds(pid) - serviceCpuStart[i]);
  const pgCpu = descendantsCpuSeconds(process.pid, pids) - pgCpuStart;
  const machineCpu = machineBusySeconds() - machineStart;
  if (report.state !== 'succeeded') throw new Error(`report ended ${report.state}: ${report.error}`);
  console.log(
    `report: ${report.state} in ${computeSeconds.toFixed(2)} s, ${fmt(report.progress.customers_done)} customers ` +
      `(${report.progress.customers_failed} failed) in ${report.progress.parts_total} parts`,
  );

  const downloadCpuStart = pids.map(processCpuSeconds);
  const csv = await download(`${base}${report.download}`, 'text/csv');
  const ndjson = await download(`${base}${report.download}?holdings=true`, 'application/x-ndjson');
  const endToEnd = secondsSince(started);
  const downloadCpu = pids.map((pid, i) => processCpuSeconds(pid) - downloadCpuStart[i]);
  const rss = pids.map(peakRssMb);
  if (csv.lines !== CUSTOMERS + 1) throw new Error(`CSV has ${csv.lines} lines, not ${CUSTOMERS + 1}`);
  if (ndjson.lines !== CUSTOMERS * (HOLDINGS + 1))
    throw new Error(`NDJSON has ${ndjson.lines} lines, not ${CUSTOMERS * (HOLDINGS + 1)}`);
  console.log(
    `download: CSV ${fmt(csv.bytes / 1e6, 1)} MB in ${csv.seconds.toFixed(2)} s; NDJSON with holdings ` +
      `${fmt(ndjson.bytes / 1e6, 1)} MB, ${fmt(ndjson.lines)} lines in ${ndjson.seconds.toFixed(2)} s`,
  );
  await checkSample(base, ndjson.sample);

  const [{ stored }] = (
    await sql.query(`SELECT pg_total_relation_size('report_lines')::float8 / 1e6 AS stored`)
  ).rows as { stored: number }[];
  const calculatorMs = calculatorAloneMs(tickers.slice(0, HOLDINGS));
  const reportMs = (1000 * computeSeconds) / CUSTOMERS;
  const peakRss = Math.max(...rss);
  heading('Results: returns report (bench/report.ts)');
  console.log(
    markdownTable(
      ['Measure', 'Result', 'Goal', ''],
      [
        [
          `POST → succeeded, ${fmt(CUSTOMERS)} customers × ${HOLDINGS} holdings × 5 y`,
          `${computeSeconds.toFixed(1)} s (${fmt(CUSTOMERS / computeSeconds)} customers/s)`,
          '',
          '',
        ],
        [
          'End to end: POST → CSV and NDJSON (with holdings) downloaded',
          `${endToEnd.toFixed(1)} s`,
          `≤ ${TARGET_SECONDS} s`,
          verdict(endToEnd <= TARGET_SECONDS),
        ],
        [
          `Service peak RSS (${INSTANCES === 1 ? 'one instance' : `max of ${INSTANCES} instances`}, the deployed flags)`,
          `${rss.map((mb) => mb.toFixed(0)).join(' / ')} MB`,
          `< ${TARGET_RSS_MB} MB`,
          verdict(peakRss < TARGET_RSS_MB),
        ],
        ['Stored lines (report_lines, with indexes and TOAST)', `${fmt(stored, 1)} MB`, '', ''],
        [
          'Per customer: report (wall) / the calculator alone, in this process (same run)',
          `${reportMs.toFixed(2)} / ${calculatorMs.toFixed(2)} ms = ${(reportMs / calculatorMs).toFixed(2)}`,
          '',
          '',
        ],
        [
          'Service CPU per customer: computing / both downloads',
          `${((1000 * sum(serviceCpu)) / CUSTOMERS).toFixed(2)} / ${((1000 * sum(downloadCpu)) / CUSTOMERS).toFixed(2)} ms`,
          '',
          '',
        ],
        [
          'CPU while computing: service / PostgreSQL / whole machine',
          `${serviceCpu.map((s) => s.toFixed(1)).join(' + ')} / ${pgCpu.toFixed(1)} / ${machineCpu.toFixed(1)} s`,
          '',
          '',
        ],
      ],
    ),
  );
  console.log(
    `\nSample of ${SAMPLE} customers checked against GET /returns: equal. Machine shared (load average at the ` +
      `end ${loadavg()[0].toFixed(2)}); bench total ${secondsSince(totalStart).toFixed(0)} s`,
  );
  await sql.end();
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** BENCH_INSTANCES=0: the app in this process instead (run the bench with --cpu-prof to profile it). */
async function startInProcess(databaseUrl: string): Promise<{ url: string; pid: number }> {
  const { url } = await startAppInProcess(databaseUrl, { REPORT_CHUNK_SIZE: process.env.REPORT_CHUNK_SIZE });
  return { url, pid: process.pid };
}

/**
 * The pure calculator on one customer's inputs of the same shape (20 holdings, 5 years of bars, 4 splits
 * and 40 dividends per ticker, the benchmark), ms per call: the floor the report's per-customer time is
 * compared with, measured in the same run because the machine is shared.
 */
function calculatorAloneMs(tickers: string[]): number {
  const days: string[] = [];
  for (
    let d = new Date(`${PRICES_FROM}T00:00:00Z`);
    d <= new Date(`${WINDOW.end_date}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1)
  )
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) days.push(d.toISOString().slice(0, 10));
  const bars = new Map(
    tickers.map((ticker, k) => [
      ticker,
      days.map((date, i) => ({
        date,
        close: Math.round(100 * (20 + 3 * k) * (1 + 0.15 * Math.sin(i / 37 + k))) / 100,
      })),
    ]),
  );
  const splits = new Map(
    tickers.map((ticker) => [
      ticker,
      [2017, 2019, 2021, 2023].map((year, i) => ({
        executionDate: `${year}-03-01`,
        splitFrom: i % 2 === 0 ? 1 : 2,
        splitTo: i % 2 === 0 ? 2 : 3,
      })),
    ]),
  );
  const dividends = new Map(
    tickers.map((ticker) => [
      ticker,
      Array.from({ length: 40 }, (_, q) => ({
        exDividendDate: `${2015 + Math.floor(q / 4)}-${String(2 + 3 * (q % 4)).padStart(2, '0')}-16`,
        payDate: null,
        cashAmount: 0.2,
        currency: 'USD',
      })),
    ]),
  );
  const input = () => ({
    start: WINDOW.start_date,
    end: WINDOW.end_date,
    opening: tickers.map((ticker, i) => ({ ticker, quantity: 10 + i, asOf: PRICES_FROM })),
    trades: [],
    bars,
    benchmark: { ticker: tickers[0], bars: bars.get(tickers[0])! },
    accounting: {
      splits,
      dividends,
      options: { dividends: 'include' as const, costBasis: 'average' as const },
      today: '2025-01-01',
    },
  });
  for (let i = 0; i < 20; i++) calculateReturns(input());
  const runs = 200;
  const started = performance.now();
  for (let i = 0; i < runs; i++) calculateReturns(input());
  return (performance.now() - started) / runs;
}

async function startService(
  mainJs: string,
  databaseUrl: string,
  index: number,
): Promise<{ url: string; pid: number }> {
  return startBuiltService(mainJs, databaseUrl, {
    nodeOptions: [
      ...DEPLOYED_NODE_FLAGS,
      ...(process.env.BENCH_NODE_ARGS ?? '').split(/\s+/).filter(Boolean),
    ],
    env: { INSTANCE_ID: `bench-report-${index}`, REPORT_CHUNK_SIZE: process.env.REPORT_CHUNK_SIZE },
  });
}

/**
 * Customers, portfolios and holdings in three set-based statements: customer c holds tickers
 * (c + 10·j) mod TICKERS for j < HOLDINGS, opened on the first day of the data (so cost basis is known).
 */
async function seedCustomers(sql: pg.Pool, tickers: string[]): Promise<void> {
  await sql.query(
    `INSERT INTO customers (name, address, email)
     SELECT 'Bench Customer ' || c, c || ' Bench Street', 'bench-' || c || '@bench.invalid'
       FROM generate_series(1, $1) c`,
    [CUSTOMERS],
  );
  await sql.query(`INSERT INTO portfolios (customer_id) SELECT id FROM customers`);
  await sql.query(
    `INSERT INTO holdings (portfolio_id, ticker, quantity, as_of)
     SELECT p.id, ($2::varchar[])[1 + (p.n + 10 * j) % $3], 10 + (p.n + j) % 90, $4::date
       FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM portfolios) p
      CROSS JOIN generate_series(0, $1 - 1) j`,
    [HOLDINGS, tickers, tickers.length, PRICES_FROM],
  );
}

interface Download {
  bytes: number;
  lines: number;
  seconds: number;
  /** The first SAMPLE customer lines and their holdings (NDJSON). */
  sample: string[];
}

/** Reads a download as it streams (never the whole body at once), counting bytes and lines. */
async function download(url: string, accept: string): Promise<Download> {
  const started = performance.now();
  const response = await fetch(url, { headers: { accept } });
  if (response.status !== 200)
    throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
  const decoder = new TextDecoder();
  let bytes = 0;
  let lines = 0;
  let head = '';
  for await (const chunk of response.body!) {
    bytes += chunk.byteLength;
    // Native search, not a JS loop over 124 MB: the bench shares the 2 cores with the service it measures.
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines++;
    if (head.length < 1_000_000) head += decoder.decode(chunk, { stream: true });
  }
  return { bytes, lines, seconds: secondsSince(started), sample: head.split('\n') };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Line = Record<string, any>;

/** Every sampled customer line, and its holdings, must equal what /returns answers for the window. */
async function checkSample(base: string, head: string[]): Promise<void> {
  const parsed = head.slice(0, -1).map((line) => JSON.parse(line) as Line);
  const customers = parsed.filter((line) => line.type === 'customer').slice(0, SAMPLE);
  if (customers.length < SAMPLE) throw new Error(`only ${customers.length} customer lines to sample`);
  for (const line of customers) {
    const query = new URLSearchParams({ ...WINDOW, benchmark: BENCHMARK });
    const expected = (await (
      await fetch(`${base}/api/v1/portfolio/${line.customer_id}/returns?${query}`)
    ).json()) as Line;
    for (const field of [
      'end_value',
      'total_return',
      'time_weighted_return',
      'money_weighted_return',
      'volatility',
      'max_drawdown',
      'cost_basis',
      'benchmark_return',
    ]) {
      if (line[field] !== expected[field])
        throw new Error(
          `customer ${line.customer_id}: ${field} ${line[field]} ≠ /returns ${expected[field]}`,
        );
    }
    const holdings = parsed.filter((h) => h.type === 'holding' && h.customer_id === line.customer_id);
    if (holdings.length !== expected.holdings.length)
      throw new Error(
        `customer ${line.customer_id}: ${holdings.length} holding lines ≠ ${expected.holdings.length}`,
      );
    holdings.forEach((holding, k) => {
      if (
        holding.ticker !== expected.holdings[k].ticker ||
        holding.end_value !== expected.holdings[k].end_value
      )
        throw new Error(`customer ${line.customer_id}: holding ${holding.ticker} differs from /returns`);
    });
  }
}

runBench(main);
