import { customerBody } from '../factories/customer.factory.js';
import { createTestApp, TestApp } from '../support/test-app.js';

const PROBLEM = /application\/problem\+json/;
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
/** 2024-06-14 03:00 UTC is still 2024-06-13 in New York. */
const clock = { now: () => new Date('2024-06-14T03:00:00Z') };

describe('transactions API (e2e, real Postgres)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ clock });
  });
  afterAll(async () => t.close());

  async function newCustomer(stocks: unknown[] = []): Promise<string> {
    return (await t.http().post('/api/v1/customers').send(customerBody({ stocks })).expect(201)).body.id;
  }
  const path = (id: string) => `/api/v1/customers/${id}/transactions`;

  it('records buys and sells, lists them by date and deletes one', async () => {
    const id = await newCustomer([{ ticker: 'XYZ', quantity: 5 }]);
    const sell = await t
      .http()
      .post(`${path(id)}/`)
      .send({ ticker: 'xyz', type: 'sell', quantity: '5', trade_date: '2024-03-06', price: '120.123456' })
      .expect(201);
    expect(sell.body).toMatchObject({
      id: expect.any(String),
      customer_id: id,
      ticker: 'XYZ',
      type: 'SELL',
      quantity: 5,
      trade_date: '2024-03-06',
      price: 120.123456,
    });
    const buy = await t
      .http()
      .post(path(id))
      .send({ ticker: 'XYZ', type: 'BUY', quantity: 10, trade_date: '2024-03-01' })
      .expect(201);
    expect(buy.body.price).toBeNull();
    const list = await t.http().get(path(id)).expect(200);
    expect(list.body.map((x: { trade_date: string }) => x.trade_date)).toEqual(['2024-03-01', '2024-03-06']);
    await t
      .http()
      .delete(`${path(id)}/${sell.body.id}`)
      .expect(204);
    expect(
      (
        await t
          .http()
          .get(`${path(id)}/`)
          .expect(200)
      ).body,
    ).toHaveLength(1);
    await t
      .http()
      .delete(`${path(id)}/${sell.body.id}`)
      .expect(404)
      .expect('content-type', PROBLEM);
  });

  it('a transaction for a ticker whose prices were never loaded works (original FK failure)', async () => {
    const id = await newCustomer();
    await t
      .http()
      .post(path(id))
      .send({ ticker: 'NEWCO', type: 'BUY', quantity: 1, trade_date: '2024-01-02' })
      .expect(201);
    expect((await t.sql.query(`SELECT 1 FROM stocks WHERE ticker = 'NEWCO'`)).rowCount).toBe(1);
  });

  it('a SELL that would make the position negative on any date → 409 naming the position', async () => {
    const id = await newCustomer([{ ticker: 'ABC', quantity: 3 }]);
    await t
      .http()
      .post(path(id))
      .send({ ticker: 'ABC', type: 'BUY', quantity: 2, trade_date: '2024-02-01' })
      .expect(201);
    // 3 + 2 = 5 held from Feb 1; selling 6 on Jan 15 (before the buy) goes short that day.
    const res = await t
      .http()
      .post(path(id))
      .send({ ticker: 'ABC', type: 'SELL', quantity: 4, trade_date: '2024-01-15' })
      .expect(409);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body.detail).toContain('ABC');
    expect(res.body.detail).toContain('2024-01-15');
    expect(res.body.position).toEqual({ ticker: 'ABC', date: '2024-01-15', quantity: -1 });
    // Selling all 5 after the buy is fine; a buy and a sell the same day settle together.
    await t
      .http()
      .post(path(id))
      .send({ ticker: 'ABC', type: 'SELL', quantity: 5, trade_date: '2024-02-01' })
      .expect(201);
    await t
      .http()
      .post(path(id))
      .send({ ticker: 'ABC', type: 'SELL', quantity: 1, trade_date: '2024-03-01' })
      .expect(409);
    await t
      .http()
      .post(path(id))
      .send({ ticker: 'NONE', type: 'SELL', quantity: 1, trade_date: '2024-03-01' })
      .expect(409);
  });

  it('deleting a BUY that a later SELL depends on → 409; replacing holdings that trades depend on → 409', async () => {
    const id = await newCustomer([{ ticker: 'DEF', quantity: 1 }]);
    const buy = await t
      .http()
      .post(path(id))
      .send({ ticker: 'DEF', type: 'BUY', quantity: 4, trade_date: '2024-02-01' })
      .expect(201);
    await t
      .http()
      .post(path(id))
      .send({ ticker: 'DEF', type: 'SELL', quantity: 5, trade_date: '2024-03-01' })
      .expect(201);
    await t
      .http()
      .delete(`${path(id)}/${buy.body.id}`)
      .expect(409);
    await t.http().put(`/api/v1/customers/${id}`).send({ stocks: [] }).expect(409);
    await t
      .http()
      .put(`/api/v1/customers/${id}`)
      .send({ stocks: [{ ticker: 'DEF', quantity: 2 }] })
      .expect(200);
  });

  it('a trade date in the future (New York date) → 400; today in New York is accepted', async () => {
    const id = await newCustomer();
    const res = await t
      .http()
      .post(path(id))
      .send({ ticker: 'AAPL', type: 'BUY', quantity: 1, trade_date: '2024-06-14' })
      .expect(400);
    expect(res.body.detail).toMatch(/future/);
    await t
      .http()
      .post(path(id))
      .send({ ticker: 'AAPL', type: 'BUY', quantity: 1, trade_date: '2024-06-13' })
      .expect(201);
  });

  it.each([
    ['type', { type: 'HOLD' }],
    ['quantity', { quantity: 0 }],
    ['quantity', { quantity: -1 }],
    ['quantity', { quantity: '0.123456789' }],
    ['trade_date', { trade_date: '2024-02-30' }],
    ['trade_date', { trade_date: '03/01/2024' }],
    ['price', { price: 0 }],
    ['price', { price: 'abc' }],
    ['ticker', { ticker: 'TOOLONGTICKER' }],
    ['note', { note: 'unknown field' }],
  ])('invalid %s → 400 naming it', async (field, patch) => {
    const id = await newCustomer();
    const body = { ticker: 'AAPL', type: 'BUY', quantity: 1, trade_date: '2024-01-02', ...patch };
    const res = await t.http().post(path(id)).send(body).expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('unknown customer → 404 on every route; malformed ids → 400', async () => {
    const body = { ticker: 'AAPL', type: 'BUY', quantity: 1, trade_date: '2024-01-02' };
    await t.http().post(path(UNKNOWN_ID)).send(body).expect(404);
    await t.http().get(path(UNKNOWN_ID)).expect(404);
    await t
      .http()
      .delete(`${path(UNKNOWN_ID)}/${UNKNOWN_ID}`)
      .expect(404);
    await t.http().get(path('nope')).expect(400);
    const id = await newCustomer();
    const res = await t
      .http()
      .delete(`${path(id)}/nope`)
      .expect(400);
    expect(res.body.errors[0].field).toBe('transaction_id');
  });

  it('deleting a customer removes its transactions', async () => {
    const id = await newCustomer();
    await t
      .http()
      .post(path(id))
      .send({ ticker: 'AAPL', type: 'BUY', quantity: 1, trade_date: '2024-01-02' })
      .expect(201);
    await t.http().delete(`/api/v1/customers/${id}`).expect(204);
    const left = await t.sql.query(
      `SELECT count(*)::int AS n FROM transactions t LEFT JOIN portfolios p ON p.id = t.portfolio_id WHERE p.id IS NULL`,
    );
    expect(left.rows[0].n).toBe(0);
  });
});
