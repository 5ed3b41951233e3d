import type TestAgent from 'supertest/lib/agent.js';
import { customerBody } from '../factories/customer.factory.js';

type Http = () => TestAgent;

/** Imports daily closes (open = high = low = close) through the CSV import route. */
export async function importCloses(http: Http, ticker: string, closes: [string, number][]): Promise<void> {
  const csv = [
    'date,open,high,low,close,volume',
    ...closes.map(([date, close]) => `${date},${close},${close},${close},${close},1000`),
  ].join('\n');
  await http().post(`/api/v1/stocks/${ticker}/prices`).set('content-type', 'text/csv').send(csv).expect(200);
}

/** Creates a customer with these opening holdings through the API; answers its id. */
export async function createCustomer(
  http: Http,
  stocks: { ticker: string; quantity: number; as_of?: string }[] = [],
): Promise<string> {
  return (await http().post('/api/v1/customers').send(customerBody({ stocks })).expect(201)).body.id;
}

/** Records a transaction of a customer through the API, which must accept it (201). */
export async function recordTrade(
  http: Http,
  customerId: string,
  body: Record<string, unknown>,
): Promise<void> {
  await http().post(`/api/v1/customers/${customerId}/transactions`).send(body).expect(201);
}
