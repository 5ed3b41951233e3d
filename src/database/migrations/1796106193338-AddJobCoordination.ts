import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddJobCoordination1796106193338 implements MigrationInterface {
  name = 'AddJobCoordination1796106193338';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "job_claims" ("job_id" uuid NOT NULL, "queue" character varying(64) NOT NULL, "attempt" integer NOT NULL, "instance_id" character varying(128) NOT NULL, "claimed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8b2354482394d3b51868b6265ff" PRIMARY KEY ("job_id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_job_claims_instance" ON "job_claims"  ("instance_id") ');
    await queryRunner.query(
      'CREATE TABLE "price_refresh_periods" ("period" TIMESTAMP WITH TIME ZONE NOT NULL, "job_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fd324f3e64b11ccad5d6a1179d0" PRIMARY KEY ("period"))',
    );
    await queryRunner.query(
      'CREATE TABLE "rate_limit_slots" ("name" character varying(64) NOT NULL, "slot" integer NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "taken" bigint NOT NULL DEFAULT \'0\', CONSTRAINT "PK_0f82c5be8da085286011940da3b" PRIMARY KEY ("name", "slot"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_rate_limit_slots_next" ON "rate_limit_slots"  ("name", "at") ',
    );
    // The spacing limiter's single row per name is replaced by the chains above.
    await queryRunner.query('DROP TABLE "rate_limits"');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "rate_limits" ("name" character varying(64) NOT NULL, "next_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_62b7bd9719744f63307ea5f2336" PRIMARY KEY ("name"))',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_rate_limit_slots_next"');
    await queryRunner.query('DROP TABLE "rate_limit_slots"');
    await queryRunner.query('DROP TABLE "price_refresh_periods"');
    await queryRunner.query('DROP INDEX "public"."IDX_job_claims_instance"');
    await queryRunner.query('DROP TABLE "job_claims"');
  }
}
