import { decideAccess, type AccessRequest } from './access-policy.js';
import type { Principal } from './principal.js';

const OWN = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';
const admin: Principal = { kind: 'static', scope: 'admin', keyId: 'static-0' };
const read: Principal = { kind: 'static', scope: 'read', keyId: 'static-1' };
const customer: Principal = { kind: 'customer', keyId: 'k', customerId: OWN };

const req = (
  method: string,
  route: string,
  params: Record<string, string> = {},
  adminOnly = false,
): AccessRequest => ({
  method,
  route,
  params,
  adminOnly,
});

describe('decideAccess', () => {
  it('admin may do everything, admin-only routes included', () => {
    expect(decideAccess(admin, req('DELETE', '/api/v1/customers/:id', { id: OWN }))).toEqual({ allow: true });
    expect(decideAccess(admin, req('POST', '/api/v1/customers/:id/api-keys', { id: OWN }, true))).toEqual({
      allow: true,
    });
  });

  it('read may GET and HEAD anything but admin-only routes', () => {
    expect(decideAccess(read, req('GET', '/api/v1/stocks'))).toEqual({ allow: true });
    expect(decideAccess(read, req('HEAD', '/api/v1/customers'))).toEqual({ allow: true });
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      expect(decideAccess(read, req(method, '/api/v1/customers'))).toMatchObject({
        allow: false,
        status: 403,
      });
    }
    expect(decideAccess(read, req('GET', '/api/v1/customers/:id/api-keys', { id: OWN }, true))).toMatchObject(
      {
        status: 403,
      },
    );
  });

  it.each([
    ['/api/v1/customers/:id', { id: OWN }],
    ['/api/v1/customers/:id/transactions', { id: OWN }],
    ['/api/v1/portfolio/:customer_id/returns', { customer_id: OWN }],
    ['/api/v1/portfolio/:customer_id/performance', { customer_id: OWN }],
  ])('a customer key reads its own %s', (route, params: Record<string, string>) => {
    expect(decideAccess(customer, req('GET', route, params))).toEqual({ allow: true });
    expect(
      decideAccess(
        customer,
        req('GET', route, { ...params, ...(params.id ? { id: OTHER } : { customer_id: OTHER }) }),
      ),
    ).toMatchObject({
      allow: false,
      status: 404,
    });
    expect(decideAccess(customer, req('POST', route, params))).toMatchObject({ status: 403 });
  });

  it('a customer key may not read routes that are not about one customer', () => {
    expect(decideAccess(customer, req('GET', '/api/v1/customers'))).toMatchObject({ status: 403 });
    expect(decideAccess(customer, req('GET', '/api/v1/stocks'))).toMatchObject({ status: 403 });
    // `id` names the customer only under /api/v1/customers/:id; elsewhere it is another resource's id.
    expect(decideAccess(customer, req('GET', '/api/v1/jobs/:id', { id: OWN }))).toMatchObject({
      status: 403,
    });
    expect(
      decideAccess(customer, req('GET', '/api/v1/customers/:id/api-keys', { id: OWN }, true)),
    ).toMatchObject({
      status: 403,
    });
  });

  it('compares customer ids case-insensitively', () => {
    expect(decideAccess(customer, req('GET', '/api/v1/customers/:id', { id: OWN.toUpperCase() }))).toEqual({
      allow: true,
    });
  });
});
