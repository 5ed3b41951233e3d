import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { bumpLedgerVersion, ledgerTrades, lockPortfolioOf } from './ledger-statements.js';
import type { LedgerTrade, OpeningPosition } from './position-ledger.js';
import type { NewTransaction, TransactionRecord } from './transaction.record.js';

/** Checked inside the write transaction with the portfolio locked; throws to roll back. */
export type LedgerGuard = (opening: OpeningPosition[], trades: LedgerTrade[]) => void;

const COLUMNS = `t.id, p.customer_id AS "customerId", t.ticker, t.type, t.quantity::text AS quantity,
  t.trade_date::text AS "tradeDate", t.price::text AS price, t.created_at AS "createdAt", t.updated_at AS "updatedAt"`;

/** Owns `transactions`: the dated buys and sells of a portfolio. */
@Injectable()
export class TransactionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Inserts a trade if the ledger stays valid; null when the customer does not exist. */
  async insert(
    customerId: string,
    trade: NewTransaction,
    guard: LedgerGuard,
  ): Promise<TransactionRecord | null> {
    return this.dataSource.transaction(async (manager) => {
      const portfolioId = await lockPortfolioOf(manager, customerId);
      if (!portfolioId) return null;
      const { opening, trades } = await this.ledger(manager, portfolioId);
      guard(opening, [...trades, trade]);
      await bumpLedgerVersion(manager, portfolioId);
      const [row] = await manager.query(
        `INSERT INTO transactions (portfolio_id, ticker, type, quantity, trade_date, price)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [portfolioId, trade.ticker, trade.type, trade.quantity, trade.tradeDate, trade.price],
      );
      const [record] = await manager.query(
        `SELECT ${COLUMNS} FROM transactions t JOIN portfolios p ON p.id = t.portfolio_id WHERE t.id = $1`,
        [row.id],
      );
      return record as TransactionRecord;
    });
  }

  /** The customer's trades by date (then entry order); null when the customer does not exist. */
  async list(customerId: string): Promise<TransactionRecord[] | null> {
    const [portfolio] = await this.dataSource.query(`SELECT id FROM portfolios WHERE customer_id = $1`, [
      customerId,
    ]);
    if (!portfolio) return null;
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM transactions t JOIN portfolios p ON p.id = t.portfolio_id
        WHERE t.portfolio_id = $1 ORDER BY t.trade_date, t.created_at, t.id`,
      [portfolio.id],
    );
  }

  /** Deletes a trade if the ledger stays valid without it: 'deleted', or which thing was missing. */
  async delete(
    customerId: string,
    transactionId: string,
    guard: LedgerGuard,
  ): Promise<'deleted' | 'no-customer' | 'no-transaction'> {
    return this.dataSource.transaction(async (manager) => {
      const portfolioId = await lockPortfolioOf(manager, customerId);
      if (!portfolioId) return 'no-customer';
      const { opening, trades } = await this.ledger(manager, portfolioId);
      if (!trades.some((trade) => trade.id === transactionId)) return 'no-transaction';
      guard(
        opening,
        trades.filter((trade) => trade.id !== transactionId),
      );
      await manager.query(`DELETE FROM transactions WHERE id = $1`, [transactionId]);
      await bumpLedgerVersion(manager, portfolioId);
      return 'deleted';
    });
  }

  private async ledger(
    manager: EntityManager,
    portfolioId: string,
  ): Promise<{ opening: OpeningPosition[]; trades: (LedgerTrade & { id: string })[] }> {
    const [opening, trades] = await Promise.all([
      manager.query(`SELECT ticker, quantity::text AS quantity FROM holdings WHERE portfolio_id = $1`, [
        portfolioId,
      ]),
      ledgerTrades(manager, portfolioId),
    ]);
    return { opening, trades };
  }

  /** Every ticker held (opening holdings) or traded in any portfolio. */
  async heldTickers(): Promise<string[]> {
    const rows: { ticker: string }[] = await this.dataSource.query(
      `SELECT ticker FROM holdings UNION SELECT ticker FROM transactions ORDER BY ticker`,
    );
    return rows.map((row) => row.ticker);
  }

  /**
   * A customer's opening holdings and every trade dated on or before `until` (in no particular order: the
   * calculator orders them), in two set-based queries;
   * null when the customer does not exist.
   */
  async ledgerUntil(customerId: string, until: string): Promise<CustomerLedger | null> {
    // The version is read first: data read after it is at least as new, so a cache keyed by it never
    // holds results older than their version says.
    const [portfolio] = await this.dataSource.query(
      `SELECT id, ledger_version AS version FROM portfolios WHERE customer_id = $1`,
      [customerId],
    );
    if (!portfolio) return null;
    // Trades come back as one delimited string (tickers, types, decimals and dates hold no ',' or ';'):
    // splitting it is far cheaper than pg building 10,000 row objects or Postgres building JSON.
    const [opening, [{ packed }]] = await Promise.all([
      this.dataSource.query(
        `SELECT ticker, quantity::float8 AS quantity FROM holdings WHERE portfolio_id = $1 ORDER BY ticker`,
        [portfolio.id],
      ),
      this.dataSource.query(
        `SELECT string_agg(ticker || ',' || type || ',' || quantity::text || ',' || trade_date::text || ','
                           || COALESCE(price::text, ''), ';') AS packed
           FROM transactions WHERE portfolio_id = $1 AND trade_date <= $2`,
        [portfolio.id, until],
      ),
    ]);
    const trades = packed ? (packed as string).split(';').map(unpackTrade) : [];
    return { version: portfolio.version, opening, trades };
  }

  /** The portfolio's ledger version (bumped by every holdings or transactions change); null if no customer. */
  async ledgerVersion(customerId: string): Promise<number | null> {
    const [row] = await this.dataSource.query(
      `SELECT ledger_version FROM portfolios WHERE customer_id = $1`,
      [customerId],
    );
    return row ? row.ledger_version : null;
  }
}

export interface CustomerLedger {
  version: number;
  opening: { ticker: string; quantity: number }[];
  trades: {
    ticker: string;
    type: 'BUY' | 'SELL';
    quantity: number;
    tradeDate: string;
    price: number | null;
  }[];
}

function unpackTrade(packed: string): CustomerLedger['trades'][number] {
  const [ticker, type, quantity, tradeDate, price] = packed.split(',');
  return {
    ticker,
    type: type as 'BUY' | 'SELL',
    quantity: Number(quantity),
    tradeDate,
    price: price === '' ? null : Number(price),
  };
}
