import { DynamicModule, Global, Module } from '@nestjs/common';
import { CLOCK, type Clock, systemClock } from '../common/time/clock.js';
import { APP_CONFIG, type AppConfig } from './app-config.js';

/** Makes the validated configuration and the clock injectable everywhere. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig, clock: Clock = systemClock): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: CLOCK, useValue: clock },
      ],
      exports: [APP_CONFIG, CLOCK],
    };
  }
}
