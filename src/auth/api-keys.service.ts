import { Injectable } from '@nestjs/common';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { NotFoundProblem } from '../common/problem/problem.exception.js';
import { CustomersService } from '../customers/customers.service.js';
import type { ApiKeyRecord } from './api-key.record.js';
import { ApiKeysRepository } from './api-keys.repository.js';
import { sha256Hex } from '../common/http/bearer-token.js';

/** Customer keys look like `pr_` + 43 base64url characters (256 random bits). */
export const CUSTOMER_KEY_PREFIX = 'pr_';
const CUSTOMER_KEY = /^pr_[A-Za-z0-9_-]{43}$/;
const LOOKUP_PREFIX_LENGTH = 12;

/** Issues, lists and revokes customer API keys, and resolves a presented secret to its key. */
@Injectable()
export class ApiKeysService {
  constructor(
    private readonly keys: ApiKeysRepository,
    private readonly customers: CustomersService,
  ) {}

  /** A new key; the secret is returned here once and never stored. */
  async create(customerId: string, name: string | null): Promise<{ key: ApiKeyRecord; secret: string }> {
    await this.customers.get(customerId);
    const secret = CUSTOMER_KEY_PREFIX + randomBytes(32).toString('base64url');
    const key = await this.keys.insert(
      customerId,
      name,
      secret.slice(0, LOOKUP_PREFIX_LENGTH),
      sha256Hex(secret),
    );
    // Deleted since the check above.
    if (!key) throw new NotFoundProblem(`Customer ${customerId} not found`);
    return { key, secret };
  }

  async list(customerId: string): Promise<ApiKeyRecord[]> {
    await this.customers.get(customerId);
    return this.keys.listForCustomer(customerId);
  }

  async revoke(customerId: string, keyId: string): Promise<void> {
    await this.customers.get(customerId);
    if (!(await this.keys.revoke(customerId, keyId))) throw new NotFoundProblem(`API key ${keyId} not found`);
  }

  /** The active key with this secret, if any (hashes compared in constant time). */
  async authenticate(secret: string): Promise<ApiKeyRecord | undefined> {
    if (!CUSTOMER_KEY.test(secret)) return undefined;
    const given = Buffer.from(sha256Hex(secret), 'hex');
    const candidates = await this.keys.findActiveByPrefix(secret.slice(0, LOOKUP_PREFIX_LENGTH));
    return candidates.find((candidate) => timingSafeEqual(Buffer.from(candidate.secretHash, 'hex'), given));
  }
}
