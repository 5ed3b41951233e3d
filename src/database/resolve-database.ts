import type { AppConfig } from '../config/app-config.js';
import { ensureDatabase, withDatabase } from './database-url.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';

export interface ResolvedDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

const EMBEDDED_DATABASE = 'portfolio_returns';

/** DATABASE_URL when set; otherwise a persistent embedded PostgreSQL under the configured data dir. */
export async function resolveDatabase(database: AppConfig['database']): Promise<ResolvedDatabase> {
  if (database.url) return { url: database.url, embedded: false, stop: async () => undefined };
  const server = await startEmbeddedPostgres(database.embeddedDataDir, true);
  await ensureDatabase(server.adminUrl, EMBEDDED_DATABASE);
  return { url: withDatabase(server.adminUrl, EMBEDDED_DATABASE), embedded: true, stop: server.stop };
}
