import { Logger, Provider } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { POLYGON_METRICS, type PolygonMetrics } from './polygon-metrics.js';
import { MARKET_DATA_PROVIDER, type MarketDataProvider } from './providers/market-data-provider.js';
import { PolygonProvider } from './providers/polygon/polygon.provider.js';
import { PgRateLimiter } from './rate-limit/pg-rate-limiter.js';

/** Polygon when POLYGON_API_KEY is set, otherwise none (populate answers 503; import and reads work). */
export const marketDataProviderFactory: Provider = {
  provide: MARKET_DATA_PROVIDER,
  inject: [APP_CONFIG, getDataSourceToken(), POLYGON_METRICS],
  useFactory: (
    config: AppConfig,
    dataSource: DataSource,
    metrics: PolygonMetrics,
  ): MarketDataProvider | null => {
    const { apiKey, baseUrl, timeoutMs, maxRetries, requestsPerMinute } = config.polygon;
    if (!apiKey) return null;
    const logger = new Logger('Polygon');
    return new PolygonProvider({
      apiKey,
      baseUrl,
      timeoutMs,
      maxRetries,
      rateLimiter: new PgRateLimiter(dataSource, 'polygon', requestsPerMinute),
      onRequest: (outcome) => metrics.polygonRequest(outcome),
      logger: { warn: (details, message) => logger.warn(details, message) },
    });
  },
};
