import type { Principal } from './principal.js';

export interface AccessRequest {
  method: string;
  /** The route template, e.g. /api/v1/customers/:id. */
  route: string;
  params: Record<string, string | undefined>;
  /** The handler is marked @AdminOnly(). */
  adminOnly: boolean;
}

export type AccessDecision = { allow: true } | { allow: false; status: 403 | 404; detail: string };

const READ_METHODS = new Set(['GET', 'HEAD']);
const ALLOW: AccessDecision = { allow: true };

/**
 * Scopes: `admin` may do everything; `read` may GET/HEAD every route except admin-only ones; a customer
 * key may GET/HEAD only routes about its own customer (the `customer_id` route parameter, or `id` under
 * /api/v1/customers/:id). Another customer's id answers 404, so keys cannot probe for existence.
 */
export function decideAccess(principal: Principal, request: AccessRequest): AccessDecision {
  if (principal.kind === 'static' && principal.scope === 'admin') return ALLOW;
  if (request.adminOnly) {
    return { allow: false, status: 403, detail: 'This operation needs a key with the admin scope' };
  }
  if (!READ_METHODS.has(request.method.toUpperCase())) {
    return {
      allow: false,
      status: 403,
      detail: 'This key may only read (GET, HEAD); writing needs a key with the admin scope',
    };
  }
  if (principal.kind === 'static') return ALLOW;
  const customerId = customerIdOf(request);
  if (customerId === undefined) {
    return { allow: false, status: 403, detail: "A customer key may only read its own customer's data" };
  }
  if (customerId.toLowerCase() !== principal.customerId.toLowerCase()) {
    return { allow: false, status: 404, detail: `Customer ${customerId} not found` };
  }
  return ALLOW;
}

function customerIdOf(request: AccessRequest): string | undefined {
  if (request.params.customer_id !== undefined) return request.params.customer_id;
  const underCustomer =
    request.route === '/api/v1/customers/:id' || request.route.startsWith('/api/v1/customers/:id/');
  return underCustomer ? request.params.id : undefined;
}
