import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCorporateActions1796110010819 implements MigrationInterface {
  name = 'CreateCorporateActions1796110010819';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "cash_dividends" ("ticker" character varying(10) NOT NULL, "ex_dividend_date" date NOT NULL, "pay_date" date, "record_date" date, "cash_amount" numeric NOT NULL, "currency" character varying(3), "dividend_type" character varying(8), "source" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_cash_dividends_amount_not_negative" CHECK ("cash_amount" >= 0), CONSTRAINT "PK_4ef32b9060cbc800e0195f97411" PRIMARY KEY ("ticker", "ex_dividend_date"))',
    );
    await queryRunner.query(
      'CREATE TABLE "stock_splits" ("ticker" character varying(10) NOT NULL, "execution_date" date NOT NULL, "split_from" numeric NOT NULL, "split_to" numeric NOT NULL, "source" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_stock_splits_ratio_positive" CHECK ("split_from" > 0 AND "split_to" > 0), CONSTRAINT "PK_f7e5b68ef9ffafc0fea415ae224" PRIMARY KEY ("ticker", "execution_date"))',
    );
    await queryRunner.query(
      'ALTER TABLE "cash_dividends" ADD CONSTRAINT "FK_034ea4715abdf11d685cfa20481" FOREIGN KEY ("ticker") REFERENCES "stocks"("ticker") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "stock_splits" ADD CONSTRAINT "FK_d1665485d243293c9834b9a7210" FOREIGN KEY ("ticker") REFERENCES "stocks"("ticker") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "stock_splits" DROP CONSTRAINT "FK_d1665485d243293c9834b9a7210"');
    await queryRunner.query('ALTER TABLE "cash_dividends" DROP CONSTRAINT "FK_034ea4715abdf11d685cfa20481"');
    await queryRunner.query('DROP TABLE "stock_splits"');
    await queryRunner.query('DROP TABLE "cash_dividends"');
  }
}
