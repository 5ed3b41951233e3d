import type { PolygonFakeServer } from '../fakes/polygon-fake-server.js';
import { customerBody } from '../factories/customer.factory.js';
import { AppWithFakePolygon, createAppWithFakePolygon } from '../support/app-with-fake-polygon.js';
import type { TestApp } from '../support/test-app.js';
import { waitForJob } from '../support/wait-for-job.js';

/** After the close on 2024-12-31 (New York), so that day's bar is final. */
const clock = { now: () => new Date('2024-12-31T23:00:00Z') };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Compatibility: every route of the original service, called as its web client calls it (trailing
 * slashes, lower-case tickers, no body), answers the original's fields next to the new ones.
 */
describe('compatibility with the original service and its web client (e2e)', () => {
  let setup: AppWithFakePolygon | undefined;
  let fake: PolygonFakeServer;
  let t: TestApp;

  beforeAll(async () => {
    setup = await createAppWithFakePolygon({ clock, env: { BENCHMARK_TICKERS: 'SPY' } });
    ({ fake, t } = setup);
  });
  afterAll(async () => setup?.close());

  const createCustomer = async (stocks: { ticker: string; quantity: number | string }[]) =>
    (await t.http().post('/api/v1/customers/').send(customerBody({ stocks })).expect(201)).body;

  it('POST /api/v1/customers/ with holdings answers the original customer fields', async () => {
    const body = customerBody({
      stocks: [
        { ticker: 'aapl', quantity: 10 },
        { ticker: 'MSFT', quantity: '5' },
      ],
    });
    const res = await t.http().post('/api/v1/customers/').send(body).expect(201);
    expect(res.body).toEqual({
      id: expect.stringMatching(UUID),
      name: body.name,
      address: body.address,
      email: body.email,
      portfolio_id: expect.stringMatching(UUID),
      created_at: expect.any(String),
      updated_at: expect.any(String),
      portfolio_stocks: [
        expect.objectContaining({ stock_ticker: 'AAPL', quantity: 10 }),
        expect.objectContaining({ stock_ticker: 'MSFT', quantity: 5 }),
      ],
    });
  });

  it('GET /api/v1/customers/ lists customers with skip and limit; GET /api/v1/customers/{id} reads one', async () => {
    const created = await createCustomer([{ ticker: 'AAPL', quantity: 1 }]);
    const list = await t.http().get('/api/v1/customers/?skip=0&limit=1000').expect(200);
    expect(Array.isArray(list.body)).toBe(true);
    expect(list.body).toContainEqual(expect.objectContaining({ id: created.id, name: created.name }));
    expect(Number(list.headers['x-total-count'])).toBeGreaterThanOrEqual(1);
    const one = await t.http().get(`/api/v1/customers/${created.id}`).expect(200);
    expect(one.body).toMatchObject({
      id: created.id,
      name: created.name,
      address: created.address,
      portfolio_stocks: [{ stock_ticker: 'AAPL', quantity: 1 }],
    });
  });

  it('PUT /api/v1/customers/{id} updates fields and replaces holdings; DELETE removes the customer', async () => {
    const created = await createCustomer([{ ticker: 'AAPL', quantity: 1 }]);
    const updated = await t
      .http()
      .put(`/api/v1/customers/${created.id}`)
      .send({ address: 'New', stocks: [{ ticker: 'nvda', quantity: 2 }] })
      .expect(200);
    expect(updated.body).toMatchObject({
      id: created.id,
      name: created.name,
      address: 'New',
      portfolio_stocks: [{ stock_ticker: 'NVDA', quantity: 2 }],
    });
    await t.http().delete(`/api/v1/customers/${created.id}`).expect(204);
    await t.http().get(`/api/v1/customers/${created.id}`).expect(404);
  });

  it('POST /api/v1/stocks/populate/{ticker} answers the original ticker, message and status next to the job', async () => {
    const res = await t
      .http()
      .post('/api/v1/stocks/populate/aapl')
      .send({ start_date: '2024-01-02', end_date: '2024-01-31' })
      .expect(202);
    // The original web client shows `Stock ${ticker} populated successfully!`.
    expect(res.body.ticker).toBe('AAPL');
    expect(res.body.message).toMatch(
      new RegExp(`^Population of 1 ticker \\(AAPL\\) .* as job ${res.body.id}$`),
    );
    expect(res.body.status).toEqual(expect.stringMatching(/^(accepted|processing)$/));
    expect(res.body).toMatchObject({
      id: expect.stringMatching(UUID),
      type: 'populate_ticker',
      state: expect.stringMatching(/^(queued|running)$/),
      progress: { tickers_total: 1 },
      tickers: [expect.objectContaining({ ticker: 'AAPL' })],
    });
    expect(res.headers.location).toBe(`/api/v1/jobs/${res.body.id}`);
    const job = await waitForJob(t.http, res.body.id);
    expect(job.state).toBe('succeeded');
  });

  it('POST /api/v1/stocks/populate/{ticker} without a body, as the web client sends it, also answers them', async () => {
    fake.inject({ type: 'delay', ms: 1000 }, { path: '/v2/aggs/ticker/IBM/', times: 2 });
    const res = await t.http().post('/api/v1/stocks/populate/ibm').expect(202);
    expect(res.body).toMatchObject({ ticker: 'IBM', status: expect.any(String), type: 'populate_ticker' });
    expect(res.body.message).toContain(res.body.id);
    await waitForJob(t.http, res.body.id);
  });

  it('POST /api/v1/stocks/populate-fortune500 answers the original message and status next to the job', async () => {
    fake.inject({ type: 'delay', ms: 1000 }, { path: '/v2/aggs/', times: 2 });
    const res = await t.http().post('/api/v1/stocks/populate-fortune500').expect(202);
    expect(res.body.message).toBe(`Population of 54 tickers queued as job ${res.body.id}`);
    expect(res.body.status).toBe('accepted');
    expect(res.body.ticker).toBeUndefined();
    expect(res.body).toMatchObject({
      type: 'populate_fortune500',
      state: 'queued',
      progress: { tickers_total: 54 },
    });
    expect(res.headers.location).toBe(`/api/v1/jobs/${res.body.id}`);
    await t.http().delete(`/api/v1/jobs/${res.body.id}`).expect(200);
  });

  it('GET /api/v1/portfolio/{customer_id}/returns answers the original total and per-holding fields', async () => {
    const populate = await t
      .http()
      .post('/api/v1/stocks/populate')
      .send({ tickers: ['MSFT', 'NVDA'], start_date: '2024-01-02', end_date: '2024-01-31' })
      .expect(202);
    expect((await waitForJob(t.http, populate.body.id)).state).toBe('succeeded');
    const customer = await createCustomer([
      { ticker: 'MSFT', quantity: 10 },
      { ticker: 'NVDA', quantity: 4 },
    ]);
    const res = await t
      .http()
      .get(`/api/v1/portfolio/${customer.id}/returns?start_date=2024-01-02&end_date=2024-01-31`)
      .expect(200);
    expect(res.body).toMatchObject({
      total_return: expect.any(Number),
      return_percentage: expect.any(Number),
    });
    const holdings = res.body.holdings as Record<string, number | string>[];
    expect(holdings.map((holding) => holding.ticker)).toEqual(['MSFT', 'NVDA']);
    for (const holding of holdings) {
      expect(holding).toMatchObject({
        quantity: expect.any(Number),
        start_price: expect.any(Number),
        end_price: expect.any(Number),
        start_value: expect.any(Number),
        end_value: expect.any(Number),
        return: expect.any(Number),
        return_percentage: expect.any(Number),
      });
      // The original's arithmetic, with no trades in the window.
      expect(holding.start_value).toBeCloseTo(Number(holding.quantity) * Number(holding.start_price), 6);
      expect(holding.end_value).toBeCloseTo(Number(holding.quantity) * Number(holding.end_price), 6);
      expect(holding.return).toBeCloseTo(Number(holding.end_value) - Number(holding.start_value), 6);
    }
    const msft = fake.market.bars('MSFT', '2024-01-02', '2024-01-31', true);
    expect(holdings[0].start_price).toBeCloseTo(msft[0].c, 6);
    expect(holdings[0].end_price).toBeCloseTo(msft[msft.length - 1].c, 6);
    const total = holdings.reduce((sum, holding) => sum + Number(holding.return), 0);
    expect(res.body.total_return).toBeCloseTo(total, 6);
  });
});
