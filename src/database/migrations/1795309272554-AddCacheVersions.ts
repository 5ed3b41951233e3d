import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddCacheVersions1795309272554 implements MigrationInterface {
  name = 'AddCacheVersions1795309272554';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "stocks" ADD "prices_updated_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "portfolios" ADD "ledger_version" integer NOT NULL DEFAULT \'0\'');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "portfolios" DROP COLUMN "ledger_version"');
    await queryRunner.query('ALTER TABLE "stocks" DROP COLUMN "prices_updated_at"');
  }
}
