import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuthModule } from './auth/auth.module.js';
import { ProblemDetailsFilter } from './common/problem/problem-details.filter.js';
import type { Clock } from './common/time/clock.js';
import { createValidationPipe } from './common/validation/validation.pipe.js';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { CustomersModule } from './customers/customers.module.js';
import { databaseOutageOf, dataSourceOptions, sslOptions } from './database/data-source-options.js';
import { HealthModule } from './health/health.module.js';
import { JobsModule } from './jobs/jobs.module.js';
import { QUEUE_DATABASE, type QueueDatabase } from './jobs/queue-database.js';
import { MarketDataModule } from './market-data/market-data.module.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { PopulationModule } from './population/population.module.js';
import { PortfoliosModule } from './portfolios/portfolios.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { ReturnsModule } from './returns/returns.module.js';
import { RootController } from './root/root.controller.js';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  clock?: Clock;
}

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      // Global for QUEUE_DATABASE only: the queue plumbing gets the database from the composition root.
      global: true,
      imports: [
        ConfigModule.forRoot(options.config, options.databaseUrl, options.clock),
        TypeOrmModule.forRoot(dataSourceOptions(options.databaseUrl, options.config.database)),
        CustomersModule,
        PortfoliosModule,
        MarketDataModule,
        JobsModule,
        PopulationModule,
        ReturnsModule,
        ReportsModule,
        MetricsModule,
        HealthModule,
        AuthModule,
      ],
      controllers: [RootController],
      providers: [
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        {
          provide: QUEUE_DATABASE,
          inject: [getDataSourceToken()],
          useFactory: (dataSource: DataSource): QueueDatabase => ({
            connectionString: options.databaseUrl,
            ssl: sslOptions(options.config.database),
            isOutage: (error) => databaseOutageOf(dataSource).failed(error),
          }),
        },
      ],
      exports: [QUEUE_DATABASE],
    };
  }
}
