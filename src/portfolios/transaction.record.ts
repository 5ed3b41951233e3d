import type { IsoDate } from '../common/time/calendar-date.js';

export interface TransactionRecord {
  id: string;
  customerId: string;
  ticker: string;
  type: 'BUY' | 'SELL';
  quantity: string;
  tradeDate: IsoDate;
  price: string | null;
  fee: string;
  createdAt: Date;
  updatedAt: Date;
}

export type NewTransaction = Pick<
  TransactionRecord,
  'ticker' | 'type' | 'quantity' | 'tradeDate' | 'price' | 'fee'
>;
