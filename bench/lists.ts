/**
 * List routes against the single-customer GET, in one run: the built service (`node dist/main.js`,
 * pinned to core 0) under autocannon -c BENCH_CONNECTIONS (pinned to core 1).
 *   GET /api/v1/customers/{id}           one customer with 5 holdings (the reference, measured before
 *                                        and after the lists; their mean is the denominator)
 *   GET /api/v1/customers?limit=100      a page of 100 customers, 5 holdings each
 *   GET /api/v1/jobs?limit=100           100 price jobs, 5 tickers each
 *   GET /api/v1/stocks                   100 stocks, a year of daily bars each (coverage per ticker)
 *
 *   npm run bench:lists        (runs `npm run build` first)
 *
 * Environment: DATABASE_URL (a server to create a scratch database on; default: an embedded PostgreSQL
 * in a temp dir), BENCH_DURATION_SECONDS (default 10), BENCH_CONNECTIONS (default 50).
 */
import { loadavg } from 'node:os';
import pg from 'pg';
import { createBenchDatabase } from './support/bench-database.js';
import { autocannon, LOAD, type LoadResult } from './support/load.js';
import { onCleanup, runBench } from './support/lifecycle.js';
import { seedPrices } from './support/returns-fixtures.js';
import { fmt, heading, markdownTable, verdict } from './support/report.js';
import { builtService, printBenchHeader, startBuiltService } from './support/service.js';

const TARGET_RATIO = 0.8;
const CUSTOMERS = 200;
const HOLDINGS_PER_CUSTOMER = 5;
const JOBS = 120;
const TICKERS_PER_JOB = 5;
const STOCKS = 100;

async function main(): Promise<void> {
  printBenchHeader('lists');
  const mainJs = builtService('lists');
  const database = await createBenchDatabase();
  console.log(`database: ${database.where}`);

  // The service migrates the empty database at start; the data goes in afterwards, straight in SQL.
  const {
    child: service,
    url: serviceUrl,
    pid,
  } = await startBuiltService(mainJs, database.url, { pinToCore: 0 });
  console.log(`service: node dist/main.js (pid ${pid}, taskset -c 0) on ${serviceUrl}`);

  const sql = new pg.Pool({ connectionString: database.url, max: 2 });
  onCleanup('close SQL pool', () => sql.end());
  const tickers = await seedPrices(sql, { tickers: STOCKS, from: '2024-01-01', to: '2024-12-31' });
  const customerId = await seedCustomers(sql, tickers);
  await seedJobs(sql, tickers);
  await sql.query('ANALYZE');
  console.log(
    `seeded: ${CUSTOMERS} customers × ${HOLDINGS_PER_CUSTOMER} holdings, ${JOBS} jobs × ${TICKERS_PER_JOB} ` +
      `tickers, ${STOCKS} stocks × a year of bars`,
  );

  const routes = {
    single: `/api/v1/customers/${customerId}`,
    customers: '/api/v1/customers?limit=100',
    jobs: '/api/v1/jobs?limit=100',
    stocks: '/api/v1/stocks',
  };
  for (const path of Object.values(routes)) {
    const response = await fetch(`${serviceUrl}${path}`);
    const body = await response.text();
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${body}`);
    console.log(`GET ${path}: ${fmt(body.length)} bytes`);
  }
  const before = await autocannon(`${serviceUrl}${routes.single}`);
  const customers = await autocannon(`${serviceUrl}${routes.customers}`);
  const jobs = await autocannon(`${serviceUrl}${routes.jobs}`);
  const stocks = await autocannon(`${serviceUrl}${routes.stocks}`);
  const after = await autocannon(`${serviceUrl}${routes.single}`);
  await service.stop();
  const single = (before.rps + after.rps) / 2;

  heading('Results: list routes (bench/lists.ts)');
  const row = (name: string, load: LoadResult, ratio?: number) => [
    name,
    `${fmt(load.rps)} req/s, p50 ${load.p50} ms, p99 ${load.p99} ms${load.failed ? `, ${load.failed} failed` : ''}`,
    ratio === undefined ? '' : ratio.toFixed(2),
    ratio === undefined ? '' : `≥ ${TARGET_RATIO}`,
    ratio === undefined ? '' : verdict(ratio >= TARGET_RATIO),
  ];
  console.log(
    markdownTable(
      ['Route', 'Load', 'Ratio to single', 'Target', ''],
      [
        row(`GET customers/{id} (before)`, before),
        row(`GET customers/{id} (after)`, after),
        row(
          `GET customers?limit=100 (${HOLDINGS_PER_CUSTOMER} holdings each)`,
          customers,
          customers.rps / single,
        ),
        row(`GET jobs?limit=100 (${TICKERS_PER_JOB} tickers each)`, jobs, jobs.rps / single),
        row(`GET stocks (${STOCKS} stocks, a year of bars each)`, stocks, stocks.rps / single),
      ],
    ),
  );
  console.log(
    `\nservice pinned to core 0, autocannon -c ${LOAD.connections} to core 1, ${LOAD.durationSeconds} s each after a ` +
      `2 s warm-up; PostgreSQL unpinned; the ratio's denominator is the mean of the two single-customer ` +
      `runs; load average at the end ${loadavg()[0].toFixed(2)} (the machine may be shared)`,
  );
}

/** CUSTOMERS customers with a portfolio each and HOLDINGS_PER_CUSTOMER holdings; returns the first id. */
async function seedCustomers(sql: pg.Pool, tickers: string[]): Promise<string> {
  const { rows } = await sql.query<{ id: string }>(
    `INSERT INTO customers (name, address, email)
     SELECT 'Bench Customer ' || i, i || ' Bench Street', 'bench-' || i || '@bench.invalid'
       FROM generate_series(1, $1) i RETURNING id`,
    [CUSTOMERS],
  );
  await sql.query(
    `WITH p AS (INSERT INTO portfolios (customer_id) SELECT unnest($1::uuid[]) RETURNING id)
     INSERT INTO holdings (portfolio_id, ticker, quantity, as_of)
     SELECT p.id, t.ticker, 10 + k * 2.5, '2024-01-02'
       FROM p CROSS JOIN LATERAL (SELECT unnest($2::varchar[]) AS ticker, generate_series(1, $3) AS k) t`,
    [rows.map((row) => row.id), tickers.slice(0, HOLDINGS_PER_CUSTOMER), HOLDINGS_PER_CUSTOMER],
  );
  return rows[0].id;
}

/** JOBS finished price jobs with TICKERS_PER_JOB tickers each. */
async function seedJobs(sql: pg.Pool, tickers: string[]): Promise<void> {
  const chosen = tickers.slice(0, TICKERS_PER_JOB);
  await sql.query(
    `WITH j AS (
       INSERT INTO price_jobs (id, type, state, dedupe_key, request, tickers_total, created_at, started_at, finished_at)
       SELECT gen_random_uuid(), 'populate', 'succeeded', md5(i::text),
              jsonb_build_object('tickers', to_jsonb($1::varchar[]), 'start_date', '2024-01-01', 'end_date', '2024-12-31'),
              $2, now() - i * interval '1 minute', now() - i * interval '1 minute', now() - i * interval '1 minute' + interval '5 seconds'
         FROM generate_series(1, $3) i RETURNING id)
     INSERT INTO price_job_tickers (job_id, ticker, state, from_date, to_date, bars, splits, dividends, finished_at)
     SELECT j.id, t, 'succeeded', '2024-01-01', '2024-12-31', 252, 1, 4, now() FROM j CROSS JOIN unnest($1::varchar[]) t`,
    [chosen, chosen.length, JOBS],
  );
}

runBench(main);
