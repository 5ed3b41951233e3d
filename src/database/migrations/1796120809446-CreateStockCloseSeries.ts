import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every ticker's closes packed in one row (cold series reads), filled from the bars already stored. */
export class CreateStockCloseSeries1796120809446 implements MigrationInterface {
  name = 'CreateStockCloseSeries1796120809446';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "stock_close_series" ("ticker" character varying(10) NOT NULL, "dates" text NOT NULL, "closes" text NOT NULL, "version" text NOT NULL, CONSTRAINT "PK_0723769e84b87aa0b7f3b3dfa20" PRIMARY KEY ("ticker"))',
    );
    await queryRunner.query(
      'ALTER TABLE "stock_close_series" ADD CONSTRAINT "FK_0723769e84b87aa0b7f3b3dfa20" FOREIGN KEY ("ticker") REFERENCES "stocks"("ticker") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      `INSERT INTO stock_close_series (ticker, dates, closes, version)
       SELECT p.ticker, string_agg(p.date::text, ',' ORDER BY p.date), string_agg(p.close::text, ',' ORDER BY p.date),
              COALESCE(s.prices_updated_at::text, '')
         FROM stock_prices p JOIN stocks s ON s.ticker = p.ticker
        GROUP BY p.ticker, s.prices_updated_at`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "stock_close_series" DROP CONSTRAINT "FK_0723769e84b87aa0b7f3b3dfa20"',
    );
    await queryRunner.query('DROP TABLE "stock_close_series"');
  }
}
