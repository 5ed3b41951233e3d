import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The packed close series are stored out of line without compression: pglz compressing ~45 KB of text
 * per ticker was about a millisecond of PostgreSQL CPU on every price write (a tenth of a populate's extra
 * work over the bare COPY), and a read need not decompress. They take ~3× the disk (about 45 KB a
 * ten-year ticker), small beside the ticker's rows. Rows already stored keep their form until rewritten.
 */
export class StoreCloseSeriesUncompressed1796140000000 implements MigrationInterface {
  name = 'StoreCloseSeriesUncompressed1796140000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "stock_close_series" ALTER COLUMN "dates" SET STORAGE EXTERNAL`);
    await queryRunner.query(`ALTER TABLE "stock_close_series" ALTER COLUMN "closes" SET STORAGE EXTERNAL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "stock_close_series" ALTER COLUMN "dates" SET STORAGE EXTENDED`);
    await queryRunner.query(`ALTER TABLE "stock_close_series" ALTER COLUMN "closes" SET STORAGE EXTENDED`);
  }
}
