import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCoreTables1795306173832 implements MigrationInterface {
  name = 'CreateCoreTables1795306173832';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "stocks" ("ticker" character varying(10) NOT NULL, "name" character varying(255), "exchange" character varying(32), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_67e5527b870ca7e013858ed3d78" PRIMARY KEY ("ticker"))',
    );
    await queryRunner.query(
      'CREATE TABLE "holdings" ("portfolio_id" uuid NOT NULL, "ticker" character varying(10) NOT NULL, "quantity" numeric(28,8) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_holdings_quantity_positive" CHECK ("quantity" > 0), CONSTRAINT "PK_40e8c7f9235848bb4c0f9fe07f2" PRIMARY KEY ("portfolio_id", "ticker"))',
    );
    await queryRunner.query(
      'CREATE TABLE "portfolios" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "customer_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "REL_efa90da6720433beda5830cc51" UNIQUE ("customer_id"), CONSTRAINT "PK_488aa6e9b219d1d9087126871ae" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "customers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(255) NOT NULL, "address" character varying(500) NOT NULL, "email" character varying(320), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_8536b8b85c06969f84f0c098b03" UNIQUE ("email"), CONSTRAINT "PK_133ec679a801fab5e070f73d3ea" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "transactions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "portfolio_id" uuid NOT NULL, "ticker" character varying(10) NOT NULL, "type" character varying(4) NOT NULL, "quantity" numeric(28,8) NOT NULL, "trade_date" date NOT NULL, "price" numeric, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_transactions_type" CHECK ("type" IN (\'BUY\', \'SELL\')), CONSTRAINT "CHK_transactions_price_positive" CHECK ("price" IS NULL OR "price" > 0), CONSTRAINT "CHK_transactions_quantity_positive" CHECK ("quantity" > 0), CONSTRAINT "PK_a219afd8dd77ed80f5a862f1db9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_transactions_portfolio_date" ON "transactions"  ("portfolio_id", "trade_date") ',
    );
    await queryRunner.query(
      'ALTER TABLE "holdings" ADD CONSTRAINT "FK_2f4f9915c4b755588d01fee50be" FOREIGN KEY ("portfolio_id") REFERENCES "portfolios"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "holdings" ADD CONSTRAINT "FK_da0b6a85fad0ce68af9457d609e" FOREIGN KEY ("ticker") REFERENCES "stocks"("ticker") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "portfolios" ADD CONSTRAINT "FK_efa90da6720433beda5830cc512" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "transactions" ADD CONSTRAINT "FK_6a323de73ef7d943df41a4fdd20" FOREIGN KEY ("portfolio_id") REFERENCES "portfolios"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "transactions" ADD CONSTRAINT "FK_c69df031bbed8e8f0e713ac3779" FOREIGN KEY ("ticker") REFERENCES "stocks"("ticker") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "transactions" DROP CONSTRAINT "FK_c69df031bbed8e8f0e713ac3779"');
    await queryRunner.query('ALTER TABLE "transactions" DROP CONSTRAINT "FK_6a323de73ef7d943df41a4fdd20"');
    await queryRunner.query('ALTER TABLE "portfolios" DROP CONSTRAINT "FK_efa90da6720433beda5830cc512"');
    await queryRunner.query('ALTER TABLE "holdings" DROP CONSTRAINT "FK_da0b6a85fad0ce68af9457d609e"');
    await queryRunner.query('ALTER TABLE "holdings" DROP CONSTRAINT "FK_2f4f9915c4b755588d01fee50be"');
    await queryRunner.query('DROP INDEX "public"."IDX_transactions_portfolio_date"');
    await queryRunner.query('DROP TABLE "transactions"');
    await queryRunner.query('DROP TABLE "customers"');
    await queryRunner.query('DROP TABLE "portfolios"');
    await queryRunner.query('DROP TABLE "holdings"');
    await queryRunner.query('DROP TABLE "stocks"');
  }
}
