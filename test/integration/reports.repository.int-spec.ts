import { randomUUID } from 'node:crypto';
import type { ReturnsReportRequest } from '../../src/reports/report.record.js';
import { ReportsRepository } from '../../src/reports/reports.repository.js';
import { createTestDataSource, type TestDataSource } from '../support/test-data-source.js';

const REQUEST: ReturnsReportRequest = {
  start_date: '2024-01-01',
  end_date: '2024-03-31',
  benchmark: null,
  dividends: 'include',
  cost_basis: 'average',
};
const ids = (count: number) => Array.from({ length: count }, () => randomUUID()).sort();
const line = (customerId: string, body = '{}', failed = false) => ({ customerId, body, failed });

/** Pages of `size` from a sorted list, as the ledger's keyset read answers them. */
const pagesOf = (customers: string[], size: number) => async (_manager: unknown, after: string | null) =>
  customers.filter((id) => after === null || id > after).slice(0, size);

describe('ReportsRepository (reports, report_parts, report_lines)', () => {
  let db: TestDataSource;
  let reports: ReportsRepository;
  const noQueue = async () => undefined;
  beforeAll(async () => {
    db = await createTestDataSource();
    reports = new ReportsRepository(db.dataSource);
  });
  afterAll(() => db.close());

  async function newReport(customers: string[], size: number): Promise<string> {
    const id = randomUUID();
    await reports.create({ id, type: 'returns', request: REQUEST }, pagesOf(customers, size), noQueue);
    return id;
  }

  it('creates the report, its parts by keyset pages and their queue work in one transaction', async () => {
    const customers = ids(5);
    let enqueued: number[] = [];
    const id = randomUUID();
    await reports.create(
      { id, type: 'returns', request: REQUEST },
      pagesOf(customers, 2),
      async (_db, parts) => {
        enqueued = parts;
      },
    );
    expect(enqueued).toEqual([0, 1, 2]);
    expect(await reports.findById(id)).toMatchObject({
      state: 'queued',
      request: REQUEST,
      customersTotal: 5,
      partsTotal: 3,
      partsDone: 0,
      customersDone: 0,
    });
    expect(await reports.startPart(id, 2)).toEqual({ request: REQUEST, customerIds: customers.slice(4) });

    const failing = randomUUID();
    await expect(
      reports.create({ id: failing, type: 'returns', request: REQUEST }, pagesOf(customers, 2), async () => {
        throw new Error('queue down');
      }),
    ).rejects.toThrow('queue down');
    expect(await reports.findById(failing)).toBeNull();
  });

  it('settles a report without customers at once', async () => {
    const id = await newReport([], 2);
    expect(await reports.findById(id)).toMatchObject({
      state: 'succeeded',
      customersTotal: 0,
      partsTotal: 0,
    });
  });

  it('stores each part’s lines with its outcome, counts progress and settles with the last part', async () => {
    const customers = ids(3);
    const id = await newReport(customers, 2);
    await reports.startPart(id, 0);
    expect(await reports.findById(id)).toMatchObject({ state: 'running' });
    expect(
      await reports.finishPart(id, 0, [line(customers[0]), line(customers[1], '{"error":"x"}', true)]),
    ).toBeNull();
    expect(await reports.findById(id)).toMatchObject({ partsDone: 1, customersDone: 2, customersFailed: 1 });
    // A duplicate outcome of a settled part writes nothing.
    expect(await reports.finishPart(id, 0, [line(customers[0], '{"late":true}')])).toBeNull();
    await reports.startPart(id, 1);
    expect(await reports.finishPart(id, 1, [line(customers[2], '{"v":1}')])).toEqual({
      id,
      state: 'succeeded',
    });
    expect(await reports.findById(id)).toMatchObject({ state: 'succeeded', customersDone: 3, partsDone: 2 });
    // Settled parts are not started again.
    expect(await reports.startPart(id, 1)).toBeNull();

    const first = await reports.linesAfter(id, null, 2);
    expect(first).toEqual([
      { customerId: customers[0], body: '{}' },
      { customerId: customers[1], body: '{"error":"x"}' },
    ]);
    const rest = await reports.linesAfter(id, first[1].customerId, 2);
    expect(rest).toEqual([{ customerId: customers[2], body: '{"v":1}' }]);
  });

  it('stores a part of many lines with each body exactly as given (quotes, backslashes, non-ASCII)', async () => {
    const customers = ids(300);
    const id = await newReport(customers, 300);
    await reports.startPart(id, 0);
    const body = (i: number) => JSON.stringify([1, `"q" \\ ${i}, {} é ✓`, i / 3, null]);
    expect(
      await reports.finishPart(
        id,
        0,
        customers.map((customer, i) => line(customer, body(i))),
      ),
    ).toEqual({ id, state: 'succeeded' });
    const stored = await reports.linesAfter(id, null, 1000);
    expect(stored).toEqual(customers.map((customerId, i) => ({ customerId, body: body(i) })));
  });

  it('fails the report once its parts settle when one failed on its last attempt', async () => {
    const customers = ids(4);
    const id = await newReport(customers, 2);
    await reports.startPart(id, 0);
    expect(await reports.failPart(id, 0, 'internal: boom')).toBeNull();
    await reports.startPart(id, 1);
    expect(await reports.finishPart(id, 1, [line(customers[2]), line(customers[3])])).toEqual({
      id,
      state: 'failed',
    });
    expect(await reports.findById(id)).toMatchObject({ state: 'failed', error: '1 of 2 parts failed' });
    expect(await reports.startPart(id, 0)).toBeNull();
  });
});
