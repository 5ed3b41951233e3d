import { Inject, Injectable } from '@nestjs/common';
import { isUniqueViolation } from '../common/database-errors.js';
import { LIST_PAGE_CACHE_BYTES, ListPageCache } from '../common/list-cache/list-page-cache.js';
import { ListVersionsRepository } from '../common/list-cache/list-versions.repository.js';
import { BadRequestProblem, ConflictProblem, NotFoundProblem } from '../common/problem/problem.exception.js';
import { futureDateMessage, newYorkDate } from '../common/time/calendar-date.js';
import { CLOCK, type Clock } from '../common/time/clock.js';
import { StocksRepository } from '../market-data/stocks.repository.js';
import type { NewHolding } from '../portfolios/holding.record.js';
import { PositionGuard } from '../portfolios/position-guard.js';
import type { CustomerPage, CustomerRecord } from './customer.record.js';
import { CustomersRepository } from './customers.repository.js';
import type { CreateCustomerDto } from './dto/create-customer.dto.js';
import type { UpdateCustomerDto } from './dto/update-customer.dto.js';

@Injectable()
export class CustomersService {
  private readonly pages = new ListPageCache<CustomerPage>(LIST_PAGE_CACHE_BYTES);

  constructor(
    private readonly customers: CustomersRepository,
    private readonly stocks: StocksRepository,
    private readonly positions: PositionGuard,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly listVersions: ListVersionsRepository,
  ) {}

  async create(input: CreateCustomerDto): Promise<CustomerRecord> {
    const holdings = this.toHoldings(input.stocks) ?? [];
    await this.stocks.ensureTickers(holdings.map((holding) => holding.ticker));
    return this.withEmailConflict(() =>
      this.customers.create(
        { name: input.name, address: input.address, email: input.email ?? null },
        holdings,
      ),
    );
  }

  async get(id: string): Promise<CustomerRecord> {
    return (await this.customers.findById(id)) ?? notFound(id);
  }

  /** A page of customers, from the cache while no write has touched the list since it was read. */
  list(skip: number, limit: number): Promise<CustomerPage> {
    return this.pages.get(
      `${skip}:${limit}`,
      () => this.listVersions.current('customers'),
      () => this.customers.list(skip, limit),
    );
  }

  async update(id: string, input: UpdateCustomerDto): Promise<CustomerRecord> {
    const holdings = this.toHoldings(input.stocks);
    if (holdings) await this.stocks.ensureTickers(holdings.map((holding) => holding.ticker));
    // The guard compares positions in the newest split basis of the customer's tickers.
    const guard = holdings
      ? await this.positions.forCustomer(
          id,
          holdings.map((holding) => holding.ticker),
        )
      : () => undefined;
    const updated = await this.withEmailConflict(() =>
      this.customers.update(
        id,
        { name: input.name, address: input.address, email: input.email },
        holdings,
        guard,
      ),
    );
    return updated ?? notFound(id);
  }

  async delete(id: string): Promise<void> {
    if (!(await this.customers.delete(id))) notFound(id);
  }

  /** Opening holdings as stored: `as_of` defaults to today in New York and may not be later. */
  private toHoldings(stocks: CreateCustomerDto['stocks']): NewHolding[] | undefined {
    if (!stocks) return undefined;
    const today = newYorkDate(this.clock.now());
    return stocks.map((stock, index) => {
      const asOf = stock.as_of ?? today;
      const future = futureDateMessage(`stocks[${index}].as_of`, asOf, today);
      if (future) throw new BadRequestProblem(future, 'future-date');
      return { ticker: stock.ticker, quantity: stock.quantity, asOf };
    });
  }

  private async withEmailConflict<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isUniqueViolation(error, 'email')) {
        // Names the field, never the value (problem bodies and logs carry no personal data).
        throw new ConflictProblem('A customer with this email already exists');
      }
      throw error;
    }
  }
}

function notFound(id: string): never {
  throw new NotFoundProblem(`Customer ${id} not found`);
}
