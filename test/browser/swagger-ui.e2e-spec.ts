import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import type { PolygonFakeServer } from '../fakes/polygon-fake-server.js';
import { customerBody } from '../factories/customer.factory.js';
import { optionalDescribe } from '../support/optional-suite.js';
import { AppWithFakePolygon, createAppWithFakePolygon } from '../support/app-with-fake-polygon.js';
import type { TestApp } from '../support/test-app.js';
import { eventually } from '../support/eventually.js';
import { waitForJob } from '../support/wait-for-job.js';

/** Debian's chromium (`apt-get install -y chromium`), or the browser CHROMIUM_PATH names (GitHub's runners: Chrome). */
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const ADMIN_KEY = 'admin-key-0123456789abcdef';
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
/** After the close on 2024-12-31 (New York): every example date of the document is in the past. */
const clock = { now: () => new Date('2024-12-31T23:00:00Z') };

// Skipped (named in the run's last line) without Chromium; under CI=true its absence fails the run.
const describeWithChromium = optionalDescribe({
  suite: 'Swagger UI browser test',
  present: existsSync(CHROMIUM),
  missing: `${CHROMIUM} not found (apt-get install -y chromium)`,
});

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  example?: unknown;
  schema?: { example?: unknown; default?: unknown; enum?: unknown[] };
}
interface Operation {
  method: (typeof METHODS)[number];
  path: string;
  operationId: string;
  tags?: string[];
  parameters?: Parameter[];
  requestBody?: { required?: boolean };
  responses: Record<string, unknown>;
}

/**
 * The document's operations in the order a person would try them: every DELETE last, the deepest path
 * first and the customer itself at the very end (its DELETE takes its trades and keys with it).
 */
function operationsOf(document: { paths: Record<string, Record<string, Operation>> }): Operation[] {
  const all = Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({ ...item[method], method, path })),
  );
  const depth = (operation: Operation) =>
    operation.path.split('/').length - (operation.path === '/api/v1/customers/{id}' ? 100 : 0);
  return [
    ...all.filter((operation) => operation.method !== 'delete'),
    ...all.filter((operation) => operation.method === 'delete').sort((a, b) => depth(b) - depth(a)),
  ];
}

/** The status a successful call documents: its lowest 2xx. */
const successStatus = (operation: Operation) =>
  Object.keys(operation.responses)
    .filter((status) => /^2\d\d$/.test(status))
    .sort()[0];

