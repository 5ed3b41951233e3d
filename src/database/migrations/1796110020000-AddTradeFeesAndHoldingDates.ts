import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Trade fees (default 0) and the date of each opening holding. Existing holdings get the New York date on
 * which they were entered, which is what the API assumes when `as_of` is not given.
 */
export class AddTradeFeesAndHoldingDates1796110020000 implements MigrationInterface {
  name = 'AddTradeFeesAndHoldingDates1796110020000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "transactions" ADD "fee" numeric(28,8) NOT NULL DEFAULT \'0\'');
    await queryRunner.query(
      'ALTER TABLE "transactions" ADD CONSTRAINT "CHK_transactions_fee_not_negative" CHECK ("fee" >= 0)',
    );
    await queryRunner.query('ALTER TABLE "holdings" ADD "as_of" date');
    await queryRunner.query(
      `UPDATE "holdings" SET "as_of" = ("created_at" AT TIME ZONE 'America/New_York')::date`,
    );
    await queryRunner.query('ALTER TABLE "holdings" ALTER COLUMN "as_of" SET NOT NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "holdings" DROP COLUMN "as_of"');
    await queryRunner.query('ALTER TABLE "transactions" DROP CONSTRAINT "CHK_transactions_fee_not_negative"');
    await queryRunner.query('ALTER TABLE "transactions" DROP COLUMN "fee"');
  }
}
