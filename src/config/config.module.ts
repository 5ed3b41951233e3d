import { DynamicModule, Global, Module } from '@nestjs/common';
import { CLOCK, type Clock, systemClock } from '../common/time/clock.js';
import { DATABASE_URL } from './database-url.token.js';
import { APP_CONFIG, type AppConfig } from './app-config.js';

/** Makes the validated configuration, the clock and the database URL injectable everywhere. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig, databaseUrl: string, clock: Clock = systemClock): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: CLOCK, useValue: clock },
        { provide: DATABASE_URL, useValue: databaseUrl },
      ],
      exports: [APP_CONFIG, CLOCK, DATABASE_URL],
    };
  }
}
