import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { CustomersModule } from '../customers/customers.module.js';
import { AccessGate } from './access-gate.js';
import { AccessGuard } from './access.guard.js';
import { ApiKeysController } from './api-keys.controller.js';
import { ApiKeysRepository } from './api-keys.repository.js';
import { ApiKeysService } from './api-keys.service.js';

/** API keys (static from API_KEYS, per customer from the api_keys table), scopes and rate limits. */
@Module({
  imports: [CustomersModule],
  controllers: [ApiKeysController],
  providers: [ApiKeysRepository, ApiKeysService, AccessGate, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [AccessGate],
})
export class AuthModule {}
