import { customerBody } from '../factories/customer.factory.js';
import { createTestApp, TestApp } from '../support/test-app.js';
import { createTestDatabase, TestDatabase } from '../support/test-database.js';

/** Returns are cached by ledger and price versions; every change must show in the next answer. */
const clock = { now: () => new Date('2024-06-14T20:00:00Z') };

describe('returns cache: never stale, across instances (e2e, real Postgres)', () => {
  let database: TestDatabase;
  let a: TestApp;
  let b: TestApp;
  let id: string;
  const url = () => `/api/v1/portfolio/${id}/returns?start_date=2024-03-01&end_date=2024-03-07&benchmark=CBM`;

  beforeAll(async () => {
    database = await createTestDatabase();
    a = await createTestApp({ clock, database });
    b = await createTestApp({ clock, database });
    const csv =
      'date,open,high,low,close,volume\n2024-03-01,100,100,100,100,1\n2024-03-07,110,110,110,110,1\n';
    await a.http().post('/api/v1/stocks/CCH/prices').set('content-type', 'text/csv').send(csv).expect(200);
    id = (
      await a
        .http()
        .post('/api/v1/customers')
        .send(customerBody({ stocks: [{ ticker: 'CCH', quantity: 2 }] }))
        .expect(201)
    ).body.id;
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await database?.drop();
  });

  it('a trade recorded through another instance shows in the next answer', async () => {
    const first = await a.http().get(url()).expect(200);
    expect(first.body.end_value).toBe(220);
    expect((await a.http().get(url()).expect(200)).body).toEqual(first.body);
    await b
      .http()
      .post(`/api/v1/customers/${id}/transactions`)
      .send({ ticker: 'CCH', type: 'BUY', quantity: 1, trade_date: '2024-03-07' })
      .expect(201);
    expect((await a.http().get(url()).expect(200)).body.end_value).toBe(330);
  });

  it('replaced holdings and deleted trades show in the next answer', async () => {
    await b
      .http()
      .put(`/api/v1/customers/${id}`)
      .send({ stocks: [{ ticker: 'CCH', quantity: 4 }] })
      .expect(200);
    expect((await a.http().get(url()).expect(200)).body.end_value).toBe(550);
    const trades = (await b.http().get(`/api/v1/customers/${id}/transactions`).expect(200)).body;
    await b.http().delete(`/api/v1/customers/${id}/transactions/${trades[0].id}`).expect(204);
    expect((await a.http().get(url()).expect(200)).body.end_value).toBe(440);
  });

  it('new or corrected prices show in the next answer, also for a benchmark that had none', async () => {
    const before = (await a.http().get(url()).expect(200)).body;
    expect(before.benchmark_return).toBeNull();
    const fix = 'date,open,high,low,close,volume\n2024-03-07,120,120,120,120,1\n';
    await b.http().post('/api/v1/stocks/CCH/prices').set('content-type', 'text/csv').send(fix).expect(200);
    const bench = 'date,open,high,low,close,volume\n2024-03-01,10,10,10,10,1\n2024-03-07,11,11,11,11,1\n';
    await b.http().post('/api/v1/stocks/CBM/prices').set('content-type', 'text/csv').send(bench).expect(200);
    const after = (await a.http().get(url()).expect(200)).body;
    expect(after.end_value).toBe(480);
    expect(after.benchmark_return).toBeCloseTo(0.1, 12);
  });

  it('a deleted customer is a 404 even when its returns were cached', async () => {
    await a.http().get(url()).expect(200);
    await b.http().delete(`/api/v1/customers/${id}`).expect(204);
    await a.http().get(url()).expect(404);
  });

  it('Cache-Control: no-cache recomputes and gives the same answer', async () => {
    const other = (
      await a
        .http()
        .post('/api/v1/customers')
        .send(customerBody({ stocks: [{ ticker: 'CCH', quantity: 1 }] }))
        .expect(201)
    ).body.id;
    const path = `/api/v1/portfolio/${other}/performance?start_date=2024-03-01&end_date=2024-03-07`;
    const cached = (await a.http().get(path).expect(200)).body;
    const fresh = (await a.http().get(path).set('cache-control', 'no-cache').expect(200)).body;
    expect(fresh).toEqual(cached);
    expect(fresh.series).toHaveLength(7);
  });
});
