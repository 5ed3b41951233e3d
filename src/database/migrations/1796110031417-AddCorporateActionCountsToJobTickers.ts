import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each ticker of a price job also reports the split and dividend rows its load stored. */
export class AddCorporateActionCountsToJobTickers1796110031417 implements MigrationInterface {
  name = 'AddCorporateActionCountsToJobTickers1796110031417';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "price_job_tickers" ADD "splits" integer NOT NULL DEFAULT 0');
    await queryRunner.query('ALTER TABLE "price_job_tickers" ADD "dividends" integer NOT NULL DEFAULT 0');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "price_job_tickers" DROP COLUMN "dividends"');
    await queryRunner.query('ALTER TABLE "price_job_tickers" DROP COLUMN "splits"');
  }
}
