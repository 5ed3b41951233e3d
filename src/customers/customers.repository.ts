import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { bumpLedgerVersion, ledgerTrades, lockPortfolioOf } from '../portfolios/ledger-statements.js';
import type { LedgerTrade } from '../portfolios/position-ledger.js';
import type { CustomerFields, CustomerRecord, HoldingRecord, NewHolding } from './customer.record.js';

interface CustomerRow {
  id: string;
  name: string;
  address: string;
  email: string | null;
  portfolio_id: string;
  created_at: Date;
  updated_at: Date;
}

interface HoldingRow {
  portfolio_id: string;
  ticker: string;
  quantity: string;
  created_at: Date;
  updated_at: Date;
}

/** Checked inside the write transaction with the portfolio locked; throws to roll back. */
export type HoldingsGuard = (holdings: NewHolding[], trades: LedgerTrade[]) => void;

const UPDATABLE = ['name', 'address', 'email'] as const;

const SELECT_CUSTOMER = `SELECT c.id, c.name, c.address, c.email, c.created_at, c.updated_at, p.id AS portfolio_id
  FROM customers c JOIN portfolios p ON p.customer_id = c.id`;

/** Owns the customer aggregate: `customers`, its `portfolios` row and the opening `holdings`. */
@Injectable()
export class CustomersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(fields: CustomerFields, holdings: NewHolding[]): Promise<CustomerRecord> {
    const id = await this.dataSource.transaction(async (manager) => {
      const [customer] = await manager.query(
        `INSERT INTO customers (name, address, email) VALUES ($1, $2, $3) RETURNING id`,
        [fields.name, fields.address, fields.email],
      );
      const [portfolio] = await manager.query(
        `INSERT INTO portfolios (customer_id) VALUES ($1) RETURNING id`,
        [customer.id],
      );
      await this.insertHoldings(manager, portfolio.id, holdings);
      return customer.id as string;
    });
    return (await this.findById(id))!;
  }

  async findById(id: string): Promise<CustomerRecord | null> {
    const rows: CustomerRow[] = await this.dataSource.query(`${SELECT_CUSTOMER} WHERE c.id = $1`, [id]);
    if (rows.length === 0) return null;
    return (await this.withHoldings(rows))[0];
  }

  async list(skip: number, limit: number): Promise<{ customers: CustomerRecord[]; total: number }> {
    const [rows, [count]] = await Promise.all([
      this.dataSource.query(`${SELECT_CUSTOMER} ORDER BY c.created_at, c.id OFFSET $1 LIMIT $2`, [
        skip,
        limit,
      ]),
      this.dataSource.query(`SELECT count(*)::int AS total FROM customers`),
    ]);
    return { customers: await this.withHoldings(rows), total: count.total };
  }

  /** Applies a partial update; `holdings`, when given, replace the opening holdings. Null if unknown. */
  async update(
    id: string,
    fields: Partial<CustomerFields>,
    holdings: NewHolding[] | undefined,
    guard: HoldingsGuard,
  ): Promise<CustomerRecord | null> {
    const found = await this.dataSource.transaction(async (manager) => {
      const portfolioId = await lockPortfolioOf(manager, id);
      if (!portfolioId) return false;
      const sets = UPDATABLE.filter((column) => fields[column] !== undefined).map(
        (c) => [c, fields[c]] as const,
      );
      const assignments = sets.map(([column], i) => `${column} = $${i + 2}`);
      await manager.query(
        `UPDATE customers SET ${[...assignments, 'updated_at = now()'].join(', ')} WHERE id = $1`,
        [id, ...sets.map(([, value]) => value)],
      );
      if (holdings) {
        guard(holdings, await ledgerTrades(manager, portfolioId));
        await manager.query(`DELETE FROM holdings WHERE portfolio_id = $1`, [portfolioId]);
        await this.insertHoldings(manager, portfolioId, holdings);
        await bumpLedgerVersion(manager, portfolioId);
      }
      return true;
    });
    return found ? this.findById(id) : null;
  }

  /** Deletes the customer; the portfolio, holdings and transactions go with it (ON DELETE CASCADE). */
  async delete(id: string): Promise<boolean> {
    const [, affected] = await this.dataSource.query(`DELETE FROM customers WHERE id = $1`, [id]);
    return affected > 0;
  }

  private async insertHoldings(
    manager: EntityManager,
    portfolioId: string,
    holdings: NewHolding[],
  ): Promise<void> {
    if (holdings.length === 0) return;
    await manager.query(
      `INSERT INTO holdings (portfolio_id, ticker, quantity)
       SELECT $1, ticker, quantity FROM unnest($2::varchar[], $3::numeric[]) AS h(ticker, quantity)`,
      [portfolioId, holdings.map((h) => h.ticker), holdings.map((h) => h.quantity)],
    );
  }

  /** Attaches holdings to many customers with one query (never one per customer). */
  private async withHoldings(rows: CustomerRow[]): Promise<CustomerRecord[]> {
    const holdingRows: HoldingRow[] = rows.length
      ? await this.dataSource.query(
          `SELECT portfolio_id, ticker, quantity::text AS quantity, created_at, updated_at
             FROM holdings WHERE portfolio_id = ANY($1::uuid[]) ORDER BY ticker`,
          [rows.map((row) => row.portfolio_id)],
        )
      : [];
    const byPortfolio = new Map<string, HoldingRecord[]>();
    for (const row of holdingRows) {
      const list = byPortfolio.get(row.portfolio_id) ?? [];
      list.push({
        ticker: row.ticker,
        quantity: row.quantity,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      });
      byPortfolio.set(row.portfolio_id, list);
    }
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      address: row.address,
      email: row.email,
      portfolioId: row.portfolio_id,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      holdings: byPortfolio.get(row.portfolio_id) ?? [],
    }));
  }
}
