import {
  CanActivate,
  ExecutionContext,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  ForbiddenProblem,
  NotFoundProblem,
  ProblemException,
  TooManyRequestsProblem,
  UnauthorizedProblem,
} from '../common/problem/problem.exception.js';
import { CLOCK, type Clock } from '../common/time/clock.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { decideAccess } from './access-policy.js';
import { ADMIN_ONLY } from './admin-only.decorator.js';
import { ApiKeysService, CUSTOMER_KEY_PREFIX } from './api-keys.service.js';
import { bearerToken, safeEqual } from '../common/http/bearer-token.js';
import type { Principal } from './principal.js';
import { FixedWindowRateLimiter } from './rate-limiter.js';

/** Health and metrics are probed by machines, so they are never rate limited (metrics has its own token). */
const EXEMPT = /^\/(health(\/.*)?|metrics)$/;
const PROTECTED = /^\/api\/v1(\/|$)/;

type Authentication = { principal: Principal } | { failure: ProblemException } | undefined;

/**
 * Runs before every Nest route: authenticates the bearer key on /api/v1 routes (when API_KEYS is set),
 * spends the caller's rate-limit budget (per key, else per client IP), then applies the scope rules.
 */
@Injectable()
export class AccessGuard implements CanActivate, OnApplicationBootstrap {
  private readonly logger = new Logger('Auth');
  private readonly enforcing: boolean;
  private readonly limiter?: FixedWindowRateLimiter;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) clock: Clock,
    private readonly apiKeys: ApiKeysService,
    private readonly reflector: Reflector,
  ) {
    this.enforcing = config.security.apiKeys.length > 0;
    const limit = config.security.rateLimitPerMinute;
    this.limiter = limit > 0 ? new FixedWindowRateLimiter(limit, clock) : undefined;
  }

  onApplicationBootstrap(): void {
    if (!this.enforcing) {
      this.logger.warn(
        'API_KEYS is not set: /api/v1 is open to anyone without authentication. Set API_KEYS outside development.',
      );
    }
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const route = request.routeOptions?.url ?? request.url.split('?')[0];
    if (EXEMPT.test(route)) return true;
    const isProtected = this.enforcing && PROTECTED.test(route);

    const authentication = isProtected ? await this.authenticate(request) : undefined;
    const principal = authentication && 'principal' in authentication ? authentication.principal : undefined;
    if (principal) request.principal = principal;
    this.spendBudget(principal ? `key:${principal.keyId}` : `ip:${request.ip}`, reply);

    if (!authentication) return true;
    if ('failure' in authentication) throw authentication.failure;
    const decision = decideAccess(authentication.principal, {
      method: request.method,
      route,
      params: (request.params ?? {}) as Record<string, string | undefined>,
      adminOnly:
        this.reflector.getAllAndOverride<boolean>(ADMIN_ONLY, [context.getHandler(), context.getClass()]) ??
        false,
    });
    if (decision.allow) return true;
    throw decision.status === 404
      ? new NotFoundProblem(decision.detail)
      : new ForbiddenProblem(decision.detail);
  }

  private async authenticate(request: FastifyRequest): Promise<Authentication> {
    const header = request.headers.authorization;
    const token = bearerToken(header);
    if (token === undefined) {
      return {
        failure: new UnauthorizedProblem(
          header === undefined
            ? 'This route needs an API key: send Authorization: Bearer <key>'
            : 'The Authorization header must be "Bearer <key>"',
        ),
      };
    }
    const staticKey = this.matchStaticKey(token);
    if (staticKey) return { principal: staticKey };
    if (token.startsWith(CUSTOMER_KEY_PREFIX)) {
      const key = await this.apiKeys.authenticate(token);
      if (key) return { principal: { kind: 'customer', keyId: key.id, customerId: key.customerId } };
    }
    return {
      failure: new UnauthorizedProblem('The API key is not valid (unknown or revoked)', 'invalid_token'),
    };
  }

  /** Compares against every configured key, without stopping at the first match (constant time). */
  private matchStaticKey(token: string): Principal | undefined {
    let match: Principal | undefined;
    this.config.security.apiKeys.forEach((key, index) => {
      if (safeEqual(token, key.secret) && !match)
        match = { kind: 'static', scope: key.scope, keyId: `static-${index}` };
    });
    return match;
  }

  private spendBudget(caller: string, reply: FastifyReply): void {
    if (!this.limiter) return;
    const outcome = this.limiter.take(caller);
    const headers = {
      'ratelimit-limit': String(outcome.limit),
      'ratelimit-remaining': String(outcome.remaining),
      'ratelimit-reset': String(outcome.resetSeconds),
    };
    if (!outcome.allowed) {
      throw new TooManyRequestsProblem(
        `More than ${outcome.limit} requests in a minute; retry in ${outcome.resetSeconds} s`,
        outcome.resetSeconds,
        headers,
      );
    }
    void reply.headers(headers);
  }
}