describeWithChromium('Swagger UI in a real browser (headless Chromium)', () => {
  let setup: AppWithFakePolygon | undefined;
  let fake: PolygonFakeServer;
  let t: TestApp;
  let baseUrl: string;
  let profile: string;
  let context: BrowserContext | undefined;
  const admin = () => ({ Authorization: `Bearer ${ADMIN_KEY}` });

  beforeAll(async () => {
    setup = await createAppWithFakePolygon({
      clock,
      env: { API_KEYS: `admin:${ADMIN_KEY}`, RATE_LIMIT_PER_MINUTE: '0', BENCHMARK_TICKERS: 'SPY' },
    });
    ({ fake, t } = setup);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.app.getHttpServer().address();
    baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    profile = mkdtempSync(join(tmpdir(), 'swagger-ui-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
    });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    await setup?.close();
  });

  /** Opens /docs, failing on any page or console error the page reports. */
  async function openDocs(problems: string[]): Promise<Page> {
    const page = await context!.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    const response = await page.goto(`${baseUrl}/docs`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.locator('.information-container .title').filter({ hasText: 'portfolio-returns' }).waitFor();
    return page;
  }

  /** Expands the operation, presses "Try it out" and returns its block. */
  async function tryItOut(page: Page, operation: Operation): Promise<Locator> {
    const block = page.locator(`#operations-${operation.tags?.[0] ?? 'default'}-${operation.operationId}`);
    await block.locator('.opblock-summary').first().click();
    await block.locator('button.try-out__btn').click();
    return block;
  }

  /** Presses Execute and returns the status code and body Swagger UI renders. */
  async function execute(block: Locator, what: string): Promise<{ status: string; body: string }> {
    await block.locator('button.execute').click();
    const status = block.locator('.live-responses-table .response .response-col_status').first();
    try {
      await status.waitFor({ timeout: 15_000 });
    } catch {
      const invalid = await block.locator('.invalid, .validation-errors').allInnerTexts();
      throw new Error(
        `${what}: Swagger UI rendered no response (invalid inputs: ${JSON.stringify(invalid)})`,
      );
    }
    const body = block.locator('.live-responses-table .response-col_description pre').first();
    return {
      status: (await status.innerText()).trim(),
      body: (await body.count()) > 0 ? await body.innerText() : '',
    };
  }

  it('renders /docs under the CSP and executes "Try it out" on GET /', async () => {
    const problems: string[] = [];
    const page = await openDocs(problems);
    const block = await tryItOut(page, {
      operationId: 'rootInfo',
      tags: ['service'],
    } as Operation);
    const { status, body } = await execute(block, 'GET /');
    expect(status).toBe('200');
    expect(JSON.parse(body)).toMatchObject({ name: 'portfolio-returns', status: 'running' });
    // The protected routes show the lock of the bearer scheme.
    await expect(
      page.locator('#operations-customers-customersList .authorization__btn').count(),
    ).resolves.toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('"Try it out" succeeds on every operation of the document, authorised with an admin key', async () => {
    // What the routes need: prices for the example window, a customer with holdings, a trade, a key, a job.
    const loaded = await t
      .http()
      .post('/api/v1/stocks/populate')
      .set(admin())
      .send({ tickers: ['AAPL', 'MSFT', 'SPY'], start_date: '2023-12-01', end_date: '2024-03-28' })
      .expect(202);
    expect(
      (await waitForJob(() => request.agent(t.app.getHttpServer()).set(admin()), loaded.body.id)).state,
    ).toBe('succeeded');
    const customer = await t
      .http()
      .post('/api/v1/customers')
      .set(admin())
      .send(
        customerBody({
          stocks: [
            { ticker: 'AAPL', quantity: 10 },
            { ticker: 'MSFT', quantity: 5 },
          ],
        }),
      )
      .expect(201);
    const trade = await t
      .http()
      .post(`/api/v1/customers/${customer.body.id}/transactions`)
      .set(admin())
      .send({ ticker: 'AAPL', type: 'BUY', quantity: 2, trade_date: '2024-01-10', price: 185 })
      .expect(201);
    const key = await t
      .http()
      .post(`/api/v1/customers/${customer.body.id}/api-keys`)
      .set(admin())
      .send({ name: 'walk' })
      .expect(201);
    // A finished returns report, so that its progress and its download answer 200.
    const report = await t
      .http()
      .post('/api/v1/reports/returns')
      .set(admin())
      .send({ start_date: '2024-01-02', end_date: '2024-03-28' })
      .expect(202);
    await eventually(
      async () => (await t.http().get(`/api/v1/reports/${report.body.id}`).set(admin()).expect(200)).body,
      (body) => body.state === 'succeeded',
      { what: 'the returns report succeeded' },
    );
    let runningJobId = '';
    const ids: Record<string, () => string> = {
      customer_id: () => customer.body.id,
      transaction_id: () => trade.body.id,
      key_id: () => key.body.id,
    };
    const pathValue = (operation: Operation, parameter: Parameter): unknown => {
      if (parameter.name === 'id' && operation.operationId === 'jobsCancel') return runningJobId;
      if (parameter.name === 'id' && operation.path.startsWith('/api/v1/jobs')) return loaded.body.id;
      if (parameter.name === 'id' && operation.path.startsWith('/api/v1/reports')) return report.body.id;
      if (parameter.name === 'id') return customer.body.id;
      return ids[parameter.name]?.() ?? parameter.example ?? parameter.schema?.example;
    };

    const document = (await t.http().get('/openapi.json').expect(200)).body;
    const operations = operationsOf(document);
    const problems: string[] = [];
    const page = await openDocs(problems);

    // Authorise as a person does: the Authorize button, the bearer key, Authorize, Close.
    await page.locator('.scheme-container button.authorize').click();
    const modal = page.locator('.dialog-ux .modal-ux');
    await modal.locator('input').first().fill(ADMIN_KEY);
    await modal.locator('.auth-btn-wrapper button.authorize').click();
    await modal.locator('.auth-btn-wrapper button.btn-done').click();

    const walked: string[] = [];
    for (const operation of operations) {
      const what = `${operation.method.toUpperCase()} ${operation.path} (${operation.operationId})`;
      if (operation.operationId === 'jobsCancel') {
        // A job still running when its DELETE is tried: the fake holds its one request back.
        fake.inject({ type: 'delay', ms: 30_000 }, { path: '/v2/aggs/ticker/SLOW/' });
        const slow = await t
          .http()
          .post('/api/v1/stocks/populate')
          .set(admin())
          .send({ tickers: ['SLOW'], start_date: '2024-01-02', end_date: '2024-01-31' })
          .expect(202);
        runningJobId = slow.body.id;
      }
      const block = await tryItOut(page, operation);
      for (const parameter of operation.parameters ?? []) {
        const value =
          parameter.in === 'path'
            ? pathValue(operation, parameter)
            : (parameter.example ?? parameter.schema?.example ?? parameter.schema?.default);
        if (value === undefined) {
          if (parameter.required)
            throw new Error(`${what}: no example for required ${parameter.in} "${parameter.name}"`);
          continue;
        }
        const row = block.locator(`tr[data-param-name="${parameter.name}"][data-param-in="${parameter.in}"]`);
        if (parameter.schema?.enum) await row.locator('select').selectOption(String(value));
        else await row.locator('input').fill(String(value));
      }
      if (operation.requestBody?.required) {
        // Swagger UI fills the body from the document's examples; a person sends it as shown.
        const body = block.locator('textarea.body-param__text');
        await expect(body.inputValue()).resolves.not.toBe('');
      }
      const { status, body } = await execute(block, what);
      expect([what, status, status === successStatus(operation) ? '' : body]).toEqual([
        what,
        successStatus(operation),
        '',
      ]);
      walked.push(operation.operationId);
      await block.locator('.opblock-summary').first().click(); // collapse: keeps the page small
    }

    expect(walked).toHaveLength(operations.length);
    expect(walked).toEqual(expect.arrayContaining(['customersList', 'jobsList', 'returnsReturnsFor']));
    expect(problems).toEqual([]);
    await page.close();
    // About a minute on an idle 2-core machine; the bound leaves room for a loaded one.
  }, 300_000);
});
