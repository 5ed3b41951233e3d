import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthChecks } from './health-checks.js';
import { HealthController } from './health.controller.js';

@Module({
  // Terminus would log every failing probe; HealthController logs when the failing checks change instead.
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController],
  providers: [HealthChecks],
})
export class HealthModule {}
