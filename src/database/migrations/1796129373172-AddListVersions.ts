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
 * transaction (so the bump commits, or rolls back, with the write). A list's version is the sum of its
 * shards. The bump takes the writer's own shard (backend pid % 16) or, when another open transaction holds
 * that row, any free one (SKIP LOCKED): a write never waits for another's commit here, so the counter adds
 * neither queueing nor a deadlock (a customer update and a trade lock the portfolio and the counter in
 * opposite orders). With all 16 held, the writer adds (or reuses) a shard of its own pid, one no other live
 * backend uses, so it still waits for nobody.
 */
export class AddListVersions1796129373172 implements MigrationInterface {
  name = 'AddListVersions1796129373172';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "list_versions" ("list" text NOT NULL, "shard" smallint NOT NULL, "version" bigint NOT NULL, CONSTRAINT "PK_ae4854aa4c127d9047fef49d3e4" PRIMARY KEY ("list", "shard"))',
    );
    await queryRunner.query(
      `INSERT INTO list_versions (list, shard, version)
       SELECT list, shard, 0 FROM unnest($1::text[]) list CROSS JOIN generate_series(0, 15) shard`,
      [Object.keys(LIST_TABLES)],
    );
    await queryRunner.query(
      `CREATE FUNCTION bump_list_version() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         UPDATE list_versions v SET version = v.version + 1
           FROM (SELECT shard FROM list_versions WHERE list = TG_ARGV[0]
                  ORDER BY shard = pg_backend_pid() % 16 DESC, shard
                  LIMIT 1 FOR UPDATE SKIP LOCKED) free
          WHERE v.list = TG_ARGV[0] AND v.shard = free.shard;
         IF NOT FOUND THEN
           INSERT INTO list_versions (list, shard, version)
           VALUES (TG_ARGV[0], 16 + pg_backend_pid() % 32000, 1)
           ON CONFLICT (list, shard) DO UPDATE SET version = list_versions.version + 1;
         END IF;
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
