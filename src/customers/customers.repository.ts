import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { NewHolding } from '../portfolios/holding.record.js';
import { isoTimestampSql } from '../common/json/json-sql.js';
import { listVersionSql } from '../common/list-cache/list-versions.repository.js';
import {
  holdingsJsonSql,
  holdingsOfRows,
  type LedgerGuard,
  PORTFOLIO_HOLDING_COLUMNS,
  PortfolioLedgerRepository,
  type PortfolioHoldingRow,
} from '../portfolios/portfolio-ledger.repository.js';
import type { CustomerFields, CustomerPage, CustomerRecord } from './customer.record.js';

/** The row every customer read returns, typed once. */
interface CustomerRow {
  id: string;
  name: string;
  address: string;
  email: string | null;
  createdAt: Date;
  updatedAt: Date;
}

const UPDATABLE = ['name', 'address', 'email'] as const;

/**
 * Owns `customers`. A customer's portfolio and holdings belong to the portfolio ledger, which joins this
 * repository's transactions (creating a customer with holdings is one transaction).
 */
@Injectable()
export class CustomersRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ledger: PortfolioLedgerRepository,
  ) {}

  async create(fields: CustomerFields, holdings: NewHolding[]): Promise<CustomerRecord> {
    const id = await this.dataSource.transaction(async (manager) => {
      const [customer]: { id: string }[] = await manager.query(
        `INSERT INTO customers (name, address, email) VALUES ($1, $2, $3) RETURNING id`,
        [fields.name, fields.address, fields.email],
      );
      await this.ledger.createPortfolio(manager, customer.id, holdings);
      return customer.id;
    });
    return (await this.findById(id))!;
  }

  /**
   * The customer with its portfolio and holdings, in one statement (one snapshot): read in two, a delete
   * committed in between made it a customer without a portfolio (a 500), and an update of fields and
   * holdings in between answered the old fields with the new holdings.
   */
  async findById(id: string): Promise<CustomerRecord | null> {
    const rows: (CustomerRow & PortfolioHoldingRow)[] = await this.dataSource.query(
      `SELECT c.id, c.name, c.address, c.email, c.created_at AS "createdAt", c.updated_at AS "updatedAt",
              ${PORTFOLIO_HOLDING_COLUMNS}
         FROM customers c JOIN portfolios p ON p.customer_id = c.id
         LEFT JOIN holdings h ON h.portfolio_id = p.id
        WHERE c.id = $1 ORDER BY h.ticker`,
      [id],
    );
    if (rows.length === 0) return null;
    const { name, address, email, createdAt, updatedAt, portfolioId } = rows[0];
    return { id, name, address, email, createdAt, updatedAt, portfolioId, holdings: holdingsOfRows(rows) };
  }

  /**
   * A page of customers with their holdings, in one query, as the response JSON (see customer.mapper),
   * with the total and the customers list's version in the same snapshot.
   */
  async list(skip: number, limit: number): Promise<CustomerPage> {
    const [page]: CustomerPage[] = await this.dataSource.query(
      `SELECT COALESCE(json_agg(c.customer ORDER BY c.created_at, c.id), '[]'::json)::text AS json,
              (SELECT count(*)::int FROM customers) AS total,
              ${listVersionSql('customers')} AS version
         FROM (
           SELECT cu.created_at, cu.id, json_build_object(
                    'id', cu.id,
                    'name', cu.name,
                    'address', cu.address,
                    'email', cu.email,
                    'portfolio_id', p.id,
                    'created_at', ${isoTimestampSql('cu.created_at')},
                    'updated_at', ${isoTimestampSql('cu.updated_at')},
                    'portfolio_stocks', ${holdingsJsonSql('p.id')}) AS customer
             FROM customers cu JOIN portfolios p ON p.customer_id = cu.id
            ORDER BY cu.created_at, cu.id OFFSET $1 LIMIT $2
         ) c`,
      [skip, limit],
    );
    return page;
  }

  /** Applies a partial update; `holdings`, when given, replace the opening holdings. Null if unknown. */
  async update(
    id: string,
    fields: Partial<CustomerFields>,
    holdings: NewHolding[] | undefined,
    guard: LedgerGuard,
  ): Promise<CustomerRecord | null> {
    const found = await this.dataSource.transaction(async (manager) => {
      const sets = UPDATABLE.filter((column) => fields[column] !== undefined).map(
        (c) => [c, fields[c]] as const,
      );
      const assignments = sets.map(([column], i) => `${column} = $${i + 2}`);
      const [, updated]: [unknown, number] = await manager.query(
        `UPDATE customers SET ${[...assignments, 'updated_at = now()'].join(', ')} WHERE id = $1`,
        [id, ...sets.map(([, value]) => value)],
      );
      if (updated === 0) return false;
      return holdings ? this.ledger.replaceHoldings(manager, id, holdings, guard) : true;
    });
    return found ? this.findById(id) : null;
  }

  /** Deletes the customer; the portfolio, holdings and transactions go with it (ON DELETE CASCADE). */
  async delete(id: string): Promise<boolean> {
    const [, affected]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM customers WHERE id = $1`,
      [id],
    );
    return affected > 0;
  }
}
