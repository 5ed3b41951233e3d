import { daysBetween } from '../../src/common/time/calendar-date.js';
import { createTestApp, TestApp } from '../support/test-app.js';
import { createCustomer, importCloses, recordTrade } from '../support/api-data.js';

/**
 * One read request must never take the process down (issue 9): windows are bounded to 1970..today in New
 * York, /performance pages its series, and the worst windows answer 400 or a bounded 200.
 */
const TODAY = '2024-06-14';
const clock = { now: () => new Date(`${TODAY}T20:00:00Z`) };
const PROBLEM = /application\/problem\+json/;
/** The documented ceiling of one /performance page (5,000 points). */
const MAX_PAGE_BYTES = 1_200_000;

interface Point {
  date: string;
  value: number;
  net_flow: number;
  cumulative_return: number;
  drawdown: number;
}

interface PerformancePage {
  points_total: number;
  next: string | null;
  series: Point[];
}

describe('returns: bounded windows and a paged series (e2e, real Postgres)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ clock });
  });
  afterAll(async () => t.close());

  const trade = (id: string, body: Record<string, unknown>) => recordTrade(t.http, id, body);
  const get = (path: string) => t.http().get(path);
  const performance = (id: string, query: string) => get(`/api/v1/portfolio/${id}/performance?${query}`);
  const returns = (id: string, query: string) => get(`/api/v1/portfolio/${id}/returns?${query}`);

  /** Every page of a /performance request, following `next` to the end. */
  async function allPages(id: string, query: string): Promise<{ pages: number; series: Point[] }> {
    const series: Point[] = [];
    let path: string | null = `/api/v1/portfolio/${id}/performance?${query}`;
    let pages = 0;
    let total: number | undefined;
    while (path !== null) {
      const res: { text: string; body: PerformancePage } = await get(path).expect(200);
      expect(res.text.length).toBeLessThanOrEqual(MAX_PAGE_BYTES);
      total ??= res.body.points_total;
      expect(res.body.points_total).toBe(total);
      series.push(...res.body.series);
      path = res.body.next;
      pages++;
      expect(pages).toBeLessThanOrEqual(100);
    }
    expect(series).toHaveLength(total as number);
    return { pages, series };
  }

  describe('the worst windows answer 400 or a bounded 200, and the process stays up', () => {
    let empty: string;
    let held: string;
    beforeAll(async () => {
      // The reproduction: a customer with nothing but a name and an address.
      empty = (await t.http().post('/api/v1/customers').send({ name: 'x', address: 'y' }).expect(201)).body
        .id;
      await importCloses(t.http, 'BWIDE', [
        ['1999-12-31', 20],
        ['2000-01-03', 21],
        ['2012-06-01', 40],
        ['2024-06-13', 80],
      ]);
      held = await createCustomer(t.http);
      await trade(held, { ticker: 'BWIDE', type: 'BUY', quantity: 10, trade_date: '2000-01-03' });
      await trade(held, { ticker: 'BWIDE', type: 'SELL', quantity: 4, trade_date: '2012-06-01', price: 41 });
    });

    it.each([
      ['end_date=9999-12-31', 'start_date=2024-01-01&end_date=9999-12-31', ['end_date']],
      ['end_date after today', `start_date=2024-01-01&end_date=2024-06-15`, ['end_date']],
      ['start_date=0100-01-01', 'start_date=0100-01-01&end_date=2024-01-01', ['start_date']],
      ['both before 1970', 'start_date=0100-01-01&end_date=1969-12-31', ['start_date', 'end_date']],
      ['start_date after end_date', 'start_date=2024-02-01&end_date=2024-01-01', ['start_date']],
    ])('%s → 400 naming the field, on both routes', async (_name, query, fields) => {
      for (const res of [await returns(empty, query), await performance(empty, query)]) {
        expect(res.status).toBe(400);
        expect(res.headers['content-type']).toMatch(PROBLEM);
        expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(fields);
      }
    });

    it('an empty portfolio over 1970..today: a small /returns and one bounded page of /performance', async () => {
      const window = `start_date=1970-01-01&end_date=${TODAY}`;
      const figures = await returns(empty, window).expect(200);
      expect(figures.body).toMatchObject({ start_value: 0, end_value: 0, holdings: [], warnings: [] });
      expect(figures.text.length).toBeLessThan(2_000);
      const page = await performance(empty, window).expect(200);
      expect(page.body.points_total).toBe(daysBetween('1970-01-01', TODAY) + 1);
      expect(page.body.series).toHaveLength(1000);
      expect(page.text.length).toBeLessThan(150_000);
      expect(page.body.next).toMatch(/cursor=/);
    });

    it('a portfolio with data over 1970..today: every figure, and the whole series in pages of 5,000', async () => {
      const window = `start_date=1970-01-01&end_date=${TODAY}`;
      const figures = await returns(held, window).expect(200);
      expect(figures.body).toMatchObject({ start_value: 0, end_value: 6 * 80, total_inflows: 210 });
      expect(figures.body.total_outflows).toBeCloseTo(164, 9);
      const { pages, series } = await allPages(held, `${window}&limit=5000`);
      expect(pages).toBe(Math.ceil((daysBetween('1970-01-01', TODAY) + 1) / 5000));
      expect(series[0].date).toBe('1970-01-01');
      expect(series.at(-1)).toMatchObject({ date: TODAY, value: 480 });
      expect(series.find((point) => point.date === '2000-01-03')).toMatchObject({
        value: 210,
        net_flow: 210,
      });
      expect(series.find((point) => point.date === '1999-12-31')).toMatchObject({ value: 0, net_flow: 0 });
    });

    it('the process still answers afterwards', async () => {
      await get('/health/live').expect(200);
      await returns(held, 'start_date=2012-01-02&end_date=2012-12-31').expect(200);
    });
  });

  describe('GET /performance: interval and paging', () => {
    let id: string;
    const window = 'start_date=2024-01-03&end_date=2024-03-12';
    let day: Point[];
    beforeAll(async () => {
      const closes: [string, number][] = [];
      for (let d = Date.parse('2024-01-02'); d <= Date.parse('2024-03-12'); d += 86_400_000) {
        const date = new Date(d).toISOString().slice(0, 10);
        const weekday = new Date(d).getUTCDay();
        if (weekday !== 0 && weekday !== 6) closes.push([date, 50 + (closes.length % 7)]);
      }
      await importCloses(t.http, 'BPAGE', closes);
      id = await createCustomer(t.http, [{ ticker: 'BPAGE', quantity: 3 }]);
      await trade(id, { ticker: 'BPAGE', type: 'BUY', quantity: 2, trade_date: '2024-01-10' });
      await trade(id, { ticker: 'BPAGE', type: 'BUY', quantity: 1, trade_date: '2024-01-11', price: 60 });
      await trade(id, { ticker: 'BPAGE', type: 'SELL', quantity: 4, trade_date: '2024-02-20', price: 51 });
      const whole = await performance(id, `${window}&limit=5000`).expect(200);
      expect(whole.body).toMatchObject({ interval: 'day', next: null, points_total: 70 });
      day = whole.body.series;
      expect(day).toHaveLength(70);
    });

    it('following `next` reconstructs the daily series exactly', async () => {
      const { pages, series } = await allPages(id, `${window}&limit=9`);
      expect(pages).toBe(8);
      expect(series).toEqual(day);
    });

    it('the default page is the whole series when it has at most 1000 points', async () => {
      const res = await performance(id, window).expect(200);
      expect(res.body).toMatchObject({ interval: 'day', next: null, points_total: 70 });
      expect(res.body.series).toEqual(day);
    });

    it('week and month: start, the last day of each period and of the window, flows summed', async () => {
      const byDate = new Map(day.map((point) => [point.date, point]));
      const expected = {
        week: ['2024-01-03', ...sundaysBetween('2024-01-04', '2024-03-12'), '2024-03-12'],
        month: ['2024-01-03', '2024-01-31', '2024-02-29', '2024-03-12'],
      };
      for (const interval of ['week', 'month'] as const) {
        const { series } = await allPages(id, `${window}&interval=${interval}&limit=3`);
        expect(series.map((point) => point.date)).toEqual(expected[interval]);
        for (const point of series) {
          const { net_flow: _flow, ...rest } = byDate.get(point.date)!;
          expect(point).toMatchObject(rest);
        }
        const flows = (points: Point[]) => points.reduce((sum, point) => sum + point.net_flow, 0);
        expect(flows(series)).toBeCloseTo(flows(day), 9);
        expect(series[1].net_flow).toBeCloseTo(
          flows(day.filter((point) => point.date > '2024-01-03' && point.date <= series[1].date)),
          9,
        );
      }
    });

    it.each([
      ['interval=year', 'interval'],
      ['limit=0', 'limit'],
      ['limit=5001', 'limit'],
      ['limit=abc', 'limit'],
      ['limit=1.5', 'limit'],
      ['cursor=%21%21', 'cursor'],
      ['cursor=bm90LWEtY3Vyc29y', 'cursor'],
      // A well-formed cursor for a date outside the window.
      [`cursor=${Buffer.from('p1:2023-01-01').toString('base64url')}`, 'cursor'],
    ])('%s → 400 naming the field', async (query, field) => {
      const res = await performance(id, `${window}&${query}`).expect(400);
      expect(res.headers['content-type']).toMatch(PROBLEM);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    });

    it('/returns has no interval or paging', async () => {
      await returns(id, `${window}&interval=week`).expect(400);
      await returns(id, `${window}&limit=10`).expect(400);
    });
  });

  it('end_after_last_bar compares with the newest stored bar: none for a window ending on a weekend', async () => {
    await importCloses(t.http, 'BWKND', [
      ['2000-11-30', 10],
      ['2000-12-29', 11],
      ['2001-01-02', 12],
    ]);
    await importCloses(t.http, 'BLAST', [
      ['2000-11-30', 10],
      ['2000-12-29', 11],
    ]);
    const codes = async (ticker: string) => {
      const id = await createCustomer(t.http, [{ ticker, quantity: 1 }]);
      // 2000-12-31 is a Sunday: the window's newest bar is Friday's.
      const res = await returns(id, 'start_date=2000-12-01&end_date=2000-12-31').expect(200);
      return res.body.warnings.map((w: { code: string }) => w.code);
    };
    expect(await codes('BWKND')).not.toContain('end_after_last_bar');
    expect(await codes('BLAST')).toContain('end_after_last_bar');
  });

  it('OpenAPI: one optional Cache-Control header and typed paging parameters', async () => {
    const doc = (await get('/openapi.json').expect(200)).body;
    for (const route of ['returns', 'performance']) {
      const parameters = doc.paths[`/api/v1/portfolio/{customer_id}/${route}`].get.parameters as {
        name: string;
        in: string;
        required?: boolean;
        schema: Record<string, unknown>;
      }[];
      const headers = parameters.filter((p) => p.in === 'header' && /^cache-control$/i.test(p.name));
      expect(headers).toEqual([expect.objectContaining({ name: 'Cache-Control', required: false })]);
      expect(parameters.filter((p) => p.required && p.in === 'header')).toEqual([]);
    }
    const query = Object.fromEntries(
      doc.paths['/api/v1/portfolio/{customer_id}/performance'].get.parameters
        .filter((p: { in: string }) => p.in === 'query')
        .map((p: { name: string; schema: object }) => [p.name, p.schema]),
    );
    expect(query.interval).toMatchObject({ type: 'string', enum: ['day', 'week', 'month'] });
    expect(query.limit).toMatchObject({ type: 'integer', minimum: 1, maximum: 5000, default: 1000 });
    expect(query.cursor).toMatchObject({ type: 'string' });
  });
});

function sundaysBetween(from: string, to: string): string[] {
  const sundays: string[] = [];
  for (let d = Date.parse(from); d <= Date.parse(to); d += 86_400_000)
    if (new Date(d).getUTCDay() === 0) sundays.push(new Date(d).toISOString().slice(0, 10));
  return sundays;
}
