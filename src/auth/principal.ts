import type { ApiKeyScope } from '../config/app-config.js';

/** Who is calling, once the bearer token has been checked. */
export type Principal =
  | { kind: 'static'; scope: ApiKeyScope; keyId: string }
  | { kind: 'customer'; keyId: string; customerId: string };

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
}
