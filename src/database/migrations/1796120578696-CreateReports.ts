import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Reports over every customer: the request, its chunks (one queue job each) and each customer's line. */
export class CreateReports1796120578696 implements MigrationInterface {
  name = 'CreateReports1796120578696';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "reports" ("id" uuid NOT NULL, "type" character varying(32) NOT NULL, "state" character varying(16) NOT NULL, "request" jsonb NOT NULL, "customers_total" integer NOT NULL, "parts_total" integer NOT NULL, "error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d9013193989303580053c0b5ef6" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "report_lines" ("report_id" uuid NOT NULL, "customer_id" uuid NOT NULL, "part" integer NOT NULL, "body" text NOT NULL, CONSTRAINT "PK_3227c6a1d3d82dc9e5dcbb66b99" PRIMARY KEY ("report_id", "customer_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "report_parts" ("report_id" uuid NOT NULL, "part" integer NOT NULL, "state" character varying(16) NOT NULL, "customer_ids" uuid array NOT NULL, "customers_done" integer NOT NULL DEFAULT \'0\', "customers_failed" integer NOT NULL DEFAULT \'0\', "error" text, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_660303d8c378a49b9e986f0e3bc" PRIMARY KEY ("report_id", "part"))',
    );
    await queryRunner.query(
      'ALTER TABLE "report_lines" ADD CONSTRAINT "FK_e1adf05ccd6bc87b611b1eec4f6" FOREIGN KEY ("report_id") REFERENCES "reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "report_parts" ADD CONSTRAINT "FK_0694935a4cad29e9c698a986392" FOREIGN KEY ("report_id") REFERENCES "reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "report_parts" DROP CONSTRAINT "FK_0694935a4cad29e9c698a986392"');
    await queryRunner.query('ALTER TABLE "report_lines" DROP CONSTRAINT "FK_e1adf05ccd6bc87b611b1eec4f6"');
    await queryRunner.query('DROP TABLE "report_parts"');
    await queryRunner.query('DROP TABLE "report_lines"');
    await queryRunner.query('DROP TABLE "reports"');
  }
}
