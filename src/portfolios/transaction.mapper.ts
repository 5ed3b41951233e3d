import { normalizeDecimal } from '../common/decimal/decimal-units.js';
import type { TransactionResponse } from './dto/transaction.response.js';
import type { TransactionRecord } from './transaction.record.js';

export function toTransactionResponse(transaction: TransactionRecord): TransactionResponse {
  return {
    id: transaction.id,
    customer_id: transaction.customerId,
    ticker: transaction.ticker,
    type: transaction.type,
    quantity: Number(normalizeDecimal(transaction.quantity)),
    trade_date: transaction.tradeDate,
    price: transaction.price === null ? null : Number(transaction.price),
    fee: Number(normalizeDecimal(transaction.fee)),
    created_at: new Date(transaction.createdAt).toISOString(),
    updated_at: new Date(transaction.updatedAt).toISOString(),
  };
}
