import { JOB_OUTCOMES } from '../../src/population/job-metrics.js';
import { PRICE_JOB_TYPES } from '../../src/population/price-job-types.js';
import { createTestApp, TestApp } from '../support/test-app.js';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The samples of a Prometheus text exposition (label values here contain no escaped quotes). */
function parseSamples(text: string): Sample[] {
  return text
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!match) throw new Error(`unparsable sample line: ${line}`);
      const labels = Object.fromEntries(
        [...(match[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="([^"]*)"/g)].map((m) => [m[1], m[2]]),
      );
      return { name: match[1], labels, value: Number(match[3]) };
    });
}

function find(samples: Sample[], name: string, labels: Record<string, string>): Sample | undefined {
  return samples.find(
    (s) =>
      s.name === name &&
      Object.keys(s.labels).length === Object.keys(labels).length &&
      Object.entries(labels).every(([k, v]) => s.labels[k] === v),
  );
}

/**
 * The alerts (ops/prometheus/alerts.yml) use rate()/increase(), which cannot see a counter's first
 * event when its series is born at 1. So the series they read must exist at 0 before anything happens.
 */
describe('GET /metrics right after start-up (e2e, real Postgres)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('already carries every zero-valued series the alerts and panels read', async () => {
    // The very first request of this application: nothing has happened yet.
    const samples = parseSamples((await t.http().get('/metrics').expect(200)).text);

    for (const type of PRICE_JOB_TYPES) {
      for (const outcome of JOB_OUTCOMES) {
        expect({
          type,
          outcome,
          value: find(samples, 'portfolio_jobs_total', { type, outcome })?.value,
        }).toEqual({ type, outcome, value: 0 });
      }
    }
    for (const outcome of ['ok', '429', '5xx', 'timeout', 'error']) {
      expect(find(samples, 'polygon_requests_total', { outcome })?.value).toBe(0);
    }

    // One 5xx series per route template and method of the router, all at 0, and nothing else yet.
    const responses = samples.filter((s) => s.name === 'http_responses_total');
    expect(responses.length).toBeGreaterThanOrEqual(10);
    for (const s of responses) expect(s).toMatchObject({ labels: { status_class: '5xx' }, value: 0 });
    for (const [method, route] of [
      ['GET', '/api/v1/customers/:id'],
      ['POST', '/api/v1/customers'],
      ['DELETE', '/api/v1/customers/:id'],
      ['POST', '/api/v1/stocks/populate'],
      ['GET', '/api/v1/portfolio/:customer_id/returns'],
      ['GET', '/health/ready'],
    ]) {
      expect({
        method,
        route,
        value: find(responses, 'http_responses_total', { method, route, status_class: '5xx' })?.value,
      }).toEqual({ method, route, value: 0 });
    }
    expect(responses.some((s) => s.labels.method === 'HEAD' || s.labels.method === 'OPTIONS')).toBe(false);
  });

  it('counts responses into the pre-created route labels (same route template as at start-up)', async () => {
    await t.http().get('/api/v1/customers/00000000-0000-4000-8000-000000000000').expect(404);
    await t.http().get('/no/such/route').expect(404);
    const samples = parseSamples((await t.http().get('/metrics').expect(200)).text);
    const route = '/api/v1/customers/:id';
    expect(find(samples, 'http_responses_total', { method: 'GET', route, status_class: '4xx' })?.value).toBe(
      1,
    );
    expect(find(samples, 'http_responses_total', { method: 'GET', route, status_class: '5xx' })?.value).toBe(
      0,
    );
    expect(
      find(samples, 'http_responses_total', { method: 'GET', route: 'unmatched', status_class: '4xx' })
        ?.value,
    ).toBe(1);
  });
});
