import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateApiKeys1795306821167 implements MigrationInterface {
  name = 'CreateApiKeys1795306821167';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "api_keys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "customer_id" uuid NOT NULL, "name" character varying(100), "prefix" character varying(16) NOT NULL, "secret_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5c8a79801b44bd27b79228e1dad" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_api_keys_customer" ON "api_keys"  ("customer_id") ');
    await queryRunner.query('CREATE INDEX "IDX_api_keys_prefix" ON "api_keys"  ("prefix") ');
    await queryRunner.query(
      'ALTER TABLE "api_keys" ADD CONSTRAINT "FK_787d16158104af3f688628513d7" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "api_keys" DROP CONSTRAINT "FK_787d16158104af3f688628513d7"');
    await queryRunner.query('DROP INDEX "public"."IDX_api_keys_prefix"');
    await queryRunner.query('DROP INDEX "public"."IDX_api_keys_customer"');
    await queryRunner.query('DROP TABLE "api_keys"');
  }
}
