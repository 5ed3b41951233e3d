import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each stock's coverage (first and last bar date, bar count) kept on its row by the bar writers, in the
 * transaction that writes the bars: the stocks list no longer counts every stored bar on a cache miss (about
 * 4 s for 500 tickers × 10 years right after a populate, before autovacuum has set the visibility map, and
 * past the statement timeout for a few thousand tickers). Backfilled from the stored bars.
 *
 * The repository's writes (COPY and merges; the service never deletes a bar) grow it in their own
 * statements at no cost per row. A DELETE or TRUNCATE from elsewhere (an operator removing bad bars by
 * hand) recounts the tickers it touched, by statement triggers. Changing a stored bar's ticker or date by
 * hand is not covered: nothing in the service does it.
 */
export class AddStockCoverage1796160000000 implements MigrationInterface {
  name = 'AddStockCoverage1796160000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "stocks" ADD "first_bar_date" date, ADD "last_bar_date" date,
         ADD "bar_count" integer NOT NULL DEFAULT 0,
         ADD CONSTRAINT "CHK_stocks_bar_count" CHECK ("bar_count" >= 0)`,
    );
    // One recount, for the backfill, the DELETE trigger, and by hand after bars are written around the
    // service (docs/OPERATIONS.md).
    await queryRunner.query(
      `CREATE FUNCTION recount_stock_coverage(tickers varchar[]) RETURNS void LANGUAGE sql AS $$
         UPDATE stocks s SET first_bar_date = c.first_date, last_bar_date = c.last_date, bar_count = c.bars
           FROM (SELECT t.ticker, min(p.date) AS first_date, max(p.date) AS last_date, count(p.date)::int AS bars
                   FROM unnest(tickers) AS t(ticker) LEFT JOIN stock_prices p ON p.ticker = t.ticker
                  GROUP BY t.ticker) c
          WHERE s.ticker = c.ticker
       $$`,
    );
    await queryRunner.query(`SELECT recount_stock_coverage(array(SELECT ticker FROM stocks))`);
    await queryRunner.query(
      `CREATE FUNCTION recount_stock_coverage_after_removal() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP = 'TRUNCATE' THEN
           UPDATE stocks SET first_bar_date = NULL, last_bar_date = NULL, bar_count = 0 WHERE bar_count <> 0;
         ELSE
           PERFORM recount_stock_coverage(array(SELECT DISTINCT ticker FROM removed));
         END IF;
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "stock_prices_recount_coverage_on_delete" AFTER DELETE ON "stock_prices"
         REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION recount_stock_coverage_after_removal()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "stock_prices_recount_coverage_on_truncate" AFTER TRUNCATE ON "stock_prices"
         FOR EACH STATEMENT EXECUTE FUNCTION recount_stock_coverage_after_removal()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "stock_prices_recount_coverage_on_truncate" ON "stock_prices"`);
    await queryRunner.query(`DROP TRIGGER "stock_prices_recount_coverage_on_delete" ON "stock_prices"`);
    await queryRunner.query(`DROP FUNCTION recount_stock_coverage_after_removal()`);
    await queryRunner.query(`DROP FUNCTION recount_stock_coverage(varchar[])`);
    await queryRunner.query(
      `ALTER TABLE "stocks" DROP CONSTRAINT "CHK_stocks_bar_count", DROP COLUMN "bar_count",
         DROP COLUMN "last_bar_date", DROP COLUMN "first_bar_date"`,
    );
  }
}
