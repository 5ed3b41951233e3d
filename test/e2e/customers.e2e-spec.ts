import { customerBody } from '../factories/customer.factory.js';
import { createTestApp, TestApp } from '../support/test-app.js';

const PROBLEM = /application\/problem\+json/;
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('customers API (e2e, real Postgres)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('GET / describes the service', async () => {
    const res = await t.http().get('/').expect(200);
    expect(res.body).toEqual({
      name: 'portfolio-returns',
      version: expect.any(String),
      status: 'running',
      environment: 'test',
    });
  });

  it('create → read → update → list → delete round trip', async () => {
    const created = await t
      .http()
      .post('/api/v1/customers/')
      .send(
        customerBody({
          name: 'Ada',
          stocks: [
            { ticker: 'aapl', quantity: 10 },
            { ticker: 'BRK.B', quantity: '2.5' },
          ],
        }),
      )
      .expect(201);
    expect(created.body).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: 'Ada',
      portfolio_stocks: [
        {
          stock_ticker: 'AAPL',
          quantity: 10,
          created_at: expect.any(String),
          updated_at: expect.any(String),
        },
        {
          stock_ticker: 'BRK.B',
          quantity: 2.5,
          created_at: expect.any(String),
          updated_at: expect.any(String),
        },
      ],
    });
    const id = created.body.id as string;

    const read = await t.http().get(`/api/v1/customers/${id}`).expect(200);
    expect(read.body).toEqual(created.body);

    const updated = await t
      .http()
      .put(`/api/v1/customers/${id}/`)
      .send({ address: 'New address', stocks: [{ ticker: 'MSFT', quantity: '0.00000001' }] })
      .expect(200);
    expect(updated.body).toMatchObject({ name: 'Ada', address: 'New address' });
    expect(updated.body.portfolio_stocks).toEqual([
      expect.objectContaining({ stock_ticker: 'MSFT', quantity: 1e-8 }),
    ]);

    const list = await t.http().get('/api/v1/customers').query({ skip: 0, limit: 1000 }).expect(200);
    expect(Number(list.headers['x-total-count'])).toBeGreaterThanOrEqual(1);
    expect(list.body.map((c: { id: string }) => c.id)).toContain(id);

    await t.http().delete(`/api/v1/customers/${id}`).expect(204);
    await t.http().get(`/api/v1/customers/${id}`).expect(404).expect('content-type', PROBLEM);
    const rows = await t.sql.query('SELECT count(*)::int AS n FROM portfolios WHERE customer_id = $1', [id]);
    expect(rows.rows[0].n).toBe(0);
  });

  it('a PUT without stocks keeps the opening holdings; with stocks: [] clears them', async () => {
    const { body } = await t
      .http()
      .post('/api/v1/customers')
      .send(customerBody({ stocks: [{ ticker: 'AAPL', quantity: 1 }] }))
      .expect(201);
    const renamed = await t.http().put(`/api/v1/customers/${body.id}`).send({ name: 'Renamed' }).expect(200);
    expect(renamed.body.portfolio_stocks).toHaveLength(1);
    const cleared = await t.http().put(`/api/v1/customers/${body.id}`).send({ stocks: [] }).expect(200);
    expect(cleared.body.portfolio_stocks).toEqual([]);
  });

  it('lists in created_at, id order with skip/limit paging and X-Total-Count', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push((await t.http().post('/api/v1/customers').send(customerBody()).expect(201)).body.id);
    }
    const all = await t.http().get('/api/v1/customers/?limit=1000').expect(200);
    const order = all.body.map((c: { id: string }) => c.id);
    expect(order.filter((id: string) => ids.includes(id))).toEqual(ids);
    const total = Number(all.headers['x-total-count']);
    const page = await t
      .http()
      .get(`/api/v1/customers?skip=${total - 2}&limit=1`)
      .expect(200);
    expect(page.body).toHaveLength(1);
    expect(page.body[0].id).toBe(order[total - 2]);
  });

  it('guards the original defect "FK failure on unknown ticker": holdings for never-loaded tickers work', async () => {
    await t
      .http()
      .post('/api/v1/customers')
      .send(customerBody({ stocks: [{ ticker: 'NEVERLOADED', quantity: 1 }] }))
      .expect(400); // 11 characters: invalid ticker
    const res = await t
      .http()
      .post('/api/v1/customers')
      .send(customerBody({ stocks: [{ ticker: 'ZZNEW1', quantity: 1 }] }))
      .expect(201);
    expect(res.body.portfolio_stocks[0].stock_ticker).toBe('ZZNEW1');
    const stock = await t.sql.query('SELECT ticker FROM stocks WHERE ticker = $1', ['ZZNEW1']);
    expect(stock.rowCount).toBe(1);
  });

  describe('bad input never costs a 5xx', () => {
    const cases: [string, string, Record<string, unknown>][] = [
      [
        'guards the original defect "zero quantity accepted"',
        'stocks[0].quantity',
        { stocks: [{ ticker: 'AAPL', quantity: 0 }] },
      ],
      [
        'guards the original defect "negative quantity accepted"',
        'stocks[0].quantity',
        { stocks: [{ ticker: 'AAPL', quantity: -5 }] },
      ],
      [
        'rejects more than 8 decimals',
        'stocks[0].quantity',
        { stocks: [{ ticker: 'AAPL', quantity: '1.123456789' }] },
      ],
      [
        'rejects a non-numeric quantity string',
        'stocks[0].quantity',
        { stocks: [{ ticker: 'AAPL', quantity: '12abc' }] },
      ],
      [
        'guards the original defect "unvalidated holdings": bad ticker',
        'stocks[0].ticker',
        { stocks: [{ ticker: '1ABC', quantity: 1 }] },
      ],
      [
        'guards the original defect "unvalidated holdings": missing quantity',
        'stocks[0].quantity',
        { stocks: [{ ticker: 'AAPL' }] },
      ],
      [
        'guards the original defect "duplicate tickers crashing"',
        'stocks',
        {
          stocks: [
            { ticker: 'aapl', quantity: 1 },
            { ticker: 'AAPL', quantity: 2 },
          ],
        },
      ],
      ['rejects unknown fields', 'nickname', { nickname: 'x' }],
      [
        'rejects unknown fields inside holdings',
        'stocks[0].price',
        { stocks: [{ ticker: 'AAPL', quantity: 1, price: 3 }] },
      ],
      ['rejects an empty name', 'name', { name: '' }],
      ['rejects a name over 255 characters', 'name', { name: 'x'.repeat(256) }],
      ['rejects an address over 500 characters', 'address', { address: 'x'.repeat(501) }],
      ['rejects an invalid email', 'email', { email: 'not-an-email' }],
      ['rejects stocks that is not an array', 'stocks', { stocks: 'AAPL' }],
    ];
    it.each(cases)('%s → 400 naming %s', async (_title, field, patch) => {
      const res = await t.http().post('/api/v1/customers').send(customerBody(patch)).expect(400);
      expect(res.headers['content-type']).toMatch(PROBLEM);
      expect(res.body).toMatchObject({
        type: expect.any(String),
        title: expect.any(String),
        status: 400,
        detail: expect.any(String),
      });
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    });

    it('rejects a missing name and address, naming both', async () => {
      const res = await t.http().post('/api/v1/customers').send({}).expect(400);
      const fields = res.body.errors.map((e: { field: string }) => e.field);
      expect(fields).toEqual(expect.arrayContaining(['name', 'address']));
    });

    it('malformed JSON → 400 problem', async () => {
      const res = await t
        .http()
        .post('/api/v1/customers')
        .set('content-type', 'application/json')
        .send('{"name": "x",')
        .expect(400);
      expect(res.headers['content-type']).toMatch(PROBLEM);
      expect(res.body.detail).toMatch(/JSON/);
    });

    it('a body over 1 MiB → 413 problem', async () => {
      const res = await t
        .http()
        .post('/api/v1/customers')
        .send(customerBody({ address: 'x'.repeat(1024 * 1024 + 10) }))
        .expect(413);
      expect(res.headers['content-type']).toMatch(PROBLEM);
    });

    it('a malformed UUID → 400 naming the parameter, on every route', async () => {
      for (const [method, path] of [
        ['get', '/api/v1/customers/not-a-uuid'],
        ['put', '/api/v1/customers/not-a-uuid'],
        ['delete', '/api/v1/customers/not-a-uuid'],
      ] as const) {
        const res = await t.http()[method](path).send({}).expect(400);
        expect(res.body.errors).toEqual([{ field: 'id', message: 'id must be a UUID' }]);
      }
    });

    it('an unknown id → 404 problem on read, update and delete', async () => {
      await t.http().get(`/api/v1/customers/${UNKNOWN_ID}`).expect(404).expect('content-type', PROBLEM);
      await t.http().put(`/api/v1/customers/${UNKNOWN_ID}`).send({ name: 'x' }).expect(404);
      await t.http().delete(`/api/v1/customers/${UNKNOWN_ID}`).expect(404);
    });

    it('limit outside 1-1000 or a negative skip → 400', async () => {
      await t.http().get('/api/v1/customers?limit=0').expect(400);
      await t.http().get('/api/v1/customers?limit=1001').expect(400);
      await t.http().get('/api/v1/customers?skip=-1').expect(400);
      await t.http().get('/api/v1/customers?limit=abc').expect(400);
    });

    it('a second customer with the same email → 409', async () => {
      const body = customerBody();
      await t.http().post('/api/v1/customers').send(body).expect(201);
      const res = await t
        .http()
        .post('/api/v1/customers')
        .send(customerBody({ email: body.email }))
        .expect(409);
      expect(res.body.detail).toContain('email');
      expect(res.body.detail).not.toContain(String(body.email));
    });

    it('an unknown route → 404 problem', async () => {
      await t.http().get('/api/v1/nothing-here').expect(404).expect('content-type', PROBLEM);
    });
  });
});
