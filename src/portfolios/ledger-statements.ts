import type { EntityManager } from 'typeorm';
import type { LedgerTrade } from './position-ledger.js';

/**
 * The statements every write to a portfolio's ledger (opening holdings or trades) runs inside its
 * transaction: lock the portfolio, read its trades for the position check, bump its ledger version.
 */

/** Locks the customer's portfolio row until the transaction ends; undefined when there is none. */
export async function lockPortfolioOf(
  manager: EntityManager,
  customerId: string,
): Promise<string | undefined> {
  const [portfolio] = await manager.query(`SELECT id FROM portfolios WHERE customer_id = $1 FOR UPDATE`, [
    customerId,
  ]);
  return portfolio?.id;
}

export function ledgerTrades(
  manager: EntityManager,
  portfolioId: string,
): Promise<(LedgerTrade & { id: string })[]> {
  return manager.query(
    `SELECT id, ticker, type, quantity::text AS quantity, trade_date::text AS "tradeDate"
       FROM transactions WHERE portfolio_id = $1`,
    [portfolioId],
  );
}

/** Every ledger change bumps the version, so results cached by it are recomputed. */
export async function bumpLedgerVersion(manager: EntityManager, portfolioId: string): Promise<void> {
  await manager.query(`UPDATE portfolios SET ledger_version = ledger_version + 1 WHERE id = $1`, [
    portfolioId,
  ]);
}
