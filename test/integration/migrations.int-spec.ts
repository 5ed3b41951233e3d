import { DataSource } from 'typeorm';
import { loadConfig } from '../../src/config/load-config.js';
import { dataSourceOptions } from '../../src/database/data-source-options.js';
import { runMigrations } from '../../src/database/run-migrations.js';
import { createTestDatabase, TestDatabase } from '../support/test-database.js';

describe('schema from migrations (guards the original defect "no migrations")', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase({ empty: true });
    dataSource = new DataSource(dataSourceOptions(database.url, loadConfig({}).database));
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('an empty database gets every table from migrations, and the entities need no further SQL (no drift)', async () => {
    const applied = await runMigrations(dataSource);
    expect(applied.length).toBeGreaterThanOrEqual(2);
    const tables = await dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
    );
    expect(tables.map((t: { table_name: string }) => t.table_name)).toEqual(
      expect.arrayContaining([
        'customers',
        'portfolios',
        'holdings',
        'transactions',
        'stocks',
        'stock_prices',
        'migrations',
      ]),
    );
    const drift = await dataSource.driver.createSchemaBuilder().log();
    expect(drift.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('running migrations again is a no-op, also when two runs race (advisory lock)', async () => {
    const [a, b] = await Promise.all([runMigrations(dataSource), runMigrations(dataSource)]);
    expect([...a, ...b]).toEqual([]);
  });

  it('quantities and prices are numeric columns, and quantities must be positive (database checks)', async () => {
    const columns = await dataSource.query(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
        WHERE (table_name, column_name) IN (('holdings','quantity'),('transactions','quantity'),('transactions','price'),('stock_prices','close'))
        ORDER BY table_name, column_name`,
    );
    expect(columns.every((c: { data_type: string }) => c.data_type === 'numeric')).toBe(true);
    await dataSource.query(`INSERT INTO stocks (ticker) VALUES ('CHK')`);
    const [customer] = await dataSource.query(
      `INSERT INTO customers (name, address) VALUES ('c', 'a') RETURNING id`,
    );
    const [portfolio] = await dataSource.query(
      `INSERT INTO portfolios (customer_id) VALUES ($1) RETURNING id`,
      [customer.id],
    );
    await expect(
      dataSource.query(
        `INSERT INTO holdings (portfolio_id, ticker, quantity, as_of) VALUES ($1, 'CHK', 0, '2024-01-02')`,
        [portfolio.id],
      ),
    ).rejects.toThrow(/CHK_holdings_quantity_positive/);
  });
});
