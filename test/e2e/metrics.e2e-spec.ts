import { customerBody } from '../factories/customer.factory.js';
import { createTestApp, TestApp } from '../support/test-app.js';
import { MetricsService } from '../../src/metrics/metrics.service.js';

/** The value of one sample line, e.g. sample(text, 'x_total{a="b"}'); undefined when absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

const FAMILIES: [string, string][] = [
  ['http_request_duration_seconds', 'histogram'],
  ['portfolio_jobs_total', 'counter'],
  ['portfolio_job_duration_seconds', 'histogram'],
  ['polygon_requests_total', 'counter'],
  ['stock_bars_upserted_total', 'counter'],
  ['db_pool_connections', 'gauge'],
  ['stock_prices_newest_bar_age_seconds', 'gauge'],
  ['process_cpu_seconds_total', 'counter'],
  ['process_resident_memory_bytes', 'gauge'],
  ['nodejs_eventloop_lag_p99_seconds', 'gauge'],
];

describe('GET /metrics (e2e, real Postgres)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('serves the Prometheus text format with every metric family', async () => {
    const res = await t.http().get('/metrics').expect(200);
    expect(res.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    for (const [name, type] of FAMILIES) expect(res.text).toContain(`# TYPE ${name} ${type}\n`);
    for (const outcome of ['ok', '429', '5xx', 'timeout', 'error']) {
      expect(sample(res.text, `polygon_requests_total{outcome="${outcome}"}`)).toBe(0);
    }
    expect(sample(res.text, 'db_pool_connections{state="total"}')).toBeGreaterThanOrEqual(1);
    expect(sample(res.text, 'db_pool_connections{state="waiting"}')).toBe(0);
  });

  it('counts requests by method, route template and status code (404s as "unmatched")', async () => {
    const created = await t.http().post('/api/v1/customers').send(customerBody()).expect(201);
    await t.http().get(`/api/v1/customers/${created.body.id}`).expect(200);
    await t.http().get(`/api/v1/customers/${created.body.id}`).expect(200);
    await t.http().get('/api/v1/customers/00000000-0000-4000-8000-000000000000').expect(404);
    await t.http().get('/no/such/route').expect(404);
    const text = (await t.http().get('/metrics').expect(200)).text;
    const series = (method: string, route: string, status: number) =>
      `http_request_duration_seconds_count{method="${method}",route="${route}",status_code="${status}"}`;
    expect(sample(text, series('GET', '/api/v1/customers/:id', 200))).toBe(2);
    expect(sample(text, series('GET', '/api/v1/customers/:id', 404))).toBe(1);
    expect(sample(text, series('POST', '/api/v1/customers', 201))).toBe(1);
    expect(sample(text, series('GET', 'unmatched', 404))).toBe(1);
    expect(text).not.toContain(created.body.id);
    expect(
      sample(
        text,
        `http_request_duration_seconds_bucket{le="+Inf",method="GET",route="/api/v1/customers/:id",status_code="200"}`,
      ),
    ).toBe(2);
  });

  it('exposes the counters other modules record through MetricsService', async () => {
    const metrics = t.app.get(MetricsService);
    metrics.jobFinished('prices.import', 'succeeded', 12.5);
    metrics.jobFinished('prices.import', 'failed', 3);
    metrics.polygonRequest('429');
    metrics.polygonRequest('ok');
    metrics.polygonRequest('ok');
    metrics.barsUpserted(250);
    const text = (await t.http().get('/metrics').expect(200)).text;
    expect(sample(text, 'portfolio_jobs_total{type="prices.import",outcome="succeeded"}')).toBe(1);
    expect(sample(text, 'portfolio_jobs_total{type="prices.import",outcome="failed"}')).toBe(1);
    expect(sample(text, 'portfolio_job_duration_seconds_sum{type="prices.import",outcome="succeeded"}')).toBe(
      12.5,
    );
    expect(sample(text, 'polygon_requests_total{outcome="429"}')).toBe(1);
    expect(sample(text, 'polygon_requests_total{outcome="ok"}')).toBe(2);
    expect(sample(text, 'stock_bars_upserted_total')).toBe(250);
  });

  it('stock_prices_newest_bar_age_seconds: absent without bars, the newest bar age with them', async () => {
    const before = (await t.http().get('/metrics').expect(200)).text;
    expect(sample(before, 'stock_prices_newest_bar_age_seconds')).toBeUndefined();
    await t
      .http()
      .post('/api/v1/stocks/MTRX/prices')
      .send([
        { date: '2020-01-02', open: 1, high: 1, low: 1, close: 1, volume: 10 },
        { date: '2019-12-31', open: 1, high: 1, low: 1, close: 1, volume: 10 },
      ])
      .expect(200);
    const text = (await t.http().get('/metrics').expect(200)).text;
    const age = sample(text, 'stock_prices_newest_bar_age_seconds')!;
    const expected = (Date.now() - Date.parse('2020-01-02T00:00:00Z')) / 1000;
    expect(Math.abs(age - expected)).toBeLessThan(60);
  });
});

describe('GET /metrics with METRICS_TOKEN (e2e)', () => {
  let t: TestApp;
  const token = 'metrics-token-0123456789';
  beforeAll(async () => {
    t = await createTestApp({ env: { METRICS_TOKEN: token, API_KEYS: 'admin:0123456789abcdef' } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('401 problem without the token or with a wrong one', async () => {
    for (const header of [undefined, 'Bearer wrong-token', `Basic ${token}`, 'Bearer 0123456789abcdef']) {
      const req = t.http().get('/metrics');
      if (header) req.set('Authorization', header);
      const res = await req.expect(401);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
      expect(res.body).toMatchObject({ status: 401, type: '/problems/unauthorized' });
    }
  });

  it('200 with Authorization: Bearer <METRICS_TOKEN>', async () => {
    const res = await t.http().get('/metrics').set('Authorization', `Bearer ${token}`).expect(200);
    expect(res.text).toContain('# TYPE http_request_duration_seconds histogram');
  });
});
