import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Owns the `stocks` table: the tickers the service knows. */
@Injectable()
export class StocksRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Creates missing `stocks` rows in one statement. Portfolios may name tickers whose prices were never
   * loaded (the original failed on a foreign key there).
   */
  async ensureTickers(tickers: string[]): Promise<void> {
    if (tickers.length === 0) return;
    await this.dataSource.query(
      `INSERT INTO stocks (ticker) SELECT unnest($1::varchar[]) ON CONFLICT (ticker) DO NOTHING`,
      [[...new Set(tickers)]],
    );
  }
}
