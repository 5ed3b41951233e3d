import { randomBytes } from 'node:crypto';

/** A valid customer body with a unique name and email; override what the test is about. */
export function customerBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const tag = randomBytes(4).toString('hex');
  return {
    name: `Customer ${tag}`,
    address: `${tag} Market Street`,
    email: `c-${tag}@example.com`,
    ...overrides,
  };
}
