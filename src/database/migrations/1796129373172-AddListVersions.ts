import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables each cached list route reads: a write to any of them changes that list's version. */
const LIST_TABLES: Record<string, string[]> = {
  customers: ['customers', 'portfolios', 'holdings'],
  jobs: ['price_jobs', 'price_job_tickers'],
  stocks: ['stocks', 'stock_prices'],
};

/**
 * Change counters for the list routes' page caches: every INSERT, UPDATE, DELETE, COPY or TRUNCATE
 * statement on a table a list reads adds one to a shard of that list's counter, in the writer's
 * transaction (so the bump commits, or rolls back, with the write). Shard = backend pid % 16: concurrent
 * writers mostly hold different rows until they commit. A list's version is the sum of its shards.
 */
export class AddListVersions1796129373172 implements MigrationInterface {
  name = 'AddListVersions1796129373172';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "list_versions" ("list" text NOT NULL, "shard" smallint NOT NULL, "version" bigint NOT NULL, CONSTRAINT "PK_ae4854aa4c127d9047fef49d3e4" PRIMARY KEY ("list", "shard"))',
    );
    await queryRunner.query(
      `CREATE FUNCTION bump_list_version() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         INSERT INTO list_versions (list, shard, version) VALUES (TG_ARGV[0], pg_backend_pid() % 16, 1)
         ON CONFLICT (list, shard) DO UPDATE SET version = list_versions.version + 1;
         RETURN NULL;
       END $$`,
    );
    for (const [list, tables] of Object.entries(LIST_TABLES)) {
      for (const table of tables) {
        await queryRunner.query(
          `CREATE TRIGGER "${table}_bump_list_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
           FOR EACH STATEMENT EXECUTE FUNCTION bump_list_version('${list}')`,
        );
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const tables of Object.values(LIST_TABLES)) {
      for (const table of tables) {
        await queryRunner.query(`DROP TRIGGER "${table}_bump_list_version" ON "${table}"`);
      }
    }
    await queryRunner.query('DROP FUNCTION bump_list_version()');
    await queryRunner.query('DROP TABLE "list_versions"');
  }
}
