/**
 * The widest legal window (1970-01-01..today in New York) against the built service as deployed
 * (`node <the deployed flags> dist/main.js`): time, response sizes and the service's peak RSS for
 *   - GET returns (first request, then recomputed with no-cache, then a cached repeat),
 *   - GET performance, every page (limit=5000) of the daily series, and the monthly series,
 *   - concurrent recomputes of the widest returns,
 *   - the windows of issue 9 that used to take the process down (now 400s).
 *
 *   npm run bench:window        (runs `npm run build` first)
 *
 * Environment: BENCH_TICKERS (holdings with bars on every weekday since 1970, default 50), BENCH_TRADES
 * (default 5000), BENCH_CONCURRENCY (default 8), DATABASE_URL (a server to create a scratch database on;
 * default: an embedded PostgreSQL in a temp dir).
 */
import pg from 'pg';
import { newYorkDate } from '../src/common/time/calendar-date.js';
import { createBenchDatabase } from './support/bench-database.js';
import { onCleanup, runBench } from './support/lifecycle.js';
import { fmt, heading, markdownTable, peakRssMb, residentMb, secondsSince } from './support/report.js';
import { seedPortfolio, seedPrices } from './support/returns-fixtures.js';
import { builtService, printBenchHeader, startBuiltService } from './support/service.js';
import { DEPLOYED_NODE_FLAGS } from './support/deployed-node-flags.js';

