import { randomUUID } from 'node:crypto';
import type TestAgent from 'supertest/lib/agent.js';
import { createCustomer, importCloses } from '../support/api-data.js';
import { eventually } from '../support/eventually.js';
import { createTestApp, TestApp } from '../support/test-app.js';
import { CUSTOMER_FIELDS, HOLDING_FIELDS } from '../../src/reports/report-lines.js';

/**
 * The returns report over every customer: queued as chunks of REPORT_CHUNK_SIZE customers on the job
 * queue, polled, then downloaded as CSV and NDJSON; every line must say what /returns says.
 */
const clock = { now: () => new Date('2024-06-14T20:00:00Z') };
const PROBLEM = /application\/problem\+json/;
const WINDOW = { start_date: '2024-01-31', end_date: '2024-05-31' };
const CLOSES: Record<string, [string, number][]> = {
  RPA: [
    ['2024-01-31', 100],
    ['2024-02-29', 104.5],
    ['2024-03-28', 99.25],
    ['2024-04-30', 110.1],
    ['2024-05-31', 112.37],
  ],
  RPB: [
    ['2024-01-31', 50],
    ['2024-02-29', 48.2],
    ['2024-03-28', 51.75],
    ['2024-04-30', 53],
    ['2024-05-31', 49.9],
  ],
  RPX: [
    ['2024-01-31', 400],
    ['2024-03-28', 410],
    ['2024-05-31', 425.5],
  ],
  // First priced after the window starts: a customer holding it from the start has missing prices.
  RPLATE: [
    ['2024-03-28', 20],
    ['2024-05-31', 21],
  ],
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Body = Record<string, any>;

/** Polls the report until it has settled. */
function waitForReport(http: () => TestAgent, id: string): Promise<Body> {
  return eventually(
    async () => (await http().get(`/api/v1/reports/${id}`).expect(200)).body as Body,
    (report) => ['succeeded', 'failed'].includes(report.state),
    { what: `report ${id} settled` },
  );
}

/** One CSV row's cells (RFC 4180 quoting; the report's values hold no line breaks). */
function csvCells(row: string): string[] {
  return [...row.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)].map((match) =>
    match[1] !== undefined ? match[1].replaceAll('""', '"') : match[2],
  );
}

/** CSV text to records keyed by the header. */
function parseCsv(text: string): Record<string, string>[] {
  const [header, ...rows] = text.trimEnd().split('\n');
  const names = csvCells(header);
  return rows.map((row) => Object.fromEntries(csvCells(row).map((value, i) => [names[i], value])));
}

/** A CSV cell as the JSON value /returns has: empty is null, a number reads back as the same double. */
function csvValueOf(cell: string): string | number | null {
  if (cell === '') return null;
  return /^-?\d/.test(cell) && !/^\d{4}-\d{2}-\d{2}$/.test(cell) ? Number(cell) : cell;
}

// The columns the report declares; each is compared with what /returns says for the same customer.
const CUSTOMER_FIGURES: string[] = [...CUSTOMER_FIELDS];
const HOLDING_FIGURES: string[] = [...HOLDING_FIELDS];

const pick = (source: Body, fields: string[]) =>
  Object.fromEntries(fields.map((f) => [f, source[f] ?? null]));

