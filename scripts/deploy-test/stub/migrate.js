// Stand-in for dist/database/migrate.js (deploy-test --stub): creates one table, idempotently.
import pg from 'pg';

const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();
await client.query(
  'CREATE TABLE IF NOT EXISTS deploy_test_stub_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
);
const result = await client.query(
  "INSERT INTO deploy_test_stub_migrations (name) VALUES ('0001-CreateStubTable') ON CONFLICT DO NOTHING",
);
console.log(result.rowCount ? 'Applied: 0001-CreateStubTable' : 'No pending migrations.');
await client.end();
