import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A key of each packed row's dates (their md5), so that a read of many tickers of one calendar sends those
 * dates once instead of once per ticker; filled for the rows already packed.
 */
export class AddStockCloseSeriesCalendar1796130000000 implements MigrationInterface {
  name = 'AddStockCloseSeriesCalendar1796130000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "stock_close_series" ADD "calendar" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`UPDATE "stock_close_series" SET "calendar" = md5("dates")`);
    await queryRunner.query(`ALTER TABLE "stock_close_series" ALTER COLUMN "calendar" DROP DEFAULT`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "stock_close_series" DROP COLUMN "calendar"`);
  }
}
