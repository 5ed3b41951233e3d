import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  ProblemException,
  TooManyRequestsProblem,
  UnauthorizedProblem,
} from '../common/problem/problem.exception.js';
import { bearerToken, safeEqual } from '../common/http/bearer-token.js';
import { CLOCK, type Clock } from '../common/time/clock.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { ApiKeysService, CUSTOMER_KEY_PREFIX } from './api-keys.service.js';
import type { Principal } from './principal.js';
import { FixedWindowRateLimiter } from './rate-limiter.js';

/**
 * Never rate limited: health and metrics, probed by machines (metrics has its own token), and the API docs
 * (Swagger UI under /docs and /openapi.json, see openapi-document.ts), which are static.
 */
export const EXEMPT_ROUTES = /^\/(health(\/.*)?|metrics|docs(\/.*)?|openapi\.json)$/;
/** The routes that need an API key when API_KEYS is set. */
export const PROTECTED_ROUTES = /^\/api\/v1(\/|$)/;
/** The 401's detail for a protected route reached without an Authorization header. */
export const KEY_NEEDED = 'This route needs an API key: send Authorization: Bearer <key>';

type Authentication = { principal: Principal } | { failure: ProblemException } | undefined;

/**
 * Admits a request before its body is read: authenticates the bearer key on /api/v1 routes (when API_KEYS
 * is set) and spends the caller's rate-limit budget (per key, else per client IP). So a caller without a
 * valid key, or over its budget, costs a header check: its body (up to the 1 MB limit) is never parsed,
 * and it learns nothing from validation. What the key may do (its scope) is AccessGuard's, per route.
 */
@Injectable()
export class AccessGate implements OnApplicationBootstrap {
  private readonly logger = new Logger('Auth');
  readonly enforcing: boolean;
  private readonly limiter?: FixedWindowRateLimiter;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) clock: Clock,
    private readonly apiKeys: ApiKeysService,
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

  /**
   * Sets `request.principal` for a valid key; throws 401 for a missing or invalid one on a protected route,
   * 429 over the budget. A request the router found no route for is left to its 404.
   */
  async admit(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const route = request.routeOptions.url;
    if (route === undefined || EXEMPT_ROUTES.test(route)) return;
    const authentication =
      this.enforcing && PROTECTED_ROUTES.test(route) ? await this.authenticate(request) : undefined;
    const principal = authentication && 'principal' in authentication ? authentication.principal : undefined;
    if (principal) request.principal = principal;
    // A failed authentication spends the IP's budget: guessing keys is rate limited too.
    this.spendBudget(principal ? `key:${principal.keyId}` : `ip:${request.ip}`, reply);
    if (authentication && 'failure' in authentication) throw authentication.failure;
  }

  private async authenticate(request: FastifyRequest): Promise<Authentication> {
    const header = request.headers.authorization;
    const token = bearerToken(header);
    if (token === undefined) {
      return {
        failure: new UnauthorizedProblem(
          header === undefined ? KEY_NEEDED : 'The Authorization header must be "Bearer <key>"',
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

/** The gate as the first thing that runs for a routed request, before its body is read or parsed. */
export function registerAccessGate(fastify: FastifyInstance, gate: AccessGate): void {
  fastify.addHook('onRequest', (request, reply) => gate.admit(request, reply));
}
