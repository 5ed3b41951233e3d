import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePriceStorageAndJobs1795306548576 implements MigrationInterface {
  name = 'CreatePriceStorageAndJobs1795306548576';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "price_jobs" ("id" uuid NOT NULL, "type" character varying(32) NOT NULL, "state" character varying(24) NOT NULL, "dedupe_key" character varying(64) NOT NULL, "request" jsonb NOT NULL, "tickers_total" integer NOT NULL, "error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4c64c8fcd20c175dcd084bdffbd" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_price_jobs_created" ON "price_jobs"  ("created_at") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_price_jobs_active_dedupe" ON "price_jobs"  ("dedupe_key") WHERE "state" IN (\'queued\', \'running\')',
    );
    await queryRunner.query(
      'CREATE TABLE "price_job_tickers" ("job_id" uuid NOT NULL, "ticker" character varying(10) NOT NULL, "state" character varying(16) NOT NULL, "from_date" date, "to_date" date, "bars" integer NOT NULL DEFAULT \'0\', "error" text, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_89b0abc59d5484cb35f7744e2c7" PRIMARY KEY ("job_id", "ticker"))',
    );
    await queryRunner.query(
      'CREATE TABLE "rate_limits" ("name" character varying(64) NOT NULL, "next_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_62b7bd9719744f63307ea5f2336" PRIMARY KEY ("name"))',
    );
    await queryRunner.query(
      'CREATE TABLE "stock_prices" ("ticker" character varying(10) NOT NULL, "date" date NOT NULL, "open" numeric NOT NULL, "high" numeric NOT NULL, "low" numeric NOT NULL, "close" numeric NOT NULL, "volume" numeric NOT NULL, "vwap" numeric, "trades" bigint, "adjusted" boolean NOT NULL, "source" character varying(16) NOT NULL, "fetched_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_ce2ade4859196148b9c3e8ca690" PRIMARY KEY ("ticker", "date"))',
    );
    await queryRunner.query('ALTER TABLE "stocks" ADD "full_fetch_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "stocks" ADD "details_fetched_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query(
      'ALTER TABLE "price_job_tickers" ADD CONSTRAINT "FK_010638c9e49a0292bf585a5bdee" FOREIGN KEY ("job_id") REFERENCES "price_jobs"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "stock_prices" ADD CONSTRAINT "FK_6b62cb07dee1998e98b013d5f95" FOREIGN KEY ("ticker") REFERENCES "stocks"("ticker") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "stock_prices" DROP CONSTRAINT "FK_6b62cb07dee1998e98b013d5f95"');
    await queryRunner.query(
      'ALTER TABLE "price_job_tickers" DROP CONSTRAINT "FK_010638c9e49a0292bf585a5bdee"',
    );
    await queryRunner.query('ALTER TABLE "stocks" DROP COLUMN "details_fetched_at"');
    await queryRunner.query('ALTER TABLE "stocks" DROP COLUMN "full_fetch_at"');
    await queryRunner.query('DROP TABLE "stock_prices"');
    await queryRunner.query('DROP TABLE "rate_limits"');
    await queryRunner.query('DROP TABLE "price_job_tickers"');
    await queryRunner.query('DROP INDEX "public"."IDX_price_jobs_active_dedupe"');
    await queryRunner.query('DROP INDEX "public"."IDX_price_jobs_created"');
    await queryRunner.query('DROP TABLE "price_jobs"');
  }
}
