import { normalizeDecimal } from '../common/decimal/decimal-units.js';
import type { CustomerRecord } from './customer.record.js';
import type { CustomerResponse } from './dto/customer.response.js';

/** The original service's customer shape (snake_case, `portfolio_stocks`), plus `portfolio_id`. */
export function toCustomerResponse(customer: CustomerRecord): CustomerResponse {
  return {
    id: customer.id,
    name: customer.name,
    address: customer.address,
    email: customer.email,
    portfolio_id: customer.portfolioId,
    created_at: customer.createdAt.toISOString(),
    updated_at: customer.updatedAt.toISOString(),
    portfolio_stocks: customer.holdings.map((holding) => ({
      stock_ticker: holding.ticker,
      quantity: Number(normalizeDecimal(holding.quantity)),
      as_of: holding.asOf,
      created_at: holding.createdAt.toISOString(),
      updated_at: holding.updatedAt.toISOString(),
    })),
  };
}
