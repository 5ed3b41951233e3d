import { Controller, Get, Headers, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { bearerToken, safeEqual } from '../common/http/bearer-token.js';
import { UnauthorizedProblem } from '../common/problem/problem.exception.js';
import { MetricsService } from './metrics.service.js';

/** Prometheus scrape endpoint; needs `Authorization: Bearer <METRICS_TOKEN>` when that is set. */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  async scrape(
    @Headers('authorization') authorization: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const expected = this.config.security.metricsToken;
    if (expected !== undefined) {
      const token = bearerToken(authorization);
      if (token === undefined || !safeEqual(token, expected)) {
        throw new UnauthorizedProblem('/metrics needs Authorization: Bearer <METRICS_TOKEN>');
      }
    }
    void reply.header('content-type', this.metrics.contentType);
    return this.metrics.scrape();
  }
}
