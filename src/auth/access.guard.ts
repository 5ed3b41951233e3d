import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import {
  ForbiddenProblem,
  NotFoundProblem,
  UnauthorizedProblem,
} from '../common/problem/problem.exception.js';
import { AccessGate, KEY_NEEDED, PROTECTED_ROUTES } from './access-gate.js';
import { decideAccess } from './access-policy.js';
import { ADMIN_ONLY } from './admin-only.decorator.js';

/**
 * Runs before every Nest route, after AccessGate admitted the request (key checked, budget spent): applies
 * the key's scope rules to the route.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly gate: AccessGate,
    private readonly reflector: Reflector,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const route = request.routeOptions.url ?? request.url.split('?')[0];
    if (!this.gate.enforcing || !PROTECTED_ROUTES.test(route)) return true;
    // Fails closed: the gate throws for a protected route without a valid key, so this means it did not run.
    const principal = request.principal;
    if (!principal) throw new UnauthorizedProblem(KEY_NEEDED);
    const decision = decideAccess(principal, {
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
}
