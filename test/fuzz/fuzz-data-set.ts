import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { customerBody } from '../factories/customer.factory.js';

/** Tickers with imported prices (the first half of 2024), so that valid returns requests compute. */
export const SEEDED_TICKERS = ['FZA', 'FZB', 'FZC', 'SPY'];

export interface FuzzDataSet {
  /** Known values by kind, as `idKind` names them (see schema-arbitraries FuzzContext.pools). */
  pools: Record<string, string[]>;
  customerKey: string;
}

type Inject = (request: {
  method: string;
  url: string;
  headers?: Record<string, string>;
  payload?: string;
}) => Promise<{ statusCode: number; body: string }>;

/** Weekdays from 2024-01-02 to 2024-06-28 with a deterministic walk per ticker. */
function pricesCsv(ticker: string): string {
  const rows = ['date,open,high,low,close,volume'];
  let close = 50 + ticker.charCodeAt(2);
  for (let day = Date.UTC(2024, 0, 2); day <= Date.UTC(2024, 5, 28); day += 86_400_000) {
    const weekday = new Date(day).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    close = Math.max(1, close * (1 + (((day / 86_400_000) % 7) - 3) / 200));
    const price = close.toFixed(4);
    rows.push(`${new Date(day).toISOString().slice(0, 10)},${price},${price},${price},${price},1000`);
  }
  return rows.join('\n') + '\n';
}

/**
 * Creates what valid requests need to reach deep code: prices for a few tickers, customers with holdings,
 * trades and keys, some to keep (read, update) and some to delete, and a price job.
 */
export async function seedFuzzDataSet(app: NestFastifyApplication, adminKey: string): Promise<FuzzDataSet> {
  const inject = app.getHttpAdapter().getInstance().inject.bind(app.getHttpAdapter().getInstance()) as Inject;
  const call = async (method: string, url: string, body: unknown, contentType = 'application/json') => {
    const response = await inject({
      method,
      url,
      headers: { authorization: `Bearer ${adminKey}`, 'content-type': contentType },
      payload: typeof body === 'string' ? body : JSON.stringify(body),
    });
    if (response.statusCode >= 300)
      throw new Error(`seeding ${method} ${url}: ${response.statusCode} ${response.body}`);
    return JSON.parse(response.body) as Record<string, unknown>;
  };
  for (const ticker of SEEDED_TICKERS)
    await call('POST', `/api/v1/stocks/${ticker}/prices`, pricesCsv(ticker), 'text/csv');

  const newCustomer = async () => {
    const customer = await call(
      'POST',
      '/api/v1/customers',
      customerBody({
        stocks: [
          { ticker: 'FZA', quantity: 10 },
          { ticker: 'FZB', quantity: '2.5' },
        ],
      }),
    );
    const id = String(customer.id);
    const trade = await call('POST', `/api/v1/customers/${id}/transactions`, {
      ticker: 'FZC',
      type: 'BUY',
      quantity: 3,
      trade_date: '2024-02-01',
    });
    await call('POST', `/api/v1/customers/${id}/transactions`, {
      ticker: 'FZA',
      type: 'SELL',
      quantity: '1.5',
      trade_date: '2024-03-15',
      price: '123.45',
    });
    const key = await call('POST', `/api/v1/customers/${id}/api-keys`, { name: 'fuzz' });
    return { id, tradeId: String(trade.id), keyId: String(key.id), key: String(key.key) };
  };
  const kept = [];
  for (let i = 0; i < 3; i++) kept.push(await newCustomer());
  const doomed = [];
  for (let i = 0; i < 8; i++) doomed.push(await newCustomer());
  const job = await call('POST', '/api/v1/stocks/populate/FZA', {
    start_date: '2024-01-02',
    end_date: '2024-01-31',
  });

  const keptIds = kept.map((c) => c.id);
  return {
    customerKey: kept[0].key,
    pools: {
      ticker: SEEDED_TICKERS,
      'stocks/{ticker}': SEEDED_TICKERS,
      'customers/{id}': keptIds,
      'portfolio/{customer_id}': keptIds,
      'transactions/{transaction_id}': kept.map((c) => c.tradeId),
      'api-keys/{key_id}': kept.map((c) => c.keyId),
      'jobs/{id}': [String(job.id)],
      // Deletions take their ids from customers kept apart, so that the others stay for deep requests.
      'DELETE customers/{id}': doomed.map((c) => c.id),
      'DELETE transactions/{transaction_id}': doomed.map((c) => c.tradeId),
      'DELETE api-keys/{key_id}': doomed.map((c) => c.keyId),
    },
  };
}
