import { Controller, Get, Logger, ServiceUnavailableException } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { HealthCheckService, type HealthCheckResult, type HealthIndicatorFunction } from '@nestjs/terminus';
import { ProblemException } from '../common/problem/problem.exception.js';
import { problemType } from '../common/problem/problem-details.js';
import { HealthChecks } from './health-checks.js';

class HealthCheckResponse {
  @ApiProperty({ enum: ['ok', 'degraded'], example: 'ok' }) status!: string;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    example: { database: { status: 'up' }, queue: { status: 'up' } },
    description: 'The checks that are up',
  })
  info?: Record<string, unknown>;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, example: {} }) error?: Record<
    string,
    unknown
  >;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { database: { status: 'up' }, queue: { status: 'up' } },
    description: 'Every check with its status',
  })
  details!: Record<string, unknown>;
}

const UNHEALTHY = {
  status: 503,
  description:
    'A check failed (or the service is shutting down): a problem document whose `failed_checks` names the ' +
    'failing checks and whose `details` holds every check. Sent with Retry-After.',
  headers: { 'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer' } } },
  content: {
    'application/problem+json': {
      schema: { $ref: '#/components/schemas/ProblemResponse' },
      example: {
        type: '/problems/unhealthy',
        title: 'Service unavailable',
        status: 503,
        detail: 'Failing health checks: database',
        instance: '/health/ready',
        request_id: 'req-11',
        failed_checks: ['database'],
      },
    },
  },
};

/** Liveness, readiness and overall health, public and never rate limited. */
@ApiTags('health')
@Controller('health')
export class HealthController {
  private readonly logger = new Logger('Health');
  /** The failing checks of each endpoint at its last call, so a change is logged once, not every probe. */
  private readonly failing = new Map<string, string>();

  constructor(
    private readonly health: HealthCheckService,
    private readonly checks: HealthChecks,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Overall health: database and job queue' })
  @ApiOkResponse({ type: HealthCheckResponse, description: 'Postgres answers and the job queue runs' })
  @ApiResponse(UNHEALTHY)
  overall(): Promise<HealthCheckResult> {
    return this.run('/health', [() => this.checks.database(), () => this.checks.queueRunning()]);
  }

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process answers' })
  @ApiOkResponse({ type: HealthCheckResponse, description: 'The process is up (no dependency is checked)' })
  live(): Promise<HealthCheckResult> {
    return this.run('/health/live', [() => this.checks.process()]);
  }

  @Get('ready')
  @ApiOperation({ summary: 'Readiness: database, job queue and migrations' })
  @ApiOkResponse({
    type: HealthCheckResponse,
    description: 'Ready for traffic: Postgres answers, the job queue runs and every migration is applied',
  })
  @ApiResponse(UNHEALTHY)
  ready(): Promise<HealthCheckResult> {
    return this.run('/health/ready', [
      () => this.checks.database(),
      () => this.checks.queueRunning(),
      () => this.checks.migrations(),
    ]);
  }

  /** Terminus's 503 becomes a problem document naming the failing checks. */
  private async run(endpoint: string, indicators: HealthIndicatorFunction[]): Promise<HealthCheckResult> {
    try {
      const result = await this.health.check(indicators);
      this.noteFailing(endpoint, []);
      return result;
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      const result = error.getResponse() as HealthCheckResult;
      const failed = Object.keys(result.error ?? {});
      const shuttingDown = result.status === 'shutting_down';
      if (!shuttingDown) this.noteFailing(endpoint, failed, result.error);
      throw new ProblemException(
        {
          type: problemType(shuttingDown ? 'shutting-down' : 'unhealthy'),
          title: 'Service unavailable',
          status: 503,
          detail: shuttingDown
            ? 'The service is shutting down'
            : `Failing health checks: ${failed.join(', ')}`,
          health_status: result.status,
          failed_checks: failed,
          info: result.info ?? {},
          error: result.error ?? {},
          details: result.details,
        },
        { 'retry-after': '5', 'cache-control': 'no-store' },
      );
    }
  }

  private noteFailing(endpoint: string, failed: string[], errors: HealthCheckResult['error'] = {}): void {
    const key = failed.join(',');
    if ((this.failing.get(endpoint) ?? '') === key) return;
    this.failing.set(endpoint, key);
    if (failed.length === 0) this.logger.log(`${endpoint}: every check passes again`);
    else this.logger.warn(`${endpoint}: failing checks ${key} ${JSON.stringify(errors)}`);
  }
}