describe('returns report over every customer (e2e, real Postgres, chunks of 2)', () => {
  let t: TestApp;
  const customers: string[] = [];
  let lateCustomer: string;
  let report: Body;

  beforeAll(async () => {
    t = await createTestApp({ clock, env: { REPORT_CHUNK_SIZE: '2' } });
    for (const [ticker, closes] of Object.entries(CLOSES)) await importCloses(t.http, ticker, closes);
    customers.push(
      await createCustomer(t.http, [
        { ticker: 'RPA', quantity: 10 },
        { ticker: 'RPB', quantity: 20 },
      ]),
      await createCustomer(t.http, [{ ticker: 'RPA', quantity: 3.5 }]),
      await createCustomer(t.http, [{ ticker: 'RPB', quantity: 100 }]),
      await createCustomer(t.http, []),
    );
    // Trades inside the window: flows, a realized gain and fees.
    const trader = await createCustomer(t.http, [{ ticker: 'RPA', quantity: 5 }]);
    await t
      .http()
      .post(`/api/v1/customers/${trader}/transactions`)
      .send({ ticker: 'RPB', type: 'BUY', quantity: 8, trade_date: '2024-02-29', fee: 1.5 })
      .expect(201);
    await t
      .http()
      .post(`/api/v1/customers/${trader}/transactions`)
      .send({ ticker: 'RPA', type: 'SELL', quantity: 2, trade_date: '2024-04-30', price: 111, fee: 1 })
      .expect(201);
    customers.push(trader);
    lateCustomer = await createCustomer(t.http, [{ ticker: 'RPLATE', quantity: 7 }]);
    customers.push(lateCustomer);
    customers.sort();

    const created = await t
      .http()
      .post('/api/v1/reports/returns')
      .send({ ...WINDOW, benchmark: 'rpx' })
      .expect(202);
    expect(created.headers.location).toBe(`/api/v1/reports/${created.body.id}`);
    expect(created.body).toMatchObject({
      type: 'returns',
      request: { ...WINDOW, benchmark: 'RPX', dividends: 'include', cost_basis: 'average' },
      progress: { customers_total: 6, parts_total: 3 },
      download: `/api/v1/reports/${created.body.id}/returns`,
    });
    expect(['queued', 'running', 'succeeded']).toContain(created.body.state);
    report = await waitForReport(t.http, created.body.id);
  });
  afterAll(async () => t.close());

  const returnsOf = async (customerId: string) =>
    (
      await t
        .http()
        .get(`/api/v1/portfolio/${customerId}/returns`)
        .query({ ...WINDOW, benchmark: 'RPX' })
    ).body as Body;

  it('reports progress: every part and customer done, the unpriced customer counted as failed', () => {
    expect(report).toMatchObject({
      state: 'succeeded',
      error: null,
      progress: {
        customers_total: 6,
        customers_done: 6,
        customers_failed: 1,
        parts_total: 3,
        parts_done: 3,
        percent: 100,
      },
    });
    expect(report.started_at).not.toBeNull();
    expect(report.finished_at).not.toBeNull();
  });

  it('ran as one queue job per chunk and stored each chunk’s lines', async () => {
    const { rows: jobs } = await t.sql.query(
      `SELECT data->>'part' AS part, state FROM pgboss.job
        WHERE name = 'reports-returns-chunk' AND data->>'reportId' = $1 ORDER BY 1`,
      [report.id],
    );
    expect(jobs).toEqual([
      { part: '0', state: 'completed' },
      { part: '1', state: 'completed' },
      { part: '2', state: 'completed' },
    ]);
    const { rows: parts } = await t.sql.query(
      `SELECT part, count(*)::int AS lines FROM report_lines WHERE report_id = $1 GROUP BY part ORDER BY part`,
      [report.id],
    );
    expect(parts).toEqual([
      { part: 0, lines: 2 },
      { part: 1, lines: 2 },
      { part: 2, lines: 2 },
    ]);
  });

  it('downloads CSV by default: a header, then one line per customer equal to /returns', async () => {
    const res = await t.http().get(`/api/v1/reports/${report.id}/returns`).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toContain(`returns-report-${report.id}.csv`);
    const rows = parseCsv(res.text);
    expect(rows.map((row) => row.customer_id)).toEqual(customers);
    for (const row of rows) {
      expect(row.line_type).toBe('customer');
      if (row.customer_id === lateCustomer) {
        expect(row.error).toMatch(/^Missing prices: No stored price for RPLATE/);
        expect(row.end_value).toBe('');
        continue;
      }
      const expected = await returnsOf(row.customer_id);
      const actual = Object.fromEntries(CUSTOMER_FIGURES.map((f) => [f, csvValueOf(row[f])]));
      expect(actual).toEqual(pick(expected, CUSTOMER_FIGURES));
      expect(row).toMatchObject({
        ...WINDOW,
        benchmark: 'RPX',
        holdings_count: String(expected.holdings.length),
        warnings: expected.warnings.map((warning: Body) => warning.code).join('|'),
        error: '',
      });
    }
  });

  it('downloads NDJSON with a line per holding, each equal to /returns', async () => {
    const res = await t
      .http()
      .get(`/api/v1/reports/${report.id}/returns?holdings=true`)
      .set('accept', 'application/x-ndjson')
      .expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const lines = res.text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Body);
    expect(lines.filter((line) => line.type === 'customer').map((line) => line.customer_id)).toEqual(
      customers,
    );
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (line.type !== 'customer') continue;
      const holdings = lines.slice(i + 1, i + 1 + line.holdings_count);
      if (line.customer_id === lateCustomer) {
        expect(line).toMatchObject({ error: expect.stringMatching(/^Missing prices/), end_value: null });
        expect(line.holdings_count).toBe(0);
        continue;
      }
      const expected = await returnsOf(line.customer_id);
      expect(pick(line, CUSTOMER_FIGURES)).toEqual(pick(expected, CUSTOMER_FIGURES));
      expect(line).toMatchObject({
        ...WINDOW,
        benchmark: 'RPX',
        error: null,
        warnings: expected.warnings.map((warning: Body) => warning.code),
      });
      expect(holdings.map((h) => [h.type, h.customer_id, h.ticker])).toEqual(
        expected.holdings.map((h: Body) => ['holding', line.customer_id, h.ticker]),
      );
      holdings.forEach((holding, k) =>
        expect(pick(holding, HOLDING_FIGURES)).toEqual(pick(expected.holdings[k], HOLDING_FIGURES)),
      );
    }
  });

  it('CSV with holdings: holding rows carry their ticker and the holding figures', async () => {
    const res = await t.http().get(`/api/v1/reports/${report.id}/returns?holdings=true`).expect(200);
    const rows = parseCsv(res.text);
    for (const customerId of customers.filter((id) => id !== lateCustomer)) {
      const expected = await returnsOf(customerId);
      const holdingRows = rows.filter((row) => row.line_type === 'holding' && row.customer_id === customerId);
      expect(holdingRows.map((row) => row.ticker)).toEqual(expected.holdings.map((h: Body) => h.ticker));
      holdingRows.forEach((row, k) =>
        expect(Object.fromEntries(HOLDING_FIGURES.map((f) => [f, csvValueOf(row[f])]))).toEqual(
          pick(expected.holdings[k], HOLDING_FIGURES),
        ),
      );
    }
    expect(rows.filter((row) => row.line_type === 'holding')).toHaveLength(6);
  });

  it('answers 406 for an Accept it cannot send', async () => {
    const res = await t
      .http()
      .get(`/api/v1/reports/${report.id}/returns`)
      .set('accept', 'application/xml')
      .expect(406);
    expect(res.headers['content-type']).toMatch(PROBLEM);
  });

  it('answers 409 while the report is not finished', async () => {
    const id = randomUUID();
    await t.sql.query(
      `INSERT INTO reports (id, type, state, request, customers_total, parts_total)
       VALUES ($1, 'returns', 'running', $2, 10, 5)`,
      [id, { ...WINDOW, benchmark: null, dividends: 'include', cost_basis: 'average' }],
    );
    const res = await t.http().get(`/api/v1/reports/${id}/returns`).expect(409);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body).toMatchObject({ status: 409, state: 'running' });
    expect(res.body.detail).toContain('is running');
    const progress = await t.http().get(`/api/v1/reports/${id}`).expect(200);
    expect(progress.body).toMatchObject({ state: 'running', progress: { customers_done: 0, percent: 0 } });
  });

  it('answers 404 for an unknown report and 400 for an id that is not a UUID', async () => {
    const unknown = randomUUID();
    for (const path of [`/api/v1/reports/${unknown}`, `/api/v1/reports/${unknown}/returns`]) {
      const res = await t.http().get(path).expect(404);
      expect(res.headers['content-type']).toMatch(PROBLEM);
    }
    await t.http().get('/api/v1/reports/not-a-uuid').expect(400);
  });

  it.each([
    [{ end_date: '2024-05-31' }, 'start_date'],
    [{ start_date: '2024-02-30', end_date: '2024-05-31' }, 'start_date'],
    [{ start_date: '2024-05-31', end_date: '2024-01-31' }, 'start_date'],
    [{ start_date: '2024-01-31', end_date: '2024-06-30' }, 'end_date'],
    [{ ...WINDOW, benchmark: '1BAD' }, 'benchmark'],
    [{ ...WINDOW, dividends: 'maybe' }, 'dividends'],
  ])('rejects %j with a 400 naming %s', async (body, field) => {
    const res = await t.http().post('/api/v1/reports/returns').send(body).expect(400);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body.errors.map((error: Body) => error.field)).toContain(field);
  });

  it('rejects holdings=maybe with a 400', async () => {
    const res = await t.http().get(`/api/v1/reports/${report.id}/returns?holdings=maybe`).expect(400);
    expect(res.body.errors.map((error: Body) => error.field)).toContain('holdings');
  });
});

