import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { optionalDescribe } from '../support/optional-suite.js';
import { createTestApp, TestApp } from '../support/test-app.js';

/** Debian's chromium (`apt-get install -y chromium`). */
const CHROMIUM = '/usr/bin/chromium';
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

// Skipped (named in the run's last line) without Chromium; under CI=true its absence fails the run.
const describeWithChromium = optionalDescribe({
  suite: 'Swagger UI browser test',
  present: existsSync(CHROMIUM),
  missing: `${CHROMIUM} not found (apt-get install -y chromium)`,
});

describeWithChromium('Swagger UI in a real browser (headless Chromium)', () => {
  let t: TestApp;
  let baseUrl: string;
  let profile: string;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    t = await createTestApp({ env: { API_KEYS: 'admin:admin-key-0123456789abcdef' } });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.app.getHttpServer().address();
    baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    profile = mkdtempSync(join(tmpdir(), 'swagger-ui-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
    });
  });

  afterAll(async () => {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
    await t?.close();
  });

  it('renders /docs under the CSP and executes "Try it out" on GET /', async () => {
    const page = await context!.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });

    const response = await page.goto(`${baseUrl}/docs`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.locator('.information-container .title').filter({ hasText: 'portfolio-returns' }).waitFor();

    const operation = page.locator('#operations-service-rootInfo');
    await operation.locator('.opblock-summary').click();
    await operation.locator('button.try-out__btn').click();
    await operation.locator('button.execute').click();

    const status = operation.locator('.live-responses-table .response .response-col_status').first();
    await status.waitFor();
    expect((await status.innerText()).trim()).toBe('200');
    const body = await operation
      .locator('.live-responses-table .response-col_description pre')
      .first()
      .innerText();
    expect(JSON.parse(body)).toMatchObject({ name: 'portfolio-returns', status: 'running' });
    // The protected routes show the lock of the bearer scheme.
    await expect(
      page.locator('#operations-customers-customersList .authorization__btn').count(),
    ).resolves.toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });
});