const TICKERS = Number(process.env.BENCH_TICKERS ?? 50);
const TRADES = Number(process.env.BENCH_TRADES ?? 5000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const FIRST = '1970-01-01';
const PAGE_POINTS = 5000;

interface Timed {
  ms: number;
  status: number;
  bytes: number;
  body: string;
}

async function timedGet(url: string, headers: Record<string, string> = {}): Promise<Timed> {
  const started = performance.now();
  const response = await fetch(url, { headers });
  const body = await response.text();
  return { ms: performance.now() - started, status: response.status, bytes: Buffer.byteLength(body), body };
}

/** VmHWM (peak) and VmRSS (now) of a process, in MB. */
const memoryMb = (pid: number) => ({ peak: peakRssMb(pid), now: residentMb(pid) });

async function main(): Promise<void> {
  const totalStart = performance.now();
  printBenchHeader('window');
  const mainJs = builtService('window');
  const database = await createBenchDatabase();
  console.log(`database: ${database.where}`);

  // The service as deployed; it applies the migrations at start-up.
  const {
    child: service,
    url: base,
    pid,
  } = await startBuiltService(mainJs, database.url, { nodeOptions: DEPLOYED_NODE_FLAGS });
  let died: number | string | undefined;
  void service.exited.then((code) => (died = code));
  const alive = () => {
    if (died !== undefined) throw new Error(`the service died (${died}):\n${service.stderrTail()}`);
  };
  console.log(`service: node ${DEPLOYED_NODE_FLAGS.join(' ')} dist/main.js (pid ${pid}) on ${base}`);
  const rows: string[][] = [];
  const row = (what: string, measure: string, value: string) => {
    alive();
    const memory = memoryMb(pid);
    rows.push([what, measure, value, `${memory.peak.toFixed(0)} MB`, `${memory.now.toFixed(0)} MB`]);
    console.log(`${what}: ${measure} ${value} (service peak RSS ${memory.peak.toFixed(0)} MB)`);
  };
  const expectStatus = (what: string, timed: Timed, status: number) => {
    if (timed.status !== status)
      throw new Error(`${what} answered ${timed.status}, not ${status}: ${timed.body.slice(0, 500)}`);
  };

  row('boot', 'service ready, migrations applied', '');

  const today = newYorkDate(new Date());
  const sql = new pg.Pool({ connectionString: database.url, max: 2 });
  onCleanup('close SQL pool', () => sql.end());
  const seedStart = performance.now();
  const tickers = await seedPrices(sql, { tickers: TICKERS, from: FIRST, to: today });
  const portfolio = await seedPortfolio(sql, 'Bench Window', tickers, TRADES);
  const empty = await seedPortfolio(sql, 'Bench Empty', [], 0);
  await sql.query('ANALYZE');
  const [{ bars }] = (await sql.query('SELECT count(*)::int AS bars FROM stock_prices')).rows;
  console.log(
    `seeded in ${secondsSince(seedStart).toFixed(1)} s: ${fmt(bars)} bars (${TICKERS} tickers, Mon–Fri ` +
      `${FIRST}..${today}); a portfolio of ${TICKERS} holdings + ${fmt(portfolio.trades)} trades, and an empty one`,
  );

  const window = `start_date=${FIRST}&end_date=${today}`;
  const returnsUrl = (id: string) => `${base}/api/v1/portfolio/${id}/returns?${window}`;
  const performanceUrl = (id: string, extra = '') =>
    `${base}/api/v1/portfolio/${id}/performance?${window}&limit=${PAGE_POINTS}${extra}`;
  // /returns over the widest window: first request (cold price cache), recomputes, a cached repeat.
  const cold = await timedGet(returnsUrl(portfolio.customerId));
  expectStatus('returns', cold, 200);
  row(
    'GET returns, widest window',
    'first request: time, body',
    `${cold.ms.toFixed(0)} ms, ${kb(cold.bytes)}`,
  );
  const recomputed: number[] = [];
  for (let i = 0; i < 5; i++) {
    const timed = await timedGet(returnsUrl(portfolio.customerId), NO_CACHE);
    expectStatus('returns', timed, 200);
    recomputed.push(timed.ms);
  }
  row(
    'GET returns, widest window',
    'recomputed (no-cache), median of 5',
    `${median(recomputed).toFixed(0)} ms`,
  );
  const cached = await timedGet(returnsUrl(portfolio.customerId));
  row('GET returns, widest window', 'cached repeat', `${cached.ms.toFixed(0)} ms`);
  const emptyReturns = await timedGet(returnsUrl(empty.customerId));
  expectStatus('returns (empty)', emptyReturns, 200);
  row(
    'GET returns, widest window, empty portfolio',
    'time, body',
    `${emptyReturns.ms.toFixed(0)} ms, ${kb(emptyReturns.bytes)}`,
  );

  // /performance: every page of the daily series (recomputed), then the monthly one.
  for (const [label, extra, headers] of [
    ['daily, recomputed', '', NO_CACHE],
    ['daily, cached', '', {}],
    ['monthly', '&interval=month', {}],
  ] as const) {
    const pages = await allPages(performanceUrl(portfolio.customerId, extra), base, headers);
    row(
      `GET performance ${label}, widest window`,
      'all pages: time, pages, points, largest page',
      `${pages.ms.toFixed(0)} ms, ${pages.count}, ${fmt(pages.points)}, ${kb(pages.largest)}`,
    );
  }
  const emptyPage = await timedGet(`${base}/api/v1/portfolio/${empty.customerId}/performance?${window}`);
  expectStatus('performance (empty)', emptyPage, 200);
  row(
    'GET performance, widest window, empty portfolio',
    'first page (default 1000 points): time, body',
    `${emptyPage.ms.toFixed(0)} ms, ${kb(emptyPage.bytes)}`,
  );

  // Concurrent recomputes of the widest window: memory is what they hold at once.
  const concurrentStart = performance.now();
  const concurrent = await Promise.all(
    Array.from({ length: CONCURRENCY }, () => timedGet(performanceUrl(portfolio.customerId), NO_CACHE)),
  );
  for (const timed of concurrent) expectStatus('performance', timed, 200);
  row(
    `GET performance first page ×${CONCURRENCY} at once, recomputed`,
    'wall time, slowest',
    `${(performance.now() - concurrentStart).toFixed(0)} ms, ${Math.max(...concurrent.map((t) => t.ms)).toFixed(0)} ms`,
  );

  // The windows of issue 9.
  for (const query of [
    'start_date=2024-01-01&end_date=9999-12-31',
    'start_date=0100-01-01&end_date=2024-01-01',
  ]) {
    const timed = await timedGet(`${base}/api/v1/portfolio/${empty.customerId}/performance?${query}`);
    expectStatus(query, timed, 400);
    row(`GET performance ${query}`, 'status, time', `${timed.status}, ${timed.ms.toFixed(0)} ms`);
  }
  alive();
  await service.stop();

  heading('Results: widest legal window (bench/returns-window.ts)');
  console.log(markdownTable(['Request', 'Measure', 'Value', 'Service peak RSS', 'RSS after'], rows));
  console.log(
    `\nService: node ${DEPLOYED_NODE_FLAGS.join(' ')} dist/main.js, unpinned, on ${fmt(bars)} bars; window ` +
      `${FIRST}..${today} (${fmt(daysInWindow(today))} days); bench total ${secondsSince(totalStart).toFixed(0)} s`,
  );
}

/** Follows `next` to the last page; fails on any non-200. */
async function allPages(first: string, base: string, headers: Record<string, string>) {
  const started = performance.now();
  let url: string | null = first;
  let count = 0;
  let points = 0;
  let largest = 0;
  while (url !== null) {
    const timed = await timedGet(url, headers);
    if (timed.status !== 200) throw new Error(`${url} answered ${timed.status}: ${timed.body.slice(0, 500)}`);
    const page = JSON.parse(timed.body) as { series: unknown[]; next: string | null };
    count++;
    points += page.series.length;
    largest = Math.max(largest, timed.bytes);
    url = page.next === null ? null : `${base}${page.next}`;
  }
  return { ms: performance.now() - started, count, points, largest };
}

const NO_CACHE = { 'cache-control': 'no-cache' };
const kb = (bytes: number) => `${fmt(bytes / 1024)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const daysInWindow = (today: string) =>
  Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${FIRST}T00:00:00Z`)) / 86_400_000) + 1;

runBench(main);