describe('returns report with API keys (e2e)', () => {
  const ADMIN = 'admin-key-0123456789abcdef';
  const READ = 'read-key-0123456789abcdef';
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      clock,
      env: { API_KEYS: `admin:${ADMIN},read:${READ}`, RATE_LIMIT_PER_MINUTE: '0' },
    });
  });
  afterAll(async () => t.close());

  it('needs the admin scope to request one; a read key may poll and download it', async () => {
    const post = () => t.http().post('/api/v1/reports/returns').send(WINDOW);
    await post().expect(401);
    await post().set('authorization', `Bearer ${READ}`).expect(403);
    const created = await post().set('authorization', `Bearer ${ADMIN}`).expect(202);
    // No customers: settled at once, an empty download.
    const polled = await t
      .http()
      .get(`/api/v1/reports/${created.body.id}`)
      .set('authorization', `Bearer ${READ}`)
      .expect(200);
    expect(polled.body).toMatchObject({ state: 'succeeded', progress: { customers_total: 0, percent: 100 } });
    const lines = await t
      .http()
      .get(`/api/v1/reports/${created.body.id}/returns`)
      .set('authorization', `Bearer ${READ}`)
      .set('accept', 'application/x-ndjson')
      .expect(200);
    expect(lines.text).toBe('');
  });
});

describe('returns reports requested at once (e2e, a pool of two connections)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      clock,
      env: { DATABASE_POOL_SIZE: '2', DATABASE_CONNECT_TIMEOUT_SECONDS: '2', RATE_LIMIT_PER_MINUTE: '0' },
    });
    await createCustomer(t.http, [{ ticker: 'RPA', quantity: 1 }]);
  });
  afterAll(async () => t.close());

  // Each creation held a pooled connection for its transaction and took a second one to page through
  // the customers: as many requests as connections waited for each other until the connect timeout (503).
  it('each is queued at once: the customer pages are read in the creating transaction', async () => {
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => t.http().post('/api/v1/reports/returns').send(WINDOW)),
    );
    expect(answers.map((res) => res.status)).toEqual([202, 202, 202, 202]);
    expect(answers.map((res) => res.body.progress.customers_total)).toEqual([1, 1, 1, 1]);
  });
});
