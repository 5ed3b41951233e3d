import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { CorporateActionSource, DividendRecord, SplitRecord } from './corporate-action.records.js';

const SPLIT_COLUMNS = `execution_date::text AS "executionDate", split_from::text AS "splitFrom", split_to::text AS "splitTo"`;
const DIVIDEND_COLUMNS = `ex_dividend_date::text AS "exDividendDate", pay_date::text AS "payDate",
  record_date::text AS "recordDate", cash_amount::text AS "cashAmount", currency, dividend_type AS "dividendType"`;

/**
 * Owns `stock_splits` and `cash_dividends`. Upserts are idempotent (keyed by ticker and date) and bump the
 * ticker's price version when anything changed, so cached returns never outlive the data they used. They
 * write their rows in date order: in the order given (an import's, a provider's), two writers of one
 * ticker given its dates in opposite orders each held a row the other wanted, a deadlock (a 500).
 */
@Injectable()
export class CorporateActionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Upserts splits in one statement; returns how many rows were inserted or changed (counted by
   * RETURNING: for an INSERT, TypeORM's query() answers the rows, not an affected count).
   */
  async upsertSplits(ticker: string, splits: SplitRecord[], source: CorporateActionSource): Promise<number> {
    if (splits.length === 0) return 0;
    return this.dataSource.transaction(async (manager) => {
      const changed: unknown[] = await manager.query(
        `INSERT INTO stock_splits AS s (ticker, execution_date, split_from, split_to, source)
         SELECT $1, u.execution_date, u.split_from, u.split_to, $2
           FROM unnest($3::date[], $4::numeric[], $5::numeric[]) AS u(execution_date, split_from, split_to)
          ORDER BY u.execution_date -- rows are locked in one order, so two writers of a ticker cannot deadlock
         ON CONFLICT (ticker, execution_date) DO UPDATE SET
           split_from = EXCLUDED.split_from, split_to = EXCLUDED.split_to, source = EXCLUDED.source,
           updated_at = now()
         WHERE (s.split_from, s.split_to) IS DISTINCT FROM (EXCLUDED.split_from, EXCLUDED.split_to)
         RETURNING 1`,
        [
          ticker,
          source,
          splits.map((split) => split.executionDate),
          splits.map((split) => split.splitFrom),
          splits.map((split) => split.splitTo),
        ],
      );
      return bumpWhenChanged(manager, ticker, changed.length);
    });
  }

  /** Upserts dividends in one statement; returns how many rows were inserted or changed. */
  async upsertDividends(
    ticker: string,
    dividends: DividendRecord[],
    source: CorporateActionSource,
  ): Promise<number> {
    if (dividends.length === 0) return 0;
    const column = <K extends keyof DividendRecord>(key: K) => dividends.map((dividend) => dividend[key]);
    return this.dataSource.transaction(async (manager) => {
      const changed: unknown[] = await manager.query(
        `INSERT INTO cash_dividends AS d
                (ticker, ex_dividend_date, pay_date, record_date, cash_amount, currency, dividend_type, source)
         SELECT $1, u.ex_dividend_date, u.pay_date, u.record_date, u.cash_amount, u.currency, u.dividend_type, $2
           FROM unnest($3::date[], $4::date[], $5::date[], $6::numeric[], $7::varchar[], $8::varchar[])
                AS u(ex_dividend_date, pay_date, record_date, cash_amount, currency, dividend_type)
          ORDER BY u.ex_dividend_date -- one lock order, as for splits
         ON CONFLICT (ticker, ex_dividend_date) DO UPDATE SET
           pay_date = EXCLUDED.pay_date, record_date = EXCLUDED.record_date, cash_amount = EXCLUDED.cash_amount,
           currency = EXCLUDED.currency, dividend_type = EXCLUDED.dividend_type, source = EXCLUDED.source,
           updated_at = now()
         WHERE (d.pay_date, d.record_date, d.cash_amount, d.currency, d.dividend_type)
           IS DISTINCT FROM (EXCLUDED.pay_date, EXCLUDED.record_date, EXCLUDED.cash_amount, EXCLUDED.currency,
                             EXCLUDED.dividend_type)
         RETURNING 1`,
        [
          ticker,
          source,
          column('exDividendDate'),
          column('payDate'),
          column('recordDate'),
          column('cashAmount'),
          column('currency'),
          column('dividendType'),
        ],
      );
      return bumpWhenChanged(manager, ticker, changed.length);
    });
  }

  /**
   * Each ticker's splits, ascending by execution date; tickers without any are left out. Read through
   * `manager` when a caller's transaction needs them.
   */
  async splitsFor(
    tickers: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, SplitRecord[]>> {
    const rows: (SplitRecord & { ticker: string })[] = tickers.length
      ? await manager.query(
          `SELECT ticker, ${SPLIT_COLUMNS} FROM stock_splits WHERE ticker = ANY($1::varchar[])
            ORDER BY ticker, execution_date`,
          [tickers],
        )
      : [];
    return groupByTicker(rows);
  }

  /** Each ticker's dividends, ascending by ex-dividend date; tickers without any are left out. */
  async dividendsFor(tickers: string[]): Promise<Map<string, DividendRecord[]>> {
    const rows: (DividendRecord & { ticker: string })[] = tickers.length
      ? await this.dataSource.query(
          `SELECT ticker, ${DIVIDEND_COLUMNS} FROM cash_dividends WHERE ticker = ANY($1::varchar[])
            ORDER BY ticker, ex_dividend_date`,
          [tickers],
        )
      : [];
    return groupByTicker(rows);
  }
}

/** Every write of corporate actions bumps the ticker's price version (returns are cached by it). */
async function bumpWhenChanged(manager: EntityManager, ticker: string, changed: number): Promise<number> {
  if (changed > 0) {
    await manager.query(`UPDATE stocks SET prices_updated_at = clock_timestamp() WHERE ticker = $1`, [
      ticker,
    ]);
  }
  return changed;
}

function groupByTicker<T extends { ticker: string }>(rows: T[]): Map<string, Omit<T, 'ticker'>[]> {
  const byTicker = new Map<string, Omit<T, 'ticker'>[]>();
  for (const { ticker, ...rest } of rows) {
    const list = byTicker.get(ticker) ?? [];
    list.push(rest);
    byTicker.set(ticker, list);
  }
  return byTicker;
}
