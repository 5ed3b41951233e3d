import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

/** The SET list that marks a fetch of a ticker's whole history at the timestamp parameter `param`. */
export const fullFetchSet = (param: string): string => `full_fetch_at = ${param}, updated_at = now()`;

/** Marks a fetch of the ticker's whole history at `at`, on `db` (a transaction's manager, or the pool). */
export async function markFullFetch(
  db: Pick<EntityManager, 'query'>,
  ticker: string,
  at: Date,
): Promise<void> {
  await db.query(`UPDATE stocks SET ${fullFetchSet('$2')} WHERE ticker = $1`, [ticker, at]);
}

/** Owns the `stocks` table: the tickers the service knows. */
@Injectable()
export class StocksRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Creates missing `stocks` rows in one statement. Portfolios may name tickers whose prices were never
   * loaded (the original failed on a foreign key there). In ticker order: in the order given, two requests
   * naming the same new tickers in opposite orders each inserted (and held) one the other needed, a
   * deadlock (a 500).
   */
  async ensureTickers(tickers: string[]): Promise<void> {
    if (tickers.length === 0) return;
    await this.dataSource.query(
      `INSERT INTO stocks (ticker) SELECT t FROM unnest($1::varchar[]) AS t ORDER BY t
       ON CONFLICT (ticker) DO NOTHING`,
      [[...new Set(tickers)]],
    );
  }

  async exists(ticker: string): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM stocks WHERE ticker = $1`, [ticker]);
    return rows.length > 0;
  }

  async markFullFetch(ticker: string, at: Date): Promise<void> {
    await markFullFetch(this.dataSource, ticker, at);
  }

  async fullFetchAt(ticker: string): Promise<Date | null> {
    const [row] = await this.dataSource.query(`SELECT full_fetch_at FROM stocks WHERE ticker = $1`, [ticker]);
    return row?.full_fetch_at ?? null;
  }

  /** When each of these tickers' whole history was last fetched (null: never, e.g. imported). */
  async fullFetchDates(tickers: string[]): Promise<Map<string, Date | null>> {
    const rows: { ticker: string; fullFetchAt: Date | null }[] = await this.dataSource.query(
      `SELECT ticker, full_fetch_at AS "fullFetchAt" FROM stocks WHERE ticker = ANY($1::varchar[])`,
      [tickers],
    );
    return new Map(rows.map((row) => [row.ticker, row.fullFetchAt]));
  }

  /** Tickers among these whose name and exchange were never asked of the provider. */
  async withoutDetails(tickers: string[]): Promise<string[]> {
    const rows: { ticker: string }[] = await this.dataSource.query(
      `SELECT ticker FROM stocks WHERE ticker = ANY($1::varchar[]) AND details_fetched_at IS NULL`,
      [tickers],
    );
    return rows.map((row) => row.ticker);
  }

  async saveDetails(ticker: string, name: string | null, exchange: string | null): Promise<void> {
    await this.dataSource.query(
      `UPDATE stocks SET name = COALESCE($2, name), exchange = COALESCE($3, exchange),
              details_fetched_at = now(), updated_at = now()
        WHERE ticker = $1`,
      [ticker, name?.slice(0, 255) ?? null, exchange?.slice(0, 32) ?? null],
    );
  }
}
