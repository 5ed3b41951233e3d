import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { ForbiddenProblem, UnauthorizedProblem } from '../common/problem/problem.exception.js';
import type { AccessGate } from './access-gate.js';
import { AccessGuard } from './access.guard.js';
import type { Principal } from './principal.js';

/** The guard over a request the gate has (or has not) admitted. */
function guardOn(enforcing: boolean, request: Partial<FastifyRequest>): () => boolean {
  const guard = new AccessGuard({ enforcing } as AccessGate, new Reflector());
  const context = {
    getType: () => 'http',
    switchToHttp: () => ({ getRequest: () => ({ params: {}, ...request }) }),
    getHandler: () => () => undefined,
    getClass: () => class {},
  } as unknown as ExecutionContext;
  return () => guard.canActivate(context);
}

const route = (url: string, method = 'GET') =>
  ({ method, url, routeOptions: { url } }) as unknown as Partial<FastifyRequest>;
const readKey: Principal = { kind: 'static', scope: 'read', keyId: 'static-1' };

describe('AccessGuard', () => {
  it('fails closed: a protected route reached without a principal is a 401 (the gate did not run)', () => {
    expect(guardOn(true, route('/api/v1/customers'))).toThrow(UnauthorizedProblem);
  });

  it("applies the principal's scope", () => {
    expect(guardOn(true, { ...route('/api/v1/customers'), principal: readKey })()).toBe(true);
    expect(guardOn(true, { ...route('/api/v1/customers', 'POST'), principal: readKey })).toThrow(
      ForbiddenProblem,
    );
  });

  it('lets public routes, and every route without API_KEYS, through', () => {
    expect(guardOn(true, route('/'))()).toBe(true);
    expect(guardOn(false, route('/api/v1/customers', 'POST'))()).toBe(true);
  });
});
