import 'reflect-metadata';
import { createApp } from './app.factory.js';
import { ConfigError } from './config/config-error.js';
import { loadConfig } from './config/load-config.js';
import { resolveDatabase } from './database/resolve-database.js';
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
  await app.listen({ port: config.port, host: config.host });
  logger.info({ port: config.port, environment: config.nodeEnv }, 'portfolio-returns listening');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'Shutting down: draining requests and workers');
    const timer = setTimeout(() => {
      logger.error('Shutdown timed out; exiting');
      process.exit(1);
    }, config.shutdownTimeoutMs + 5000);
    try {
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
